import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

/** A visit as the daily sheet reads it: the registration, and whether its client was on file before. */
export interface SheetVisit {
  id: number;
  arrivedAt: number;
  name: string | null;
  gender: 'male' | 'female' | null;
  phone: string | null;
  partySize: number;
  channel: string | null;
  needs: { project: string | null; unitType: string | null; area: string | null; budget: string | null } | null;
  notes: string | null;
  clientId: number | null;
  /** The client had an earlier visit on record (复访). */
  seenBefore: boolean;
}

interface Raw extends Omit<SheetVisit, 'needs' | 'seenBefore'> {
  needs: string | null;
  seenBefore: number;
}

export function listSheetVisits(db: Database, day: string): SheetVisit[] {
  const rows = prepared(
    db,
    `SELECT v.id, v.arrived_at AS arrivedAt, v.name, v.gender, v.phone, v.party_size AS partySize, v.channel,
         v.needs, v.notes, v.client_id AS clientId,
         EXISTS (SELECT 1 FROM visits p WHERE p.client_id = v.client_id
           AND (p.arrived_at < v.arrived_at OR (p.arrived_at = v.arrived_at AND p.id < v.id))) AS seenBefore
       FROM visits v WHERE v.day = ? ORDER BY v.arrived_at, v.id`,
  ).all(day) as Raw[];
  return rows.map((r) => ({
    ...r,
    needs: r.needs ? (JSON.parse(r.needs) as SheetVisit['needs']) : null,
    seenBefore: r.seenBefore === 1,
  }));
}

/** Every consultant's name by id, departed ones too: an old sheet still names who received. */
export function consultantNames(db: Database): Map<number, string> {
  const rows = prepared(db, 'SELECT id, name FROM consultants').all() as { id: number; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Days of a month ('YYYY-MM') with a visit or a close, in order. */
export function sheetDaysOfMonth(db: Database, month: string): string[] {
  const rows = prepared(
    db,
    // A range, not LIKE: the day index answers it without reading every visit of every year.
    `SELECT DISTINCT day FROM visits WHERE day >= @first AND day < @next
       UNION SELECT day FROM day_closes WHERE day >= @first AND day < @next
       ORDER BY day`,
  ).all({ first: `${month}-01`, next: `${month}-32` }) as { day: string }[];
  return rows.map((r) => r.day);
}

export interface DayCloseRow {
  day: string;
  closedAt: number;
  closedBy: number;
  closedByName: string;
  snapshot: string;
  fingerprint: string;
}

export function getDayClose(db: Database, day: string): DayCloseRow | null {
  const row = prepared(
    db,
    `SELECT d.day, d.closed_at AS closedAt, d.closed_by AS closedBy, c.name AS closedByName, d.snapshot, d.fingerprint
       FROM day_closes d JOIN consultants c ON c.id = d.closed_by WHERE d.day = ?`,
  ).get(day) as DayCloseRow | undefined;
  return row ?? null;
}

export function insertDayClose(
  db: Database,
  c: { day: string; closedAt: number; closedBy: number; snapshot: string; fingerprint: string },
): void {
  prepared(
    db,
    `INSERT INTO day_closes (day, closed_at, closed_by, snapshot, fingerprint)
     VALUES (@day, @closedAt, @closedBy, @snapshot, @fingerprint)`,
  ).run(c);
}

export function isDayClosed(db: Database, day: string): boolean {
  return prepared(db, 'SELECT 1 FROM day_closes WHERE day = ?').get(day) !== undefined;
}

export interface AmendmentRow {
  id: number;
  visitId: number;
  at: number;
  actorName: string;
  reason: string;
  changes: string;
}

export function listAmendments(db: Database, day: string): AmendmentRow[] {
  return prepared(
    db,
    `SELECT a.id, a.visit_id AS visitId, a.at, c.name AS actorName, a.reason, a.changes
       FROM sheet_amendments a JOIN consultants c ON c.id = a.actor_id WHERE a.day = ? ORDER BY a.id`,
  ).all(day) as AmendmentRow[];
}

export function insertAmendment(
  db: Database,
  a: { day: string; visitId: number; at: number; actorId: number; reason: string; changes: string },
): number {
  const info = prepared(
    db,
    `INSERT INTO sheet_amendments (day, visit_id, at, actor_id, reason, changes)
       VALUES (@day, @visitId, @at, @actorId, @reason, @changes)`,
  ).run(a);
  return Number(info.lastInsertRowid);
}

/** A correction of the party size (the registration's other fields go through updateRegistration). */
export function setVisitPartySize(db: Database, visitId: number, partySize: number): void {
  prepared(db, 'UPDATE visits SET party_size = ? WHERE id = ?').run(partySize, visitId);
}

/** Visits of a day registered after its close: not on the frozen sheet. */
export function countVisitsAfter(db: Database, day: string, visitIds: readonly number[]): number {
  const known = new Set(visitIds);
  const rows = prepared(db, 'SELECT id FROM visits WHERE day = ?').all(day) as { id: number }[];
  return rows.filter((r) => !known.has(r.id)).length;
}
