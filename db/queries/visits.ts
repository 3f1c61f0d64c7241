import type { Database } from 'better-sqlite3';

export interface VisitRow {
  id: number;
  day: string;
  arrivedAt: number;
  name: string | null;
  phone: string | null;
  partySize: number;
}

export function insertVisit(db: Database, v: Omit<VisitRow, 'id'>): number {
  const info = db
    .prepare(
      'INSERT INTO visits (day, arrived_at, name, phone, party_size) VALUES (@day, @arrivedAt, @name, @phone, @partySize)',
    )
    .run(v);
  return Number(info.lastInsertRowid);
}

export function listVisitsOfDay(db: Database, day: string): VisitRow[] {
  return db
    .prepare(
      `SELECT id, day, arrived_at AS arrivedAt, name, phone, party_size AS partySize
       FROM visits WHERE day = ? ORDER BY arrived_at, id`,
    )
    .all(day) as VisitRow[];
}
