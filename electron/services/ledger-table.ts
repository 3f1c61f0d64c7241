import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { extname } from 'node:path';

/** The file's rows as read: line 1 is the header; cells are strings (CSV) or spreadsheet values (XLSX). */
export interface LedgerTable {
  kind: 'csv' | 'xlsx';
  rows: { line: number; cells: unknown[] }[];
}

/** The file itself cannot be read (wrong type, damaged, empty): said plainly, nothing else is tried. */
export class LedgerFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerFileError';
  }
}

/** Excel saves Chinese CSV as GB18030 unless told otherwise: read UTF-8 when it is, GB18030 when not. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readXlsx(bytes: Buffer): Promise<LedgerTable['rows']> {
  const book = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, narrower than Node's.
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: LedgerTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    rows.push({ line, cells: (row.values as unknown[]).slice(1) });
  });
  return rows;
}

function readCsv(bytes: Buffer): LedgerTable['rows'] {
  const records = parse(decodeCsv(bytes), {
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map((r) => ({ line: r.info.lines, cells: r.record }));
}

/** Reads a ledger's bytes by the file's extension: .csv (or .txt) and .xlsx. */
export async function readLedgerTable(bytes: Buffer, fileName: string): Promise<LedgerTable> {
  const ext = extname(fileName).toLowerCase();
  const kind = ext === '.xlsx' ? 'xlsx' : ext === '.csv' || ext === '.txt' ? 'csv' : null;
  if (kind === null) throw new LedgerFileError(`不支持的文件类型“${ext || fileName}”:请使用 .csv 或 .xlsx`);
  let rows: LedgerTable['rows'];
  try {
    rows = kind === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new LedgerFileError(
      kind === 'xlsx'
        ? `无法读取“${fileName}”:不是有效的 Excel(.xlsx)文件(${why})。旧版 .xls 请在 Excel 中另存为 .xlsx`
        : `无法读取“${fileName}”:CSV 格式有误(${why})`,
    );
  }
  if (rows.length === 0) throw new LedgerFileError(`文件“${fileName}”是空的`);
  return { kind, rows };
}

/** A cell as the text a person sees: rich text and hyperlinks flattened, numbers as written. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return wallClockText(v);
  if (typeof v === 'object' && 'richText' in v) {
    return (v as { richText: { text: string }[] }).richText
      .map((r) => r.text)
      .join('')
      .trim();
  }
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  if (typeof v === 'object' && 'result' in v) return cellText(v.result);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v).trim();
  return '';
}

/** Spreadsheet dates carry the wall-clock time as typed, stored as if it were UTC. */
export function wallClockText(d: Date): string {
  const iso = d.toISOString();
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0
    ? iso.slice(0, 10)
    : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
