import BetterSqlite3, { type Database } from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { assertNotFromFuture, DatabaseFromFutureError, migrate } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { checkPassed, quickCheck } from './queries/maintenance';
import { openingFailure } from './sqlite-errors';

export type { Database };

/**
 * The WAL's file is cut back to this size when a commit starts it again after a checkpoint, so a busy day cannot leave
 * a huge file behind (until that commit it keeps its size).
 */
export const JOURNAL_SIZE_LIMIT = 4 * 1024 * 1024;

/** quick_check found damage (at start, or in the check right after it): the app stops writing into the file. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(
      `数据库文件未通过完整性检查,为免损坏更多数据,程序不会写入。请联系管理员从备份恢复(数据文件夹的 backups 文件夹)。` +
        `\n文件:${file}\n检查结果:${problems.slice(0, 3).join(';')}`,
    );
    this.name = 'DatabaseDamagedError';
  }
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (the Electron build in the kiosk). */
  nativeBinding?: string;
  /** The app's migrations; a test passes one that fails, to see what the user is told. */
  migrations?: readonly Migration[];
  /**
   * Run quick_check before anything else (it reads the whole file: a minute on a million-visit office).
   * Default: only when the last session did not close the file (`leftUnclosed`); otherwise the kiosk and serve
   * check it in the background right after start (maintenance.ts).
   */
  quickCheck?: boolean;
}

/** Beside the database while the kiosk or serve has it open (`markInUse`); removed once they closed it cleanly. */
const inUseMark = (path: string) => `${path}.in-use`;

/**
 * The kiosk and serve say they have the file open, before the desk can write: if the power goes, even while all is
 * quiet and the log was just folded into the file, the next start knows the file was not closed.
 */
export function markInUse(path: string): void {
  const fd = openSync(inUseMark(path), 'w');
  try {
    writeSync(fd, `${process.pid}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** After a clean close of the database by the kiosk or serve. */
export function markClosedCleanly(path: string): void {
  rmSync(inUseMark(path), { force: true });
}

/**
 * Whether the last program to write the database did not close it: the kiosk or serve left its in-use mark (a
 * crash, a power cut, a stop on damage), or any program left its write-ahead log's file with anything in it (a clean
 * close removes it; upkeep keeps it between checkpoints, and pages already copied count too: telling them apart
 * would mean reading the log). That is when a disk that lied about a write shows damage, so that is when the file is
 * checked before the desk may write.
 */
export function leftUnclosed(path: string): boolean {
  if (path === ':memory:') return false;
  const wal = `${path}-wal`;
  return existsSync(inUseMark(path)) || (existsSync(wal) && statSync(wal).size > 0);
}

/**
 * Opens (creating if needed) the office database and brings its schema up to date.
 * synchronous=FULL is set and read back on every open: better-sqlite3 reopens a WAL database at
 * NORMAL, which can lose the last acknowledged registrations on a power cut. A file from a newer app, or
 * one left unclosed by a crash that fails quick_check, is refused before anything is written to it.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const checkFirst = options.quickCheck ?? leftUnclosed(path);
  let db: Database;
  try {
    db = new BetterSqlite3(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (err) {
    throw plainOpeningError(err, path);
  }
  try {
    assertNotFromFuture(db, options.migrations);
    if (path !== ':memory:') {
      if (checkFirst) {
        const problems = quickCheck(db);
        if (!checkPassed(problems)) throw new DatabaseDamagedError(path, problems);
      }
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal') throw new Error(`无法启用 WAL 日志模式(得到 ${String(mode)})`);
    }
    db.pragma('synchronous = FULL');
    if (db.pragma('synchronous', { simple: true }) !== 2) throw new Error('无法设置 synchronous=FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
    upgrade(db, options.migrations);
    return db;
  } catch (err) {
    db.close();
    throw plainOpeningError(err, path);
  }
}

/** migrate() runs every pending migration in one transaction, so a failure leaves the file as it was. */
function upgrade(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  try {
    migrate(db, migrations);
  } catch (err) {
    if (err instanceof DatabaseFromFutureError || openingFailure(err) !== null) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new Error(`升级数据库失败,数据库保持原样、未作任何改动。请使用原来版本的前台程序,并联系管理员。(${detail})`, {
      cause: err,
    });
  }
}

/** A disk fault at start (read-only folder, locked, damaged) said in words the office can act on. */
function plainOpeningError(err: unknown, path: string): unknown {
  const message = openingFailure(err);
  if (message === null) return err;
  return new Error(`${message}\n文件:${path}(${err instanceof Error ? err.message : String(err)})`, { cause: err });
}
