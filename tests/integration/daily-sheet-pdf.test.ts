import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../electron/print/chromium-printer';
import type { PdfPrinter } from '../../electron/services/pdf-printer';
import { DAY } from '../helpers/day-builder';
import { memoryOffice, type TestOffice } from '../helpers/office';
import { registerVisits } from '../helpers/sheet-visits';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const pageCount = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
const pageSize = (pdf: string) => /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(run('pdfinfo', [pdf]))?.slice(1, 3);
/** 第 N 页 / 共 M 页, however pdftotext spaces it out. */
const pageLabel = (n: number, of: number) => new RegExp(`第\\s*${n}\\s*页\\s*/\\s*共\\s*${of}\\s*页`);
const pageText = (pdf: string, n: number) => run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-']);

let office: TestOffice;
let printer: PdfPrinter;
let work: string;

beforeAll(() => {
  office = memoryOffice('08:00');
  registerVisits(office, 300);
  printer = createChromiumPrinter();
  office.backend.deps.pdf = printer;
  work = mkdtempSync(join(tmpdir(), 'sheet-pdf-'));
}, 300_000);

afterAll(async () => {
  await printer.close();
  rmSync(work, { recursive: true, force: true });
});

async function savedPdf(method: 'saveDailySheetPdf' | 'saveMonthSheetsPdf', input: object): Promise<string> {
  const offer = await office.callAsync(method, { token: office.token(), ...input } as never);
  const file = office.backend.deps.downloads.take((offer as { ticket: string }).ticket);
  if (!file) throw new Error('no file on offer');
  return file.path;
}

describe('the daily sheet printed to PDF by Chromium', () => {
  it('prints 300 visits on several A4 pages: header row and page x of y on each, totals on the last', async () => {
    const pdf = await savedPdf('saveDailySheetPdf', { day: DAY });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pageSize(pdf)).toEqual(['595.92', '842.88']);
    for (let n = 1; n <= pages; n++) {
      const text = pageText(pdf, n);
      expect(text).toMatch(/序号\s+时间\s+访客姓名/);
      expect(text).toContain('首访/复访');
      expect(text).toMatch(pageLabel(n, pages));
      expect(text).toContain('滨江壹号案场 · 来访客户登记表 · 2026-11-20 星期五');
    }
    expect(pageText(pdf, 1)).toContain('2026年11月20日 星期五');
    const last = pageText(pdf, pages);
    expect(last).toMatch(/来访\s+300\s+组/);
    expect(last).toContain('按接待顾问');
    expect(last).toContain('案场各人员签字');
    expect(pageText(pdf, 1)).not.toMatch(/来访\s+300\s+组/);

    for (const n of [1, pages]) {
      const prefix = join(work, `page-${n}`);
      run('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', pdf, prefix]);
      expect(statSync(`${prefix}.png`).size).toBeGreaterThan(10_000);
    }
  }, 240_000);

  it('numbers the pages by CSS alone in the page the system print dialog gets', async () => {
    const view = office.call('getDailySheet', { token: office.token(), day: DAY });
    const file = join(work, 'dialog.pdf');
    // What a browser's print dialog does with the page: no footer template, only the page's own CSS.
    writeFileSync(file, await printer.print(view.html, { landscape: false }));
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) {
      expect(pageText(file, n)).toMatch(pageLabel(n, pages));
      expect(pageText(file, n)).toMatch(/序号\s+时间\s+访客姓名/);
    }
  }, 120_000);

  it('prints landscape when asked', async () => {
    const pdf = await savedPdf('saveDailySheetPdf', { day: DAY, orientation: 'landscape' });
    expect(pageSize(pdf)).toEqual(['842.88', '595.92']);
  }, 120_000);

  it('prints the same 校验码 on a reprint of a closed day, and a new one after a correction', async () => {
    office.clock.set('20:00');
    const closed = office.call('closeDay', { token: office.token(), day: DAY });
    const code = closed.closed?.fingerprint ?? '';
    const first = pageText(await savedPdf('saveDailySheetPdf', { day: DAY }), 1);
    const again = pageText(await savedPdf('saveDailySheetPdf', { day: DAY }), 1);
    expect(first).toContain(`校验码 ${code}`);
    expect(again).toContain(`校验码 ${code}`);

    const amended = office.call('amendSheetRow', {
      token: office.token(),
      visitId: closed.rows[4]?.visitId ?? 0,
      note: '来访人数登记有误',
      changes: { partySize: 6 },
    });
    const newCode = amended.closed?.fingerprint ?? '';
    expect(newCode).not.toBe(code);
    const pdf = await savedPdf('saveDailySheetPdf', { day: DAY });
    const last = pageText(pdf, pageCount(pdf));
    expect(pageText(pdf, 1)).toContain(`校验码 ${newCode}`);
    expect(last).toContain('更正记录');
    expect(last).toContain('来访人数登记有误');
  }, 240_000);

  it("prints a month's sheets as one PDF, each day numbered on its own", async () => {
    registerVisits(office, 5, '10:00', 1);
    const pdf = await savedPdf('saveMonthSheetsPdf', { month: '2026-11' });
    const pages = pageCount(pdf);
    expect(pageText(pdf, 1)).toContain('2026-11-19 星期四');
    expect(pageText(pdf, 1)).toMatch(pageLabel(1, 1));
    expect(pageText(pdf, 2)).toContain('2026-11-20 星期五');
    expect(pageText(pdf, 2)).toMatch(pageLabel(1, pages - 1));
    const empty = await office.attemptAsync('saveMonthSheetsPdf', { token: office.token(), month: '2026-10' });
    expect(empty.ok || empty.error.message).toContain('没有来访登记');
  }, 240_000);
});
