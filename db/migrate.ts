import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`数据库版本 ${found} 比本程序支持的版本 ${supported} 新:请使用新版本的前台程序打开。`);
    this.name = 'DatabaseFromFutureError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** A database written by a newer app is refused before anything, even its journal mode, is changed. */
export function assertNotFromFuture(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseFromFutureError(current, latest);
}

/**
 * Brings the database up to date in one transaction: either every pending migration applies,
 * or the file is left exactly as it was. A database newer than the app is refused, never touched
 * (a kiosk may be rolled back to an older version).
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  assertNotFromFuture(db, migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return latest;
}
