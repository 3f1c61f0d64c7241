import { normalizePhone } from '../domain/match/phone';
import { isValidDay, localToEpoch } from '../domain/office-time';
import {
  FIELD_ZH,
  LEDGER_FIELDS,
  REQUIRED_FIELDS,
  unmappedRequired,
  type LedgerField,
  type LedgerMapping,
} from './ledger-fields';
import { cellText, type LedgerTable } from './ledger-table';

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

const genderOf = (v: unknown) =>
  GENDERS[
    cellText(v)
      .replace(/[\s\u3000]/g, '')
      .toLowerCase()
  ];

/** `YYYY-MM-DD HH:mm` (or with slashes, or a spreadsheet date cell) in the office's local time. */
function parseVisitedAt(value: unknown, timeZone: string): number | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // Spreadsheet dates carry the wall-clock time as typed, stored as if it were UTC.
    const day = value.toISOString().slice(0, 10);
    return localToEpoch(day, value.getUTCHours() * 60 + value.getUTCMinutes(), timeZone);
  }
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(cellText(value));
  if (!m) return null;
  const day = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  if (!isValidDay(day) || hour > 23 || minute > 59) return null;
  return localToEpoch(day, hour * 60 + minute, timeZone);
}

const isBlankRow = (cells: unknown[]) => cells.every((c) => cellText(c) === '');
const cellOf = (cells: unknown[], mapping: LedgerMapping, f: LedgerField) => {
  const i = mapping[f];
  return i === null ? undefined : cells[i];
};

/** 7 to 15 digits once the separators are dropped: a mobile, a landline, a foreign number. */
function looksLikePhone(v: unknown): boolean {
  const digits = normalizePhone(cellText(v))?.replace(/\D/g, '').length ?? 0;
  return digits >= 7 && digits <= 15;
}

/** What a column mapped to a field must mostly hold; a column that does not is the wrong column. */
const FITS: Partial<Record<LedgerField, { what: string; fits: (v: unknown, timeZone: string) => boolean }>> = {
  visitedAt: { what: '日期', fits: (v, tz) => parseVisitedAt(v, tz) !== null },
  phone: { what: '电话号码', fits: (v, tz) => looksLikePhone(v) && parseVisitedAt(v, tz) === null },
  gender: { what: '性别(男/女)', fits: (v) => genderOf(v) !== undefined },
};
/** Enough lines to judge a column by, few enough to answer at once on a large file. */
const SAMPLE_LINES = 200;

/**
 * Why a mapping cannot be right, before any row is judged: a required field without a column, one
 * column for two fields, or a column whose values are mostly not what the field holds (the dates
 * mapped to the phone's column). A column that fits in most lines is right; its odd lines are
 * rejected one by one with their line numbers instead.
 */
export function mappingProblem(table: LedgerTable, mapping: LedgerMapping, timeZone: string): string | null {
  const header = table.rows[0]?.cells.map(cellText) ?? [];
  const columnName = (i: number) => (header[i] ? `“${header[i]}”` : `第 ${i + 1} 列`);
  const missing = unmappedRequired(mapping);
  if (missing.length > 0) return `请为${missing.map((f) => `“${FIELD_ZH[f]}”`).join('、')}选择文件中的一列`;
  const used = new Map<number, LedgerField>();
  for (const f of LEDGER_FIELDS) {
    const i = mapping[f];
    if (i === null) continue;
    if (i >= header.length) return `“${FIELD_ZH[f]}”对应的第 ${i + 1} 列不存在:文件只有 ${header.length} 列`;
    const other = used.get(i);
    if (other) return `“${FIELD_ZH[other]}”和“${FIELD_ZH[f]}”都对应了列${columnName(i)}:一列只能对应一项`;
    used.set(i, f);
  }
  const body = table.rows.slice(1).filter((r) => !isBlankRow(r.cells));
  for (const f of LEDGER_FIELDS) {
    const i = mapping[f];
    if (i === null) continue;
    const sample = body
      .map((r) => ({ line: r.line, value: r.cells[i] }))
      .filter((c) => cellText(c.value) !== '')
      .slice(0, SAMPLE_LINES);
    if (sample.length === 0 && REQUIRED_FIELDS.includes(f)) return `“${FIELD_ZH[f]}”对应的列${columnName(i)}是空的`;
    const rule = FITS[f];
    if (!rule || sample.length === 0) continue;
    const misfits = sample.filter((c) => !rule.fits(c.value, timeZone));
    const odd = misfits[0];
    if (odd && misfits.length * 2 > sample.length) {
      return (
        `“${FIELD_ZH[f]}”对应的列${columnName(i)}里大多不是${rule.what}` +
        `(如第 ${odd.line} 行“${cellText(odd.value)}”),请检查列的对应`
      );
    }
  }
  return null;
}

/** Every data row of the table as a LedgerRow, or the problems with it, naming its line and field. */
export function toLedgerRows(
  table: LedgerTable,
  mapping: LedgerMapping,
  timeZone: string,
): { rows: LedgerRow[]; problems: LedgerProblem[] } {
  const rows: LedgerRow[] = [];
  const problems: LedgerProblem[] = [];
  for (const { line, cells } of table.rows.slice(1)) {
    if (isBlankRow(cells)) continue;
    const get = (f: LedgerField) => cellOf(cells, mapping, f);
    const problem = (field: LedgerField, message: string) => problems.push({ line, field, message });
    const name = cellText(get('name'));
    const phone = cellText(get('phone'));
    const genderText = cellText(get('gender'));
    const gender = genderOf(get('gender')) ?? null;
    const visitedAt = parseVisitedAt(get('visitedAt'), timeZone);
    const before = problems.length;
    if (name === '') problem('name', '姓名不能为空');
    if (!/\d/.test(phone)) problem('phone', '电话不能为空');
    if (genderText !== '' && gender === null) problem('gender', `性别“${genderText}”应为 男 或 女`);
    if (visitedAt === null) problem('visitedAt', `来访日期“${cellText(get('visitedAt'))}”应为 YYYY-MM-DD HH:mm`);
    if (problems.length > before || visitedAt === null) continue;
    rows.push({
      line,
      ref: cellText(get('ref')) || null,
      name,
      gender,
      phone,
      consultant: cellText(get('consultant')) || null,
      visitedAt,
      needs: cellText(get('needs')) || null,
    });
  }
  return { rows, problems };
}
