import BetterSqlite3 from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import type { Database, OpenOptions } from './connection';
import { checkPassed, hasTables, quickCheck } from './queries/maintenance';

const bindingOf = (options: OpenOptions) => (options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});

/** Makes sure what was written reached the disk before a rename makes it the real file. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A consistent copy of the live database with SQLite's online backup API, written under a temporary
 * name and renamed when complete, so a crash mid-copy never leaves a half file that looks like a
 * backup. The copy is switched to a rollback journal: one self-contained file, no -wal beside it,
 * that opens read-only anywhere. It must pass quick_check before it is kept.
 */
export async function copyDatabase(db: Database, dest: string, options: OpenOptions = {}): Promise<void> {
  const partial = `${dest}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    const copy = new BetterSqlite3(partial, bindingOf(options));
    try {
      copy.pragma('journal_mode = DELETE');
      const problems = quickCheck(copy);
      if (!checkPassed(problems)) throw new Error(`备份副本未通过检查:${problems.join(';')}`);
    } finally {
      copy.close();
    }
    syncFile(partial);
    renameSync(partial, dest);
  } finally {
    rmSync(partial, { force: true });
  }
}

export interface DatabaseFileReport {
  /** PRAGMA user_version: the schema version the file was written by. */
  version: number;
  /** quick_check's answer: ['ok'] when sound. */
  problems: string[];
  /** It has the office's tables (not some other SQLite file). */
  isFrontDesk: boolean;
}

/** Looks at a database file without changing it: opened read-only, never migrated. */
export function inspectDatabaseFile(path: string, options: OpenOptions = {}): DatabaseFileReport {
  const db = new BetterSqlite3(path, { ...bindingOf(options), readonly: true, fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const problems = quickCheck(db);
    return { version, problems, isFrontDesk: hasTables(db, ['settings', 'visits']) };
  } finally {
    db.close();
  }
}
