/**
 * Redaction: how a person's words are taken out of a record that must otherwise stay as it was (the
 * day log, a closed day's sheet, a ruling). Only strings change — ids, numbers, decisions and the
 * shape of the record stay — so the day's queue folds to the same board after an erasure.
 */

/** What an erased name or free text reads as, wherever it was. */
export const ERASED = '已删除';

/** Shorter words would hit other people's text (a one-character name is in half the notes). */
const MIN_NEEDLE = 2;

/** The strings to take out: names, and every form a phone was stored in. Longest first, so a phone goes before its parts. */
export function needlesOf(words: readonly (string | null | undefined)[]): string[] {
  const set = new Set(words.flatMap((w) => (w && w.trim().length >= MIN_NEEDLE ? [w.trim()] : [])));
  return [...set].sort((a, b) => b.length - a.length);
}

export type Scrub = (text: string) => string;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every needle with ERASED, except where it is part of a word to keep: the staff's names. A
 * visitor called 王芳 must not take the consultant 王芳芳 out of the day's reasons, and a visitor with the
 * very name of a consultant keeps that name in the text (their own fields are emptied all the same).
 */
export function scrubber(needles: readonly string[], keep: readonly string[] = []): Scrub {
  if (needles.length === 0) return (text) => text;
  const kept = new Set(keep);
  const words = [...new Set([...needles, ...keep])].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(words.map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, (word) => (kept.has(word) ? word : ERASED));
}

/** Every string anywhere in a JSON value, scrubbed; everything else as it was. */
export function scrubJson<T>(value: T, scrub: Scrub): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubJson(v, scrub)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrubJson(v, scrub)]),
    ) as T;
  }
  return value;
}

/** A closed sheet's row, as much of it as redaction reads. */
export interface RedactableRow {
  visitId: number;
  visitor: string | null;
  maskedPhone: string | null;
  needs: string | null;
  notes: string | null;
}

/**
 * The erased person's rows of a frozen sheet: name, phone, wishes and notes go; the row itself stays
 * (time, gender, party size, channel, who received) so the day's totals still add up to the paper's.
 */
export function redactSheetRows<R extends RedactableRow>(rows: readonly R[], visitIds: ReadonlySet<number>): R[] {
  return rows.map((r) =>
    visitIds.has(r.visitId)
      ? { ...r, visitor: ERASED, maskedPhone: null, needs: null, notes: r.notes === null ? null : ERASED }
      : r,
  );
}

/** The personal fields a sheet correction can carry (daily-sheet-model AMENDABLE_FIELDS). */
const PERSONAL_FIELDS: Record<string, string | null> = {
  visitor: ERASED,
  maskedPhone: null,
  needs: null,
  notes: ERASED,
};

interface RedactableChange {
  field: string;
  from: string | number | null;
  to: string | number | null;
}

/** A correction of the erased person's row: what a personal field was and became is gone; gender, party size stay. */
export function redactChanges<C extends RedactableChange>(changes: readonly C[]): C[] {
  return changes.map((c) => {
    if (!(c.field in PERSONAL_FIELDS)) return c;
    const erased = PERSONAL_FIELDS[c.field] ?? null;
    return { ...c, from: c.from === null ? null : erased, to: c.to === null ? null : erased };
  });
}
