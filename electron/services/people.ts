import type { Database } from 'better-sqlite3';
import { listConsultants, type ConsultantRow } from '../../db/queries/consultants';
import type { People } from '../domain/rotation';
import type { ConsultantCard } from '../api/types';

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

export function loadPeople(db: Database): { people: People; rows: Map<number, ConsultantRow> } {
  const rows = new Map(listConsultants(db).map((c) => [c.id, c]));
  const people = new Map([...rows].map(([id, c]) => [id, { name: c.name, active: c.active }]));
  return { people, rows };
}

/** A visitor as the board shows them, from a distance: number of the day and a masked name. */
export function visitorLabel(sequence: number, name: string | null): string {
  if (!name) return `${sequence}号访客`;
  const masked = CJK.test(name.charAt(0))
    ? name.charAt(0) + '*'.repeat(Math.max(1, name.length - 1))
    : `${name.charAt(0)}***`;
  return `${sequence}号 ${masked}`;
}
