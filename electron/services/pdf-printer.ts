import type { BoldAs, PrintableDocument } from '../documents/page';

export interface PdfOptions {
  landscape: boolean;
  /** Chromium's footer template (pageNumber / totalPages spans); none prints no running foot. */
  footerTemplate?: string;
}

/**
 * Prints an HTML page to an A4 PDF. Two implementations, one Chromium underneath: headless Chromium
 * for `serve` and the CLI (electron/print/chromium-printer.ts), and the kiosk's own Electron
 * (electron/print/electron-printer.ts) — so the kiosk needs no second browser.
 */
export interface PdfPrinter {
  /** How this printer's system sets bold in a PDF (documents/page.ts: no TrueType CJK bold on Linux). */
  readonly boldAs: BoldAs;
  print(html: string, options: PdfOptions): Promise<Buffer>;
  /**
   * Gets ready for a print likely to come soon (a supervisor opened the daily sheet), so that it need not wait for
   * a browser to start. Idempotent; settles when ready and never rejects: a failure is logged, and the print after
   * it tries again and reports its own error.
   */
  prepare(): Promise<void>;
  /** Lets go of the browser, if the printer keeps one. */
  close(): Promise<void>;
}

export function printDocument(printer: PdfPrinter, doc: PrintableDocument): Promise<Buffer> {
  return printer.print(pdfHtmlFor(printer.boldAs, doc), {
    landscape: doc.landscape,
    footerTemplate: doc.footerTemplate,
  });
}

export function pdfHtmlFor(boldAs: BoldAs, doc: PrintableDocument): string {
  return boldAs === 'struck' ? doc.pdfHtmlStruckBold : doc.pdfHtml;
}

/**
 * Bold as this system can print it: Linux has no TrueType CJK bold face, and its CFF one (Noto Sans CJK Bold) would be
 * written glyph by glyph as Type 3 fonts.
 */
export function systemBoldAs(platform: NodeJS.Platform = process.platform): BoldAs {
  return platform === 'linux' ? 'struck' : 'face';
}

/** Both printers print blank headers: Chromium's default one would show the date and a title. */
export const BLANK_HEADER = '<span></span>';
