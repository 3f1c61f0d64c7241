import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../electron/documents/html';
import { page } from '../../electron/documents/page';
import { createChromiumPrinter } from '../../electron/print/chromium-printer';
import type { PdfPrinter } from '../../electron/services/pdf-printer';
import { dailySheetPdf } from '../../electron/services/sheet-pdf';
import { DAY } from '../helpers/day-builder';
import { memoryOffice } from '../helpers/office';
import { registerVisits } from '../helpers/sheet-visits';

/** pdffonts' rows as [name, type]: "AAAAAA+WenQuanYiMicroHei", "CID TrueType"; Type 3 fonts are named "[none]". */
function fontsOf(pdf: Buffer): [string, string][] {
  const file = join(work, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return rows.map((row) => {
    const [name = '', ...rest] = row.trim().split(/\s+/);
    return [name, /^(CID TrueType|CID Type 0C?|TrueType|Type 1C?|Type 3)/.exec(rest.join(' '))?.[1] ?? rest.join(' ')];
  });
}

let printer: PdfPrinter;
let work: string;

beforeAll(() => {
  printer = createChromiumPrinter();
  work = mkdtempSync(join(tmpdir(), 'document-fonts-'));
});

afterAll(async () => {
  await printer.close();
  rmSync(work, { recursive: true, force: true });
});

// CI installs fonts-wqy-microhei (.ci/run), the TrueType face Linux prints Chinese in. Noto CJK's CFF outlines
// would print as Type 3 fonts, glyph by glyph — seconds more for the daily sheet; its bold too, so on Linux bold is
// struck twice in the regular face (documents/page.ts).
describe('the fonts of a printed document on Linux', () => {
  it('has the TrueType face installed that the documents name', () => {
    const families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    expect(families, 'apt-get install fonts-wqy-microhei').toContain('WenQuanYi Micro Hei');
  });

  it('embeds regular Chinese text as a TrueType subset, with no Type 3 font', async () => {
    const doc = page({
      title: '字体',
      orientation: 'portrait',
      body: html`<p>来访客户登记表 滨江壹号案场 2026年11月20日 星期五 三居 / 89㎡ / 200万 · 王芳 李雷</p>`,
      footer: '滨江壹号案场 · 来访客户登记表',
    });
    const fonts = fontsOf(await printer.print(doc.pdfHtml, { landscape: false, footerTemplate: doc.footerTemplate }));
    expect(fonts.map(([, type]) => type)).not.toContain('Type 3');
    expect(fonts).toContainEqual([expect.stringMatching(/^[A-Z]{6}\+WenQuanYiMicroHei$/), 'CID TrueType']);
  }, 60_000);

  it('prints the daily sheet, bold headings and totals included, in the TrueType face alone', async () => {
    expect(printer.boldAs).toBe('struck');
    const office = memoryOffice('08:00');
    registerVisits(office, 30);
    const fonts = fontsOf(await dailySheetPdf(printer, office.backend.deps.db, DAY, 'portrait'));
    expect(fonts).toContainEqual([expect.stringMatching(/^[A-Z]{6}\+WenQuanYiMicroHei$/), 'CID TrueType']);
    expect(fonts.map(([, type]) => type)).not.toContain('Type 3');
  }, 120_000);

  it('writes the bold face glyph by glyph as Type 3 where bold is asked of the system face', async () => {
    const doc = page({
      title: '字体',
      orientation: 'portrait',
      body: html`<h1>来访客户登记表</h1>`,
      footer: '滨江壹号案场',
    });
    const options = { landscape: false, footerTemplate: doc.footerTemplate };
    expect(fontsOf(await printer.print(doc.pdfHtml, options)).map(([, type]) => type)).toContain('Type 3');
    expect(fontsOf(await printer.print(doc.pdfHtmlStruckBold, options)).map(([, type]) => type)).not.toContain(
      'Type 3',
    );
  }, 60_000);
});
