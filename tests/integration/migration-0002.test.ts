import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** A database as version 1 of the app left it, with a day's work in it. */
function versionOneOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, MIGRATIONS.slice(0, 1));
  db.prepare(
    "INSERT INTO consultants (id, name, role, pin_hash, created_at) VALUES (1, '王芳', 'consultant', 'scrypt$x', 0)",
  ).run();
  db.prepare(
    "INSERT INTO visits (id, day, arrived_at, name, phone, party_size) VALUES (7, '2026-11-20', 1000, '赵六', '13900000002', 2)",
  ).run();
  return db;
}

describe('migration 2: clients and registrations', () => {
  it('keeps every visit and consultant of version 1, as incomplete registrations with no client yet', () => {
    const db = versionOneOffice();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT id, name, phone, party_size, client_id, complete FROM visits').all()).toEqual([
      { id: 7, name: '赵六', phone: '13900000002', party_size: 2, client_id: null, complete: 0 },
    ]);
    expect(db.prepare('SELECT name, successor_id FROM consultants').all()).toEqual([
      { name: '王芳', successor_id: null },
    ]);
  });

  it('refuses a visit whose needs are not JSON, and a follow-up by an unknown channel', () => {
    const db = versionOneOffice();
    migrate(db, MIGRATIONS.slice(0, 2));
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("UPDATE visits SET needs = 'three rooms' WHERE id = 7").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO clients (id, ref, name, owner_id, created_at) VALUES (1, 'C00001', '赵六', 1, 0)").run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO follow_ups (client_id, consultant_id, at, channel, content, created_at) VALUES (1, 1, 0, 'fax', '', 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('indexes match keys by kind and key, one row per client', () => {
    const db = versionOneOffice();
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare("INSERT INTO clients (id, ref, name, created_at) VALUES (1, 'C00001', '张伟', 0)").run();
    const insert = db.prepare('INSERT INTO client_keys (kind, key, client_id) VALUES (?, ?, ?)');
    insert.run('name', 'zhangwei', 1);
    expect(() => insert.run('name', 'zhangwei', 1)).toThrow(/UNIQUE/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT client_id FROM client_keys WHERE kind = 'name' AND key = 'zhangwei'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING PRIMARY KEY/);
  });
});
