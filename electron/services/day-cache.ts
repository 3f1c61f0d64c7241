import type { Database } from 'better-sqlite3';
import { dayLogRewrites, listDayLog, listDayLogAfter } from '../../db/queries/day-events';
import type { LoggedDayEvent } from '../domain/day-events';
import { applyEvent, cloneDay, foldDay, type DayState } from '../domain/day-state';
import { withWaitingReasons } from './decision-reasons';

/**
 * Today's log folded once and kept between calls. Each call reads only the events appended since — by this process
 * or any other: they all write the one file — instead of reading and parsing the whole day again (a busy day's log
 * is hundreds of kilobytes of JSON, and reading it was most of every check-in). The answer is the same as folding
 * the whole log (tests/integration/day-cache.test.ts); the log stays the only truth.
 *
 * The log is read without the words kept beside it (migration 14): what is returned has its waiting visitors' reasons
 * put back, since the rotation carries them into its next decision; a reception's reasons are read where shown.
 *
 * The fold is dropped when the day or its time zone changes and when the log was rewritten in place (an erasure,
 * counted in `day_log_rewrites`, migration 12).
 */
export interface DayCache {
  /**
   * The day folded from its log: the caller's own copy, to apply its events to. `committed`: nothing the read can
   * see is uncommitted (no transaction of the caller's has written yet). Otherwise the fold is not kept: it may hold
   * events that are then rolled back, whose ids the next events take.
   */
  fold(db: Database, day: string, timeZone: string, committed: boolean): DayState;
}

interface Kept {
  day: string;
  timeZone: string;
  rewrites: number;
  lastId: number;
  state: DayState;
}

function foldOnto(state: DayState, events: readonly LoggedDayEvent[]): DayState {
  for (const e of events) applyEvent(state, e);
  return state;
}

export function createDayCache(): DayCache {
  let kept: Kept | null = null;
  return {
    fold(db, day, timeZone, committed) {
      const rewrites = dayLogRewrites(db);
      if (kept && kept.day === day && kept.timeZone === timeZone && kept.rewrites === rewrites) {
        const newer = listDayLogAfter(db, day, kept.lastId);
        if (!committed) return withWaitingReasons(db, foldOnto(cloneDay(kept.state), newer));
        foldOnto(kept.state, newer);
        kept.lastId = newer.at(-1)?.id ?? kept.lastId;
        return withWaitingReasons(db, cloneDay(kept.state));
      }
      const events = listDayLog(db, day);
      const state = foldDay(day, timeZone, events);
      if (!committed) return withWaitingReasons(db, state);
      kept = { day, timeZone, rewrites, lastId: events.at(-1)?.id ?? 0, state };
      return withWaitingReasons(db, cloneDay(state));
    },
  };
}
