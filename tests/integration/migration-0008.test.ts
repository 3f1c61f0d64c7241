import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** Version 7: an office with its supervisor, before any device could be paired. */
function versionSevenOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, MIGRATIONS.slice(0, 7));
  db.prepare(
    "INSERT INTO consultants (id, name, role, pin_hash, created_at) VALUES (1, '陈总', 'supervisor', 'scrypt$x', 0)",
  ).run();
  return db;
}

const insert = (db: BetterSqlite3.Database, name: string, hash: string) =>
  db
    .prepare('INSERT INTO device_tokens (name, token_hash, paired_at, paired_by) VALUES (?, ?, 100, 1)')
    .run(name, hash);

describe('migration 8: devices on the office LAN', () => {
  it('starts an office with no paired device, its staff untouched', () => {
    const db = versionSevenOffice();
    migrate(db, MIGRATIONS.slice(0, 8));
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT count(*) AS n FROM device_tokens').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT name FROM consultants').all()).toEqual([{ name: '陈总' }]);
  });

  it('holds a SHA-256 per device, never the same twice, and a name a person can read', () => {
    const db = versionSevenOffice();
    migrate(db, MIGRATIONS.slice(0, 8));
    insert(db, '二楼平板', 'a'.repeat(64));
    expect(() => insert(db, '另一台', 'a'.repeat(64))).toThrow(/UNIQUE/);
    expect(() => insert(db, '明文令牌', 'not-a-hash')).toThrow(/CHECK/);
    expect(() => insert(db, '', 'b'.repeat(64))).toThrow(/CHECK/);
  });
});
