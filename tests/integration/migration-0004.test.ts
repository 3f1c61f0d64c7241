import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** A database as version 3 left it: a consultant and a client of theirs. */
function versionThreeOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, MIGRATIONS.slice(0, 3));
  db.prepare(
    "INSERT INTO consultants (id, name, role, pin_hash, created_at) VALUES (1, '王芳', 'consultant', 'scrypt$x', 0)",
  ).run();
  db.prepare("INSERT INTO clients (id, ref, name, owner_id, created_at) VALUES (5, 'C00005', '孙丽', 1, 0)").run();
  return db;
}

describe('migration 4: rulings, merges, sales and splits', () => {
  it('keeps the clients of version 3 and starts with no rulings or sales', () => {
    const db = versionThreeOffice();
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT ref, owner_id FROM clients').all()).toEqual([{ ref: 'C00005', owner_id: 1 }]);
    for (const table of ['rulings', 'client_merges', 'sales', 'sale_splits']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('refuses a ruling without a reason, a share above 100%, and an override without its reason', () => {
    const db = versionThreeOffice();
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(() =>
      db
        .prepare(
          `INSERT INTO rulings (clash_key, kind, client_id, owner_id, other_id, action, note, decided_by, decided_at,
             clash, reasons) VALUES ('dup:1-2', 'samePerson', 5, 1, 1, 'merge', '  ', 1, 0, '{}', '[]')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    const sale = db.prepare(
      `INSERT INTO sales (client_id, sold_on, closer_id, split_policy, overridden, note, recorded_by, recorded_at, reasons)
       VALUES (5, '2026-11-20', 1, '{}', ?, ?, 1, 0, '[]')`,
    );
    expect(() => sale.run(1, null)).toThrow(/CHECK/);
    const id = Number(sale.run(0, null).lastInsertRowid);
    expect(() =>
      db
        .prepare(
          `INSERT INTO sale_splits (sale_id, consultant_id, role, share_bp, fraction_num, fraction_den)
           VALUES (?, 1, 'closer', 10001, 1, 1)`,
        )
        .run(id),
    ).toThrow(/CHECK/);
  });
});
