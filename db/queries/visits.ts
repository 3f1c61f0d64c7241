import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

export interface VisitRow {
  id: number;
  day: string;
  arrivedAt: number;
  name: string | null;
  phone: string | null;
  partySize: number;
}

/** The registration (来访登记) written with a visit; JSON columns hold the structured parts. */
export interface VisitRegistration {
  clientId: number | null;
  gender: 'male' | 'female' | null;
  needs: { project: string | null; unitType: string | null; area: string | null; budget: string | null };
  channel: string | null;
  intent: 'A' | 'B' | 'C' | null;
  party: { name: string | null; relation: string | null }[];
  answers: unknown;
  notes: string | null;
  complete: boolean;
}

export type FullVisit = VisitRow & VisitRegistration;

export function insertVisit(db: Database, v: Omit<VisitRow, 'id'> & Partial<VisitRegistration>): number {
  const info = prepared(
    db,
    `INSERT INTO visits (day, arrived_at, name, phone, party_size, client_id, gender, needs, channel, intent, party,
         answers, notes, complete)
       VALUES (@day, @arrivedAt, @name, @phone, @partySize, @clientId, @gender, @needs, @channel, @intent, @party,
         @answers, @notes, @complete)`,
  ).run({
    ...v,
    clientId: v.clientId ?? null,
    gender: v.gender ?? null,
    needs: v.needs ? JSON.stringify(v.needs) : null,
    channel: v.channel ?? null,
    intent: v.intent ?? null,
    party: v.party ? JSON.stringify(v.party) : null,
    answers: v.answers === undefined ? null : JSON.stringify(v.answers),
    notes: v.notes ?? null,
    complete: v.complete ? 1 : 0,
  });
  return Number(info.lastInsertRowid);
}

/**
 * The day's visit ids in the order that numbers them (1号, 2号 …: arrival, then id), erased and declined visits
 * keeping their place. Ids only, read from the (day, arrived_at) index: the board numbers a handful of visitors, and
 * reading every row of the day to do so was most of what a board allocated.
 */
export function listVisitIdsOfDay(db: Database, day: string): number[] {
  // Plucking is the kept statement's state: this SQL text is this function's alone.
  return prepared(db, 'SELECT id FROM visits WHERE day = ? ORDER BY arrived_at, id').pluck(true).all(day) as number[];
}

/** The day's visits' names in the same order (the day log names every visitor of the day). */
export function listVisitNamesOfDay(db: Database, day: string): (string | null)[] {
  // Plucking is the kept statement's state: this SQL text is this function's alone.
  const names = prepared(db, 'SELECT name FROM visits WHERE day = ? ORDER BY arrived_at, id').pluck(true).all(day);
  return names as (string | null)[];
}

/** The name a visit was registered with (null: none given, or no such visit). */
export function visitName(db: Database, id: number): string | null {
  const name = prepared(db, 'SELECT name FROM visits WHERE id = ?').pluck(true).get(id) as string | null | undefined;
  return name ?? null;
}

interface RawFull extends VisitRow {
  clientId: number | null;
  gender: 'male' | 'female' | null;
  needs: string | null;
  channel: string | null;
  intent: 'A' | 'B' | 'C' | null;
  party: string | null;
  answers: string | null;
  notes: string | null;
  complete: number;
}

const FULL = `id, day, arrived_at AS arrivedAt, name, phone, party_size AS partySize, client_id AS clientId, gender,
  needs, channel, intent, party, answers, notes, complete`;

const EMPTY_NEEDS = { project: null, unitType: null, area: null, budget: null };

const toFull = (r: RawFull): FullVisit => ({
  ...r,
  needs: r.needs ? (JSON.parse(r.needs) as FullVisit['needs']) : EMPTY_NEEDS,
  party: r.party ? (JSON.parse(r.party) as FullVisit['party']) : [],
  answers: r.answers ? (JSON.parse(r.answers) as unknown) : null,
  complete: r.complete === 1,
});

export function getVisit(db: Database, id: number): FullVisit | null {
  const r = prepared(db, `SELECT ${FULL} FROM visits WHERE id = ?`).get(id) as RawFull | undefined;
  return r ? toFull(r) : null;
}

export function listIncompleteVisits(db: Database, limit = 500): FullVisit[] {
  return (
    prepared(
      db,
      `SELECT ${FULL} FROM visits WHERE complete = 0 AND erased_by IS NULL ORDER BY arrived_at DESC, id DESC LIMIT ?`,
    ).all(limit) as RawFull[]
  ).map(toFull);
}

export function updateRegistration(
  db: Database,
  id: number,
  r: Pick<FullVisit, 'name' | 'phone' | 'gender' | 'needs' | 'channel' | 'intent' | 'party' | 'notes' | 'complete'>,
): void {
  prepared(
    db,
    `UPDATE visits SET name = @name, phone = @phone, gender = @gender, needs = @needs, channel = @channel,
       intent = @intent, party = @party, notes = @notes, complete = @complete WHERE id = @id`,
  ).run({
    ...r,
    id,
    needs: JSON.stringify(r.needs),
    party: JSON.stringify(r.party),
    complete: r.complete ? 1 : 0,
  });
}

export function setVisitClient(db: Database, id: number, clientId: number): void {
  prepared(db, 'UPDATE visits SET client_id = ? WHERE id = ?').run(clientId, id);
}

/** The visit's number of its day (1号, 2号 …), as the board shows it. */
export function visitSequence(db: Database, visit: Pick<VisitRow, 'id' | 'day' | 'arrivedAt'>): number {
  const row = prepared(
    db,
    'SELECT count(*) AS n FROM visits WHERE day = ? AND (arrived_at < ? OR (arrived_at = ? AND id <= ?))',
  ).get(visit.day, visit.arrivedAt, visit.arrivedAt, visit.id) as { n: number };
  return row.n;
}
