import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

/**
 * SQLite's quick_check on this connection: it reads every page but skips the index-against-table cross check.
 * It answers the single row 'ok' when nothing is wrong, else up to `max` lines describing what is. It blocks
 * for as long as reading the file takes; check-worker.ts runs it (and integrity_check) off the main thread.
 */
export function quickCheck(db: Database, max = 10): string[] {
  return (db.pragma(`quick_check(${max})`) as { quick_check: string }[]).map((r) => r.quick_check);
}

export const checkPassed = (lines: readonly string[]) => lines.length === 1 && lines[0] === 'ok';

/**
 * Copies the WAL into the database file and empties it (the next writer starts it again at 0 bytes), waiting for
 * readers: before the file is copied or replaced, when the file alone must hold everything.
 */
export function checkpointWal(db: Database): { busy: boolean; walPages: number; copied: number } {
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return { busy: row?.busy === 1, walPages: row?.log ?? 0, copied: row?.checkpointed ?? 0 };
}

/**
 * Copies what the WAL holds into the database file without waiting for anyone, and leaves the log's file as it is:
 * the next commit writes from its start again, over blocks the file system has already given it (journal_size_limit
 * keeps it small). Emptying it instead made each commit after it grow the file, and a sync that grows a file waits
 * for the file system's own journal: the check-ins just after an idle checkpoint committed in 5–14 ms instead of
 * about 1 (docs/benchmarks.md). True when every page of the log is in the file (a reader's snapshot can hold some
 * back until it ends).
 */
export function checkpointWalInPlace(db: Database): boolean {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  return row !== undefined && row.busy === 0 && row.checkpointed === row.log;
}

/** Rows this connection has changed since it opened: the idle checkpoint's sign of activity. */
export function totalChanges(db: Database): number {
  return (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
}

/** Whether every one of these tables exists: tells the office's database from any other SQLite file. */
export function hasTables(db: Database, names: readonly string[]): boolean {
  const found = prepared(
    db,
    `SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN (${names.map(() => '?').join(', ')})`,
  ).get(...names) as { n: number };
  return found.n === names.length;
}
