import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import {
  EXPLANATION_FIELDS,
  type DayEvent,
  type DayEventBody,
  type Explanation,
  type LoggedDayEvent,
} from '../../electron/domain/day-events';

/**
 * An event is stored as two rows (migration 14): `day_events.data`, what the fold reads, and `day_event_reasons.data`,
 * its explanation (reasons, lead), written only when the body has one. Events logged before migration 14 hold both
 * in `day_events.data`; every reader here takes either.
 */

interface Raw {
  id: number;
  at: number;
  actor_id: number | null;
  data: string;
}

interface RawExplained extends Raw {
  explanation: string | null;
}

type RawRow = [id: number, at: number, actorId: number | null, data: string];

// Read as arrays and assigned onto the parsed body rather than spread into a new object: a busy day's log is read
// whole at a process's first call, and building row objects, then copying each event's fields again, cost as much
// as the parse.
const toLogged = (r: RawRow): LoggedDayEvent =>
  Object.assign(JSON.parse(r[3]) as LoggedDayEvent, { id: r[0], at: r[1], actorId: r[2] });

/** The log rows of a day as arrays (the statements are this module's own: raw mode is a statement's state). */
const logRows = (db: Database, sql: string, ...params: unknown[]) =>
  prepared(db, sql)
    .raw(true)
    .all(...params) as RawRow[];

const toEvent = (r: RawExplained): DayEvent =>
  Object.assign(
    JSON.parse(r.data) as DayEventBody,
    r.explanation === null ? {} : (JSON.parse(r.explanation) as Explanation),
    { id: r.id, at: r.at, actorId: r.actor_id },
  );

/** A body as its two stored rows: the log's and, if the body explains anything, the explanation's. */
export function splitEvent(body: DayEventBody): { data: string; explanation: string | null } {
  const core: Record<string, unknown> = { ...body };
  const explanation: Record<string, unknown> = {};
  for (const field of EXPLANATION_FIELDS) {
    if (!(field in core)) continue;
    explanation[field] = core[field];
    delete core[field];
  }
  return {
    data: JSON.stringify(core),
    explanation: Object.keys(explanation).length === 0 ? null : JSON.stringify(explanation),
  };
}

/** The day's events whole, with their reasons: for whatever shows or explains them. */
export function listDayEvents(db: Database, day: string): DayEvent[] {
  const rows = prepared(
    db,
    `SELECT e.id, e.at, e.actor_id, e.data, x.data AS explanation FROM day_events AS e
       LEFT JOIN day_event_reasons AS x ON x.event_id = e.id
       WHERE e.day = ? ORDER BY e.id`,
  ).all(day) as RawExplained[];
  return rows.map(toEvent);
}

/** The day's log as the fold reads it, without the words kept beside it: a fraction of the bytes. */
export function listDayLog(db: Database, day: string): LoggedDayEvent[] {
  return logRows(db, 'SELECT id, at, actor_id, data FROM day_events WHERE day = ? ORDER BY id', day).map(toLogged);
}

/** The day's log after `afterId`: what was appended since a fold that ended there. */
export function listDayLogAfter(db: Database, day: string, afterId: number): LoggedDayEvent[] {
  return logRows(
    db,
    'SELECT id, at, actor_id, data FROM day_events WHERE day = ? AND id > ? ORDER BY id',
    day,
    afterId,
  ).map(toLogged);
}

/** The explanations of the given events, by id, wherever they are kept; an event that explains nothing has none. */
export function explanationsOf(db: Database, eventIds: readonly number[]): Map<number, Explanation> {
  const found = new Map<number, Explanation>();
  if (eventIds.length === 0) return found;
  const rows = prepared(
    db,
    `SELECT e.id, coalesce(x.data, e.data) AS data FROM day_events AS e
       LEFT JOIN day_event_reasons AS x ON x.event_id = e.id
       WHERE e.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(eventIds)) as { id: number; data: string }[];
  for (const r of rows) {
    const { reasons, lead } = JSON.parse(r.data) as Explanation;
    found.set(r.id, { reasons, lead });
  }
  return found;
}

/** How many day-log rows were ever rewritten in place (an erasure), counted by a trigger (migration 12). */
export function dayLogRewrites(db: Database): number {
  return (prepared(db, 'SELECT count FROM day_log_rewrites').get() as { count: number }).count;
}

export function appendDayEvent(
  db: Database,
  day: string,
  at: number,
  actorId: number | null,
  body: DayEventBody,
): DayEvent {
  const { data, explanation } = splitEvent(body);
  const info = prepared(db, 'INSERT INTO day_events (day, at, type, actor_id, data) VALUES (?, ?, ?, ?, ?)').run(
    day,
    at,
    body.type,
    actorId,
    data,
  );
  const id = Number(info.lastInsertRowid);
  if (explanation !== null) insertExplanation(db, id, explanation);
  return { ...body, id, at, actorId };
}

export function insertExplanation(db: Database, eventId: number, explanation: string): void {
  prepared(db, 'INSERT INTO day_event_reasons (event_id, data) VALUES (?, ?)').run(eventId, explanation);
}

/** The most recent day before `day` that has a log (for "continue from yesterday's order"). */
export function lastLoggedDayBefore(db: Database, day: string): string | null {
  const r = prepared(db, 'SELECT day FROM day_events WHERE day < ? ORDER BY day DESC LIMIT 1').get(day) as
    { day: string } | undefined;
  return r?.day ?? null;
}
