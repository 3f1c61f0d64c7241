import { cssString, escapeHtml, html, trusted, type SafeHtml } from './html';

export type Orientation = 'portrait' | 'landscape';

/** Millimetres; the bottom one leaves room for the running foot (page x of y). */
export const PAGE_MARGINS_MM = { top: 12, right: 10, bottom: 16, left: 10 } as const;

/*
 * The printed page must never fall back to boxes, and its PDF must stay quick to print. Chromium's PDF writer embeds
 * TrueType (glyf) outlines as subset CID fonts, but draws CFF-outline fonts — Noto / Source Han CJK — glyph by glyph
 * as Type 3 fonts, a second or more per face on every print. So TrueType CJK faces come first on every platform:
 * Microsoft YaHei (Windows), PingFang SC (macOS), WenQuanYi Micro Hei (Linux: fonts-wqy-microhei); Noto CJK stays last,
 * so a PC with only Noto still prints every character.
 *
 * Bold must come from a real bold face: Chromium's synthetic bold prints as Type 3 paths (WenQuanYi Micro Hei) or is
 * lost from the PDF (WenQuanYi Zen Hei prints regular). One family, "Document Sans", names its faces per weight, so
 * every bold on every page (headings, the header row, totals, a ruling's decision) takes the family's own bold face —
 * on Linux, where WenQuanYi has no bold, Noto Sans CJK SC Bold: one Type 3 face, for the few characters set in bold.
 */
const DOCUMENT_FACES = `
  @font-face { font-family: "Document Sans"; font-weight: 400;
    src: local("Microsoft YaHei"), local("PingFang SC Regular"), local("WenQuanYi Micro Hei"),
      local("Noto Sans CJK SC"), local("Source Han Sans SC"); }
  @font-face { font-family: "Document Sans"; font-weight: 700;
    src: local("Microsoft YaHei Bold"), local("PingFang SC Semibold"), local("Noto Sans CJK SC Bold"),
      local("Source Han Sans SC Bold"); }
`;

/** The page's one family; the names after it serve where @font-face cannot (the PDF footer) or finds none. */
export const FONT_SANS = `"Document Sans", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`;

/** A document ready to show, print in the system dialog, or print to PDF. */
export interface PrintableDocument {
  /** For the preview and the system print dialog: pages numbered by CSS @page margin boxes. */
  html: string;
  /** For the PDF printers: no margin boxes — the printer's footer template numbers the pages. */
  pdfHtml: string;
  landscape: boolean;
  /** Chromium's printToPDF / page.pdf footer: its pageNumber and totalPages spans are filled per page. */
  footerTemplate: string;
}

export interface PageFrame {
  title: string;
  orientation: Orientation;
  body: SafeHtml;
  /** This document's own rules, written by the program (never user text). */
  css?: string;
  /** What every page's foot says before "第 N 页 / 共 M 页": the office, the date, a fingerprint. */
  footer: string;
}

const BASE_CSS = `${DOCUMENT_FACES}
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; background: #fff; color: #000; }
  body { font-family: ${FONT_SANS}; font-size: 9pt; line-height: 1.35;
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1, h2, h3 { font-weight: 700; margin: 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.5pt solid #000; padding: 1.2mm 1.2mm; vertical-align: top; text-align: left; }
  th { font-weight: 700; background: #eee; }
  /* The header row on every printed page; a row is never cut in two. */
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, .keep-together { break-inside: avoid; page-break-inside: avoid; }
  @media screen {
    html { background: #888; }
    body { width: var(--sheet-width); min-height: var(--sheet-height); margin: 8mm auto;
      padding: ${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.right}mm ${PAGE_MARGINS_MM.bottom}mm ${PAGE_MARGINS_MM.left}mm;
      box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.4); }
  }
`;

const PAGE_NUMBER_CSS = `"第 " counter(page) " 页 / 共 " counter(pages) " 页"`;

function pageRule(orientation: Orientation, footer: string | null): string {
  const m = PAGE_MARGINS_MM;
  // The system print dialog has no footer templates: Chromium (131+) fills @page margin boxes instead.
  const boxes =
    footer === null
      ? ''
      : `@bottom-left { content: ${cssString(footer)}; font: 7.5pt ${FONT_SANS}; color: #000; }
         @bottom-right { content: ${PAGE_NUMBER_CSS}; font: 7.5pt ${FONT_SANS}; color: #000; }`;
  return `@page { size: A4 ${orientation}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; ${boxes} }`;
}

function documentHtml(frame: PageFrame, footer: string | null): string {
  const [w, h] = frame.orientation === 'portrait' ? ['210mm', '297mm'] : ['297mm', '210mm'];
  const css = `:root { --sheet-width: ${w}; --sheet-height: ${h}; }\n${pageRule(frame.orientation, footer)}\n${BASE_CSS}\n${frame.css ?? ''}`;
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <title>${frame.title}</title>
        <style>
          ${trusted(css)}
        </style>
      </head>
      <body>
        ${frame.body}
      </body>
    </html>`.text;
}

/** The foot of every PDF page; Chromium renders it in a separate context, so it carries its own font and size. */
function footerTemplate(footer: string): string {
  const m = PAGE_MARGINS_MM;
  return `<div style="width: 100%; margin: 0 ${m.right}mm 0 ${m.left}mm; display: flex; justify-content: space-between; font-family: ${escapeHtml(FONT_SANS)}; font-size: 7.5pt; color: #000;"><span>${escapeHtml(footer)}</span><span>第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</span></div>`;
}

/** The shared A4 page: one document, two ways to print it, the same paper either way. */
export function page(frame: PageFrame): PrintableDocument {
  return {
    html: documentHtml(frame, frame.footer),
    pdfHtml: documentHtml(frame, null),
    landscape: frame.orientation === 'landscape',
    footerTemplate: footerTemplate(frame.footer),
  };
}
