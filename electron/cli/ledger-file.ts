import { readFile } from 'node:fs/promises';
import { FIELD_ZH, guessMapping, unmappedRequired } from '../services/ledger-fields';
import { mappingProblem, toLedgerRows, type LedgerProblem, type LedgerRow } from '../services/ledger-rows';
import { cellText, LedgerFileError, readLedgerTable } from '../services/ledger-table';
import { CliInputError } from './input-error';

/**
 * Reads a ledger file for `cli import`: the columns its headers name (the import screen lets a person
 * choose them instead), then every row is either a LedgerRow or a problem naming its line and field.
 */
export async function readLedger(
  path: string,
  timeZone: string,
): Promise<{ rows: LedgerRow[]; problems: LedgerProblem[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new CliInputError(`无法读取文件“${path}”:${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const table = await readLedgerTable(bytes, path);
    const mapping = guessMapping(table.rows[0]?.cells.map(cellText) ?? []);
    const missing = unmappedRequired(mapping);
    if (missing.length > 0) {
      const names = missing.map((f) => `${FIELD_ZH[f]}/${f}`).join('、');
      return { rows: [], problems: [{ line: 1, field: '', message: `表头缺少必需的列:${names}(第 1 行)` }] };
    }
    const wrong = mappingProblem(table, mapping, timeZone);
    if (wrong) return { rows: [], problems: [{ line: 1, field: '', message: wrong }] };
    return toLedgerRows(table, mapping, timeZone);
  } catch (err) {
    if (err instanceof LedgerFileError) throw new CliInputError(err.message);
    throw err;
  }
}
