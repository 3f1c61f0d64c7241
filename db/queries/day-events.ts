import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import type { DayEvent, DayEventBody } from '../../electron/domain/day-events';

interface Raw {
  id: number;
  at: number;
  actor_id: number | null;
  data: string;
}

// Assigned onto the parsed body rather than spread into a new object: a busy day's log can be read whole, and
// copying each event's fields again costs a third of the parse.
const toEvent = (r: Raw): DayEvent =>
  Object.assign(JSON.parse(r.data) as DayEventBody, { id: r.id, at: r.at, actorId: r.actor_id });

export function listDayEvents(db: Database, day: string): DayEvent[] {
  const rows = prepared(db, 'SELECT id, at, actor_id, data FROM day_events WHERE day = ? ORDER BY id').all(
    day,
  ) as Raw[];
  return rows.map(toEvent);
}

/** The day's events after `afterId`: what was appended since a fold that ended there. */
export function listDayEventsAfter(db: Database, day: string, afterId: number): DayEvent[] {
  const rows = prepared(db, 'SELECT id, at, actor_id, data FROM day_events WHERE day = ? AND id > ? ORDER BY id').all(
    day,
    afterId,
  ) as Raw[];
  return rows.map(toEvent);
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
  const info = prepared(db, 'INSERT INTO day_events (day, at, type, actor_id, data) VALUES (?, ?, ?, ?, ?)').run(
    day,
    at,
    body.type,
    actorId,
    JSON.stringify(body),
  );
  return { ...body, id: Number(info.lastInsertRowid), at, actorId };
}

/** The most recent day before `day` that has a log (for "continue from yesterday's order"). */
export function lastLoggedDayBefore(db: Database, day: string): string | null {
  const r = prepared(db, 'SELECT day FROM day_events WHERE day < ? ORDER BY day DESC LIMIT 1').get(day) as
    { day: string } | undefined;
  return r?.day ?? null;
}
