import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { isValidDay, localToEpoch } from '../domain/office-time';
import { CliInputError } from './input-error';

/** One visit of an existing registration ledger (来访客户登记表), as the import reads it. */
export interface LedgerRow {
  /** The line in the file (1 = the header), so a problem can be found by the person who typed it. */
  line: number;
  ref: string | null;
  name: string;
  gender: 'male' | 'female' | null;
  phone: string;
  consultant: string | null;
  visitedAt: number;
  needs: string | null;
}

export interface LedgerProblem {
  line: number;
  field: string;
  message: string;
}

export type LedgerField = 'ref' | 'name' | 'gender' | 'phone' | 'consultant' | 'visitedAt' | 'needs';

/** Headers offices actually use, Chinese or English, for each field. */
const HEADERS: Record<LedgerField, string[]> = {
  ref: ['编号', '客户编号', '序号', 'ref'],
  name: ['姓名', '客户姓名', '客户', 'name'],
  gender: ['性别', 'gender', 'sex'],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', 'phone', 'mobile'],
  consultant: ['置业顾问', '顾问', '销售', '接待顾问', 'consultant'],
  visitedAt: ['来访日期', '来访时间', '日期', 'visitedat', 'date'],
  needs: ['需求', '意向', '客户需求', 'needs'],
};
const REQUIRED: LedgerField[] = ['name', 'phone', 'visitedAt'];
const FIELD_ZH: Record<LedgerField, string> = {
  ref: '编号',
  name: '姓名',
  gender: '性别',
  phone: '电话',
  consultant: '置业顾问',
  visitedAt: '来访日期',
  needs: '需求',
};

const clean = (h: string) => h.replace(/[\s\u3000]/g, '').toLowerCase();

function mapHeaders(header: string[]): Map<LedgerField, number> | string {
  const found = new Map<LedgerField, number>();
  header.forEach((h, i) => {
    const field = (Object.keys(HEADERS) as LedgerField[]).find((f) => HEADERS[f].includes(clean(h)));
    if (field && !found.has(field)) found.set(field, i);
  });
  const missing = REQUIRED.filter((f) => !found.has(f));
  return missing.length > 0
    ? `表头缺少必需的列:${missing.map((f) => `${FIELD_ZH[f]}/${f}`).join('、')}(第 1 行)`
    : found;
}

const GENDERS: Record<string, 'male' | 'female'> = {
  男: 'male',
  先生: 'male',
  m: 'male',
  male: 'male',
  女: 'female',
  女士: 'female',
  f: 'female',
  female: 'female',
};

/** `YYYY-MM-DD HH:mm` (or with slashes, or a spreadsheet date cell) in the office's local time. */
function parseVisitedAt(value: unknown, timeZone: string): number | null {
  if (value instanceof Date) {
    // Spreadsheet dates carry the wall-clock time as typed, stored as if it were UTC.
    const day = value.toISOString().slice(0, 10);
    return localToEpoch(day, value.getUTCHours() * 60 + value.getUTCMinutes(), timeZone);
  }
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text(value));
  if (!m) return null;
  const day = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  if (!isValidDay(day) || hour > 23 || minute > 59) return null;
  return localToEpoch(day, hour * 60 + minute, timeZone);
}

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  if (typeof v === 'object' && 'richText' in v) {
    return (v as { richText: { text: string }[] }).richText
      .map((r) => r.text)
      .join('')
      .trim();
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v).trim();
  return '';
};

function toRows(
  table: { line: number; cells: unknown[] }[],
  timeZone: string,
): { rows: LedgerRow[]; problems: LedgerProblem[] } {
  const [head, ...body] = table;
  if (!head) return { rows: [], problems: [{ line: 1, field: '', message: '文件是空的' }] };
  const columns = mapHeaders(head.cells.map(text));
  if (typeof columns === 'string') return { rows: [], problems: [{ line: 1, field: '', message: columns }] };
  const cell = (cells: unknown[], f: LedgerField) => {
    const i = columns.get(f);
    return i === undefined ? undefined : cells[i];
  };
  const rows: LedgerRow[] = [];
  const problems: LedgerProblem[] = [];
  for (const { line, cells } of body) {
    if (cells.every((c) => text(c) === '')) continue;
    const problem = (field: LedgerField, message: string) => problems.push({ line, field, message });
    const name = text(cell(cells, 'name'));
    const phone = text(cell(cells, 'phone'));
    const genderText = clean(text(cell(cells, 'gender')));
    const visitedAt = parseVisitedAt(cell(cells, 'visitedAt'), timeZone);
    const before = problems.length;
    if (name === '') problem('name', '姓名不能为空');
    if (!/\d/.test(phone)) problem('phone', '电话不能为空');
    if (genderText !== '' && !GENDERS[genderText])
      problem('gender', `性别“${text(cell(cells, 'gender'))}”应为 男 或 女`);
    if (visitedAt === null) {
      problem('visitedAt', `来访日期“${text(cell(cells, 'visitedAt'))}”应为 YYYY-MM-DD HH:mm`);
    }
    if (problems.length > before || visitedAt === null) continue;
    rows.push({
      line,
      ref: text(cell(cells, 'ref')) || null,
      name,
      gender: genderText === '' ? null : (GENDERS[genderText] ?? null),
      phone,
      consultant: text(cell(cells, 'consultant')) || null,
      visitedAt,
      needs: text(cell(cells, 'needs')) || null,
    });
  }
  return { rows, problems };
}

/** Excel saves Chinese CSV as GB18030 unless told otherwise: read UTF-8 when it is, GB18030 when not. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readTable(path: string): Promise<{ line: number; cells: unknown[] }[]> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0];
    if (!sheet) return [];
    const table: { line: number; cells: unknown[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const values = row.values as unknown[];
      table.push({ line, cells: values.slice(1) });
    });
    return table;
  }
  if (ext === '.csv' || ext === '.txt') {
    const records = parse(decodeCsv(await readFile(path)), {
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, cells: r.record }));
  }
  throw new CliInputError(`不支持的文件类型“${ext || path}”:请使用 .csv 或 .xlsx`);
}

/** Reads a ledger; every row is either a LedgerRow or a problem naming its line and field. */
export async function readLedger(
  path: string,
  timeZone: string,
): Promise<{ rows: LedgerRow[]; problems: LedgerProblem[] }> {
  let table: { line: number; cells: unknown[] }[];
  try {
    table = await readTable(path);
  } catch (err) {
    if (err instanceof CliInputError) throw err;
    throw new CliInputError(`无法读取文件“${path}”:${err instanceof Error ? err.message : String(err)}`);
  }
  return toRows(table, timeZone);
}
