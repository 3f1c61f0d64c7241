import type { Database } from 'better-sqlite3';
import type { ConsultantRow } from '../../db/queries/consultants';
import { listVisitsOfDay } from '../../db/queries/visits';
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

/** Today's visitors by id, as the day's number and masked name. */
export function visitorTags(db: Database, day: string): (visitId: number) => VisitorTag {
  const tags = new Map(
    listVisitsOfDay(db, day).map((v, i) => [v.id, { sequence: i + 1, maskedName: maskName(v.name) }]),
  );
  return (visitId) => tags.get(visitId) ?? { sequence: 0, maskedName: null };
}

/** The same, as one line of Chinese (for the day log). */
export const visitorText = (t: VisitorTag) =>
  t.maskedName ? `${t.sequence}号 ${t.maskedName}` : `${t.sequence}号访客`;
