import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** A database as version 2 of the app left it: a supervisor and a day's visit. */
function versionTwoOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, MIGRATIONS.slice(0, 2));
  db.prepare(
    "INSERT INTO consultants (id, name, role, pin_hash, created_at) VALUES (1, '陈静', 'supervisor', 'scrypt$x', 0)",
  ).run();
  db.prepare(
    "INSERT INTO visits (id, day, arrived_at, name, phone, party_size) VALUES (7, '2026-11-20', 1000, '赵六', '13900000002', 2)",
  ).run();
  return db;
}

describe('migration 3: day close and sheet amendments', () => {
  it('keeps every visit of version 2, with no day closed yet', () => {
    const db = versionTwoOffice();
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, name FROM visits').all()).toEqual([{ id: 7, name: '赵六' }]);
    expect(db.prepare('SELECT count(*) AS n FROM day_closes').get()).toEqual({ n: 0 });
  });

  it('refuses a correction of a day that was never closed, and a snapshot that is not JSON', () => {
    const db = versionTwoOffice();
    migrate(db, MIGRATIONS.slice(0, 3));
    db.pragma('foreign_keys = ON');
    const amend = db.prepare(
      "INSERT INTO sheet_amendments (day, visit_id, at, actor_id, reason, changes) VALUES ('2026-11-20', 7, 2000, 1, '笔误', '[]')",
    );
    expect(() => amend.run()).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO day_closes (day, closed_at, closed_by, snapshot, fingerprint) VALUES ('2026-11-20', 1, 1, 'rows', 'AAAA-BBBB')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO day_closes (day, closed_at, closed_by, snapshot, fingerprint) VALUES ('2026-11-20', 1, 1, '{}', 'AAAA-BBBB')",
    ).run();
    expect(amend.run().changes).toBe(1);
  });
});
