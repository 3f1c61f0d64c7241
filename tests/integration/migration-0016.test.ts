import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** Version 15: 张伟's keys as they were stored then, a masked copy of his mobile per digit among them. */
function versionFifteenOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 15),
  );
  db.prepare(
    "INSERT INTO clients (id, ref, name, first_visit_at, last_visit_at, created_at) VALUES (1, 'C00001', '张伟', 5, 5, 5)",
  ).run();
  const key = db.prepare('INSERT INTO client_keys (kind, key, client_id) VALUES (?, ?, 1)');
  key.run('phone', '13812345678');
  key.run('last4', '5678');
  key.run('name', 'zhangwei');
  key.run('fuzzy', 'zalwei');
  for (let at = 1; at < 11; at++) key.run('phoneMask', `${'13812345678'.slice(0, at)}_${'13812345678'.slice(at + 1)}`);
  return db;
}

const keysOf = (db: BetterSqlite3.Database) =>
  db.prepare('SELECT kind, key FROM client_keys WHERE client_id = 1 ORDER BY kind, key').all();

describe('migration 16: one digit off found without stored masks', () => {
  it('removes the masks and keeps every other key of the client, seen_at included', () => {
    const db = versionFifteenOffice();
    expect(keysOf(db)).toHaveLength(14);
    migrate(db, MIGRATIONS);
    expect(keysOf(db)).toEqual([
      { kind: 'fuzzy', key: 'zalwei' },
      { kind: 'last4', key: '5678' },
      { kind: 'name', key: 'zhangwei' },
      { kind: 'phone', key: '13812345678' },
    ]);
    expect(db.prepare("SELECT seen_at FROM client_keys WHERE kind = 'name'").pluck().get()).toBe(5);
  });

  it("finds a client's keys by the client again, through the index built anew", () => {
    const db = versionFifteenOffice();
    migrate(db, MIGRATIONS);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT kind, key FROM client_keys WHERE client_id = 1 AND kind = 'phone'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('client_keys_client');
  });
});
