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
 * Bold comes from a real bold face where the system has one in TrueType: Microsoft YaHei Bold, PingFang SC Semibold.
 * Chromium's synthetic bold prints as Type 3 paths (WenQuanYi Micro Hei) or is lost (Zen Hei prints regular). Linux
 * has no TrueType CJK bold: there the bold face is Noto Sans CJK SC Bold, which Chromium writes as Type 3 fonts, one
 * per block of 256 glyph numbers it touches — 37 on the 300-visit daily sheet, half of its print time (0.6 s of 1.3).
 * So a PDF printer on Linux asks for bold struck twice instead (`BoldAs`): the regular TrueType face, drawn again a
 * hair to the right, as typewriters and dot-matrix printers made bold. One family, "Document Sans", names its faces
 * per weight, and every bold rule of every document is `BOLD`, so both ways reach every bold on the page.
 */
const DOCUMENT_FACES = `
  @font-face { font-family: "Document Sans"; font-weight: 400;
    src: local("Microsoft YaHei"), local("PingFang SC Regular"), local("WenQuanYi Micro Hei"),
      local("Noto Sans CJK SC"), local("Source Han Sans SC"); }
  @font-face { font-family: "Document Sans"; font-weight: 700;
    src: local("Microsoft YaHei Bold"), local("PingFang SC Semibold"), local("Noto Sans CJK SC Bold"),
      local("Source Han Sans SC Bold"); }
`;

/** How a printer sets bold: in the system's bold face, or struck twice in the regular face (see above). */
export type BoldAs = 'face' | 'struck';

/** Declared after DOCUMENT_FACES, this bold face wins: the regular faces, which bold rules then strike twice. */
const STRUCK_BOLD = `
  @font-face { font-family: "Document Sans"; font-weight: 700;
    src: local("Microsoft YaHei"), local("PingFang SC Regular"), local("WenQuanYi Micro Hei"),
      local("Noto Sans CJK SC"), local("Source Han Sans SC"); }
  :root { --struck-bold: 0.035em 0 0 currentColor; }
`;

/** Every bold rule of the documents: the bold face, and the second strike when the printer asks for it. */
export const BOLD = 'font-weight: 700; text-shadow: var(--struck-bold, none);';

/** The page's one family; the names after it serve where @font-face cannot (the PDF footer) or finds none. */
export const FONT_SANS = `"Document Sans", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`;

/** A document ready to show, print in the system dialog, or print to PDF. */
export interface PrintableDocument {
  /** For the preview and the system print dialog: pages numbered by CSS @page margin boxes. */
  html: string;
  /** For the PDF printers: no margin boxes — the printer's footer template numbers the pages. */
  pdfHtml: string;
  /** The same, bold struck twice in the regular face: for a PDF printer whose system has no TrueType CJK bold. */
  pdfHtmlStruckBold: string;
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
  h1, h2, h3 { ${BOLD} margin: 0; }
  b, strong { ${BOLD} }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.5pt solid #000; padding: 1.2mm 1.2mm; vertical-align: top; text-align: left; }
  th { ${BOLD} background: #eee; }
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

function documentHtml(frame: PageFrame, footer: string | null, bold: BoldAs = 'face'): string {
  const [w, h] = frame.orientation === 'portrait' ? ['210mm', '297mm'] : ['297mm', '210mm'];
  const faces = bold === 'struck' ? STRUCK_BOLD : '';
  const css = `:root { --sheet-width: ${w}; --sheet-height: ${h}; }\n${pageRule(frame.orientation, footer)}\n${BASE_CSS}\n${faces}\n${frame.css ?? ''}`;
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
    pdfHtmlStruckBold: documentHtml(frame, null, 'struck'),
    landscape: frame.orientation === 'landscape',
    footerTemplate: footerTemplate(frame.footer),
  };
}
