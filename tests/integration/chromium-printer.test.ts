import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../electron/documents/html';
import { page } from '../../electron/documents/page';
import { createChromiumPrinter } from '../../electron/print/chromium-printer';
import { printDocument, type PdfPrinter } from '../../electron/services/pdf-printer';

let printer: PdfPrinter;
let work: string;

beforeAll(() => {
  printer = createChromiumPrinter();
  work = mkdtempSync(join(tmpdir(), 'chromium-printer-'));
});

afterAll(async () => {
  await printer.close();
  rmSync(work, { recursive: true, force: true });
});

const note = (text: string, orientation: 'portrait' | 'landscape' = 'portrait') =>
  page({ title: text, orientation, body: html`<p>${text}</p>`, footer: `页脚 ${text}` });

function textOf(pdf: Buffer, name: string): { text: string; size: string } {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const size = /^Page size:\s+(.+) pts/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
  return { text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), size };
}

// The printer keeps one page and the prints take turns on it (electron/print/chromium-printer.ts).
describe('the Chromium printer', () => {
  it('prints documents asked for at once each on its own paper, none mixed into another', async () => {
    const [a, b, c] = await Promise.all([
      printDocument(printer, note('第一份 王芳')),
      printDocument(printer, note('第二份 李雷', 'landscape')),
      printDocument(printer, note('第三份 张伟')),
    ]);
    const [first, second, third] = [textOf(a, 'a'), textOf(b, 'b'), textOf(c, 'c')];
    expect(first.text).toContain('第一份 王芳');
    expect(first.text).toContain('页脚 第一份 王芳');
    expect(first.text).not.toMatch(/第二份|第三份/);
    expect(second.text).toContain('第二份 李雷');
    expect(second.text).not.toMatch(/第一份|第三份/);
    expect(second.size).toBe('842.88 x 595.92');
    expect(third.text).toContain('第三份 张伟');
    expect(third.size).toBe('595.92 x 842.88');
  }, 60_000);

  it('prints again after it was closed', async () => {
    await printer.close();
    expect(textOf(await printDocument(printer, note('关闭后再打印')), 'again').text).toContain('关闭后再打印');
  }, 60_000);
});
