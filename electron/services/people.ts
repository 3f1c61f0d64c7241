import type { Database } from 'better-sqlite3';
import type { ConsultantRow } from '../../db/queries/consultants';
import { listVisitIdsOfDay, listVisitNamesOfDay, visitName } from '../../db/queries/visits';
import type { ConsultantCard, VisitorTag } from '../api/types';
import { loadStaff, type Staff } from './staff-cache';

const CJK = /[\u3400-\u9fff]/;

/** Avatar text: the given name for Chinese names (王芳 → 王芳, 欧阳娜娜 → 娜娜), initials otherwise. */
export function initialsOf(name: string): string {
  const n = name.trim();
  if (CJK.test(n)) return n.length <= 2 ? n : n.slice(-2);
  return n
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

export function toCard(c: ConsultantRow): ConsultantCard {
  return { id: c.id, name: c.name, initials: initialsOf(c.name), photo: c.photo, role: c.role };
}

/** Everyone who ever worked here, as the rules see them (rotation and ownership alike); kept until it changes. */
export function loadPeople(db: Database): Pick<Staff, 'people' | 'rows'> {
  return loadStaff(db);
}

/** A name as a public screen shows it: the surname only (张伟 → 张*, Smith → S***). */
export function maskName(name: string | null): string | null {
  if (!name) return null;
  return CJK.test(name.charAt(0)) ? name.charAt(0) + '*'.repeat(Math.max(1, name.length - 1)) : `${name.charAt(0)}***`;
}

/**
 * Past this many visitors asked for, one read of the day's names costs less than reading each on its own (each
 * read outside a transaction is some 8 µs on the million-visit office; the day's 500 names about 0.3 ms).
 */
const NAMES_READ_ONE_BY_ONE = 40;

/**
 * Today's visitors by id, as the day's number and masked name. Only the day's ids are read up front: the board asks
 * for some two dozen of a busy day's 500 visitors after every check-in, and reading every row of the day to number
 * them was most of what a board allocated. The day log asks for all, so past a few dozen the names are read at once.
 */
export function visitorTags(db: Database, day: string): (visitId: number) => VisitorTag {
  const ids = listVisitIdsOfDay(db, day);
  const asked = new Map<number, VisitorTag>();
  let names: (string | null)[] | null = null;
  const nameAt = (position: number, visitId: number) => {
    if (names === null && asked.size >= NAMES_READ_ONE_BY_ONE) names = listVisitNamesOfDay(db, day);
    // Visits are never deleted nor moved: the same count is the same visits, in the same order.
    return names?.length === ids.length ? (names[position] ?? null) : visitName(db, visitId);
  };
  return (visitId) => {
    let tag = asked.get(visitId);
    if (tag) return tag;
    const position = ids.indexOf(visitId);
    tag =
      position < 0
        ? { sequence: 0, maskedName: null }
        : { sequence: position + 1, maskedName: maskName(nameAt(position, visitId)) };
    asked.set(visitId, tag);
    return tag;
  };
}

/** The same, as one line of Chinese (for the day log). */
export const visitorText = (t: VisitorTag) =>
  t.maskedName ? `${t.sequence}号 ${t.maskedName}` : `${t.sequence}号访客`;
