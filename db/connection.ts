import BetterSqlite3, { type Database } from 'better-sqlite3';
import { assertNotFromFuture, migrate } from './migrate';

export type { Database };

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (the Electron build in the kiosk). */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the office database and brings its schema up to date.
 * synchronous=FULL is set and read back on every open: better-sqlite3 reopens a WAL database at
 * NORMAL, which can lose the last acknowledged registrations on a power cut.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const db = new BetterSqlite3(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    assertNotFromFuture(db);
    if (path !== ':memory:') {
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal') throw new Error(`无法启用 WAL 日志模式(得到 ${String(mode)})`);
    }
    db.pragma('synchronous = FULL');
    if (db.pragma('synchronous', { simple: true }) !== 2) throw new Error('无法设置 synchronous=FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
