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

/** Copies the WAL into the database file and empties it (the next writer starts it again at 0 bytes). */
export function checkpointWal(db: Database): { busy: boolean; walPages: number; copied: number } {
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return { busy: row?.busy === 1, walPages: row?.log ?? 0, copied: row?.checkpointed ?? 0 };
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
