import { createHash } from 'node:crypto';
import type { SheetAmendment, SheetRow } from './daily-sheet-model';

/** JSON with object keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * 校验码: the first 8 hex digits of SHA-256 over the day, its frozen rows and every amendment, as
 * XXXX-XXXX. A reprint of the same closed day shows the same code as the filed paper; a correction changes it.
 */
export function sheetFingerprint(
  day: string,
  rows: readonly SheetRow[],
  amendments: readonly SheetAmendment[],
): string {
  const hex = createHash('sha256').update(canonicalJson({ day, rows, amendments }), 'utf8').digest('hex');
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}`.toUpperCase();
}
