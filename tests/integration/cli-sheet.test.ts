import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/connection';
import { sheetCommand } from '../../electron/cli/sheet-command';
import { DAY } from '../helpers/day-builder';
import { tempDataDir, testClock, TestOffice } from '../helpers/office';
import { registerVisits } from '../helpers/sheet-visits';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  vi.restoreAllMocks();
});

/** An office database on disk with a few visits on the test day, closed again. */
function officeFile(): { db: string; dir: string } {
  const { file, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  const db = openDatabase(file);
  registerVisits(new TestOffice(db, testClock('08:00')), 3);
  db.close();
  return { db: file, dir: join(file, '..') };
}

describe('cli sheet', () => {
  it('prints a day to an A4 PDF with its fonts embedded, landscape when asked', async () => {
    const { db, dir } = officeFile();
    const out = join(dir, 'out', 'sheet.pdf');
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await sheetCommand(['--db', db, '--date', DAY, '--out', out, '--landscape'])).toBe(0);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+842\.88 x 595\.92 pts/);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('来访客户登记表');
    // Every font the page uses travels inside the PDF: it prints the same on a PC without Chinese fonts.
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/);
    expect(fonts.filter((line) => !/\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.test(line))).toEqual([]);
  }, 60_000);

  it('says plainly what is wrong with the date, the month, the output or the database', async () => {
    const { db, dir } = officeFile();
    const out = join(dir, 'x.pdf');
    await expect(sheetCommand(['--db', db, '--date', '2026-02-30', '--out', out])).rejects.toThrow(
      '日期无效:2026-02-30(应为 YYYY-MM-DD,且是真实存在的日期)',
    );
    await expect(sheetCommand(['--db', db, '--month', '2026-13', '--out', out])).rejects.toThrow('月份无效:2026-13');
    await expect(sheetCommand(['--db', db, '--date', DAY])).rejects.toThrow('请用 --out 指定输出的 PDF 文件');
    await expect(sheetCommand(['--db', db, '--out', out])).rejects.toThrow('请给出 --date 或 --month 之一');
    await expect(sheetCommand(['--db', join(dir, 'nope.sqlite'), '--date', DAY, '--out', out])).rejects.toThrow(
      '找不到数据库文件',
    );
    await expect(sheetCommand(['--db', db, '--month', '2026-10', '--out', out])).rejects.toThrow(
      '2026-10 没有来访登记,也没有日结,未生成文件',
    );
  }, 60_000);
});
