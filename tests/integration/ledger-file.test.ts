import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLedger } from '../../electron/cli/ledger-file';
import { localToEpoch } from '../../electron/domain/office-time';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function file(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-ledger-'));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const at = (day: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return localToEpoch(day, h * 60 + m, 'Asia/Shanghai');
};

const LEDGER = [
  '编号,姓名,性别,电话,置业顾问,来访日期,需求',
  'C0001,张伟,男,138 1234 5678,王芳,2026-10-05 10:30,三房 120平',
  'C0002,,女,13900000002,李雷,2026-10-06 11:00,',
  'C0003,李娜,女士,+86 139-0000-0003,李雷,2026/10/7 9:05,两房',
].join('\n');

describe('reading a registration ledger', () => {
  it('reads a UTF-8 CSV with a BOM, Chinese headers, and office-local visit times', async () => {
    const { rows } = await readLedger(file('ledger.csv', `\uFEFF${LEDGER}`), 'Asia/Shanghai');
    expect(rows.map((r) => [r.line, r.ref, r.name, r.gender, r.phone, r.consultant, r.visitedAt])).toEqual([
      [2, 'C0001', '张伟', 'male', '138 1234 5678', '王芳', at('2026-10-05', '10:30')],
      [4, 'C0003', '李娜', 'female', '+86 139-0000-0003', '李雷', at('2026-10-07', '09:05')],
    ]);
  });

  it('names the line and the field of every bad row', async () => {
    const bad = `${LEDGER}\nC0004,赵六,未知,13900000004,,2026-13-01 10:00,`;
    const { problems } = await readLedger(file('ledger.csv', bad), 'Asia/Shanghai');
    expect(problems).toEqual([
      { line: 3, field: 'name', message: '姓名不能为空' },
      { line: 5, field: 'gender', message: '性别“未知”应为 男 或 女' },
      { line: 5, field: 'visitedAt', message: '来访日期“2026-13-01 10:00”应为 YYYY-MM-DD HH:mm' },
    ]);
  });

  it('reads a CSV that Excel saved in GB18030', async () => {
    const bytes = Buffer.from(new Uint8Array([...gb18030('姓名,电话,来访日期\n张伟,13812345678,2026-10-05 10:30\n')]));
    const { rows, problems } = await readLedger(file('excel.csv', bytes), 'Asia/Shanghai');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.name)).toEqual(['张伟']);
  });

  it('accepts English headers', async () => {
    const csv =
      'ref,name,gender,phone,consultant,visitedAt,needs\nX9,David Li,M,13812345678,Wang Fang,2026-10-05 10:30,';
    const { rows } = await readLedger(file('en.csv', csv), 'Asia/Shanghai');
    expect(rows[0]).toMatchObject({ ref: 'X9', name: 'David Li', gender: 'male', consultant: 'Wang Fang' });
  });

  it('refuses a file without the required columns, naming them', async () => {
    const { rows, problems } = await readLedger(file('x.csv', '编号,性别\nC1,男'), 'Asia/Shanghai');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { line: 1, field: '', message: '表头缺少必需的列:姓名/name、电话/phone、来访日期/visitedAt(第 1 行)' },
    ]);
  });

  it('reads an XLSX workbook, date cells included', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('登记表');
    sheet.addRow(['姓名', '电话', '置业顾问', '来访日期']);
    sheet.addRow(['王五', '13700001111', '王芳', new Date(Date.UTC(2026, 9, 5, 14, 15))]);
    sheet.addRow(['李四', '13700002222', '李雷', '2026-10-06 09:00']);
    const path = file('ledger.xlsx', '');
    await book.xlsx.writeFile(path);
    const { rows, problems } = await readLedger(path, 'Asia/Shanghai');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.name, r.visitedAt])).toEqual([
      [2, '王五', at('2026-10-05', '14:15')],
      [3, '李四', at('2026-10-06', '09:00')],
    ]);
  });

  it('refuses a file type it cannot read, in plain words', async () => {
    await expect(readLedger(file('ledger.pdf', 'x'), 'Asia/Shanghai')).rejects.toThrow('请使用 .csv 或 .xlsx');
  });
});

/** GB18030 bytes for the test, from Node's own encoder tables (TextEncoder only writes UTF-8). */
function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      bytes.push(ch.charCodeAt(0));
      continue;
    }
    const code = GB.get(ch);
    if (!code) throw new Error(`no GB18030 code for ${ch}`);
    bytes.push(...code);
  }
  return Uint8Array.from(bytes);
}

const GB = new Map<string, number[]>([
  ['姓', [0xd0, 0xd5]],
  ['名', [0xc3, 0xfb]],
  ['电', [0xb5, 0xe7]],
  ['话', [0xbb, 0xb0]],
  ['来', [0xc0, 0xb4]],
  ['访', [0xb7, 0xc3]],
  ['日', [0xc8, 0xd5]],
  ['期', [0xc6, 0xda]],
  ['张', [0xd5, 0xc5]],
  ['伟', [0xce, 0xb0]],
]);
