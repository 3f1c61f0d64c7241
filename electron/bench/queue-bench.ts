import type { Database } from 'better-sqlite3';
import { listDayLog } from '../../db/queries/day-events';
import { getSetting } from '../../db/queries/settings';
import { foldDay } from '../domain/day-state';
import { localToEpoch } from '../domain/office-time';
import { createBackend } from '../services/backend';
import { createDayCache } from '../services/day-cache';
import { Timings } from './stats';

export interface QueueFigures {
  day: string;
  events: number;
  /** `foldDay` over the day's events already in memory: the queue, statuses, waiting list and receptions. */
  fold: Timings;
  /**
   * The day recomputed from its log the way a process does on its first call (a restart too): the log read from
   * SQLite without the words kept beside it, folded, and the waiting visitors' reasons read back.
   */
  readAndFold: Timings;
  /** The board every screen shows (`getBoard`: the recomputation, then names, visitor tags, open alerts). */
  board: Timings;
}

const WARM_UP = 10;

/** The bench runs with --expose-gc (scripts/bench.mjs); a test's smoke run may not. */
const collect = (globalThis as { gc?: (options: { type: 'minor' | 'major' }) => void }).gc ?? (() => undefined);

function timed(runs: number, call: () => unknown): Timings {
  for (let i = 0; i < WARM_UP; i++) call();
  const timings = new Timings();
  // Each run after a minor collection, untimed: a process recomputes the day once, not fifty times in a row, and the
  // young garbage the previous runs left (a few megabytes each) would otherwise be collected inside a later one. A
  // full collection is no fairer: it shrinks the young generation, and the next run then collects inside itself.
  for (let i = 0; i < runs; i++) {
    collect({ type: 'minor' });
    timings.time(call);
  }
  return timings;
}

/**
 * Recomputes a day's queue from its event log `runs` times after a warm-up, three ways: the fold alone, the read
 * and the fold as a process's first call does it (later calls fold only the newer events), and the board as the screens ask for
 * it at the day's end (18:00). Nothing is written.
 */
export function benchQueue(db: Database, day: string, runs: number): QueueFigures {
  const timeZone = getSetting(db, 'timeZone');
  const events = listDayLog(db, day);
  if (events.length === 0) throw new Error(`no day log on ${day}`);
  const backend = createBackend(db, { now: () => localToEpoch(day, 18 * 60, timeZone) });
  const board = () => {
    const answer = backend.dispatch('getBoard', {});
    if (answer instanceof Promise || !answer.ok) throw new Error(`getBoard failed: ${JSON.stringify(answer)}`);
  };
  return {
    day,
    events: events.length,
    fold: timed(runs, () => foldDay(day, timeZone, events)),
    readAndFold: timed(runs, () => createDayCache().fold(db, day, timeZone, true)),
    board: timed(runs, board),
  };
}
