import type { Database } from 'better-sqlite3';
import { dirname } from 'node:path';
import { NoChromiumError } from '../print/find-chromium';
import { takeOverCheckpoints } from '../services/maintenance';
import { busyDay, type BusyDay } from './busy-day';
import { benchDiskCommit } from './disk-commit';
import { benchQueue, type QueueFigures } from './queue-bench';
import { benchSheet, type SheetFigures } from './sheet-bench';
import type { Timings } from './stats';

export interface FloorSizes {
  /** Visitor groups on the busy day (issue 7: 500). */
  arrivals: number;
  /** Visits on the day whose sheet is printed (issue 7: 300). */
  sheetVisits: number;
  queueRuns: number;
  sheetWarmRuns: number;
}

export interface FloorFigures {
  registration: BusyDay;
  /** Bare one-row commits on the same disk: the floor under every registration. */
  diskCommit: Timings;
  queue: QueueFigures;
  sheetDay: BusyDay;
  /** Null when no Chromium is installed to print with. */
  sheet: SheetFigures | null;
}

/**
 * The figures of a day on the floor, measured on two new days after the office's history: a busy day registered
 * through the check-in (each check-in timed), its queue recomputed from its log, and a second day with exactly
 * `sheetVisits` visits whose daily sheet is printed to PDF. Writes both days into `db`.
 */
export async function benchFloor(db: Database, sizes: FloorSizes, log: (line: string) => void): Promise<FloorFigures> {
  // As in the kiosk and serve, where upkeep checkpoints when the desk is quiet.
  takeOverCheckpoints(db);
  log(`a busy day: ${sizes.arrivals} arrivals checked in through the backend …`);
  const registration = busyDay(db, sizes.arrivals, 'bench');
  const diskCommit = benchDiskCommit(dirname(db.name), sizes.arrivals);
  log(`recomputing that day's queue from its log ${sizes.queueRuns} times …`);
  const queue = benchQueue(db, registration.day, sizes.queueRuns);
  log(`a day of ${sizes.sheetVisits} visits, and its daily sheet to PDF …`);
  const sheetDay = busyDay(db, sizes.sheetVisits, 'bench sheet');
  let sheet: SheetFigures | null = null;
  try {
    sheet = await benchSheet(db, sheetDay.day, sizes.sheetWarmRuns);
  } catch (err) {
    if (!(err instanceof NoChromiumError)) throw err;
    log('no Chromium to print with: the daily sheet is not measured');
  }
  return { registration, diskCommit, queue, sheetDay, sheet };
}
