import { isMainlandMobile, normalizePhone } from '../match/phone';
import { isWholePhone } from '../registration';

/**
 * Redaction: how a person's words are taken out of a record that must otherwise stay as it was (the
 * day log, a closed day's sheet, a ruling). Only strings change — ids, numbers, decisions and the
 * shape of the record stay — so the day's queue folds to the same board after an erasure.
 */

/** What an erased name or free text reads as, wherever it was. */
export const ERASED = '已删除';

/** Shorter words would hit other people's text (a one-character name is in half the notes). */
const MIN_NEEDLE = 2;

/**
 * The strings to take out: names, and whole phones in the forms people write them. Never a masked
 * phone (138****5678 is also every other number with those seven digits). Longest first, so a phone
 * goes before its parts.
 */
export function needlesOf(words: readonly (string | null | undefined)[]): string[] {
  const set = new Set(words.flatMap((w) => (w && w.trim().length >= MIN_NEEDLE ? [w.trim()] : [])));
  return [...set].sort((a, b) => b.length - a.length);
}

/**
 * A whole phone as text may hold it: as typed, normalized, and written the usual ways (139 1234 5678,
 * 139-1234-5678, +86 …). Never masked — 139****5678 is every number with those seven digits — and
 * nothing for a "phone" that is not a whole number (不详, four digits), which would take those words out of
 * every note of the person's records.
 */
export function phoneNeedles(raw: string): string[] {
  const phone = isWholePhone(raw) ? normalizePhone(raw) : null;
  if (phone === null) return [];
  if (!isMainlandMobile(phone)) return [raw, phone];
  const spaced = `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
  const dashed = spaced.replaceAll(' ', '-');
  return [raw, phone, spaced, dashed, `+86${phone}`, `+86 ${phone}`, `+86 ${spaced}`, `+86-${dashed}`];
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
