import BetterSqlite3 from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { checkInWorker } from './check-worker';
import type { Database, OpenOptions } from './connection';
import { checkpointWal, checkPassed, hasTables, quickCheck } from './queries/maintenance';

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
 * that opens read-only anywhere. It must pass quick_check (in a worker: it reads the whole copy) before it is kept.
 */
export async function copyDatabase(db: Database, dest: string, options: OpenOptions = {}): Promise<void> {
  const partial = `${dest}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    const copy = new BetterSqlite3(partial, bindingOf(options));
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    // Where no worker can run (a packaging fault), the copy is still checked: in this thread, however long it takes.
    const problems = await checkInWorker(partial, 'quick_check', options, 10).catch(() => checkHere(partial, options));
    if (!checkPassed(problems)) throw new Error(`备份副本未通过检查:${problems.join(';')}`);
    syncFile(partial);
    renameSync(partial, dest);
  } finally {
    rmSync(partial, { force: true });
  }
}

function checkHere(path: string, options: OpenOptions): string[] {
  const db = openReadOnly(path, options);
  try {
    return quickCheck(db);
  } finally {
    db.close();
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

/** A database file opened read-only, never migrated: to look at it or copy it, changing nothing. */
export function openReadOnly(path: string, options: OpenOptions = {}): Database {
  return new BetterSqlite3(path, { ...bindingOf(options), readonly: true, fileMustExist: true });
}

/**
 * Folds a log left by a crash into the file before it is copied or replaced. A file that cannot be
 * opened for this (damaged) is left as it is: whoever copies it then copies its -wal too.
 */
export function checkpointFile(path: string, options: OpenOptions = {}): boolean {
  try {
    const db = new BetterSqlite3(path, { ...bindingOf(options), fileMustExist: true });
    try {
      checkpointWal(db);
    } finally {
      db.close();
    }
    return true;
  } catch {
    return false;
  }
}

/** Looks at a database file without changing it. */
export function inspectDatabaseFile(path: string, options: OpenOptions = {}): DatabaseFileReport {
  const db = openReadOnly(path, options);
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const problems = quickCheck(db);
    return { version, problems, isFrontDesk: hasTables(db, ['settings', 'visits']) };
  } finally {
    db.close();
  }
}
