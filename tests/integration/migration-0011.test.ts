import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

/**
 * Version 10: 张伟 (visited at 100, followed up at 300) and 张薇 (visited at 200), both keyed under the sound
 * zhangwei, and 李雷, who was never seen (a ledger import), with his phone keys.
 */
function versionTenOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, upTo(10));
  const client = db.prepare(
    'INSERT INTO clients (id, ref, name, last_visit_at, last_follow_up_at, created_at) VALUES (?, ?, ?, ?, ?, 0)',
  );
  client.run(1, 'C00001', '张伟', 100, 300);
  client.run(2, 'C00002', '张薇', 200, null);
  client.run(3, 'C00003', '李雷', null, null);
  const key = db.prepare('INSERT INTO client_keys (kind, key, client_id) VALUES (?, ?, ?)');
  for (const id of [1, 2]) {
    key.run('name', 'zhangwei', id);
    key.run('fuzzy', 'zalwei', id);
  }
  key.run('name', 'lilei', 3);
  key.run('phone', '13900000001', 3);
  key.run('last4', '0001', 3);
  return db;
}

const keysOf = (db: BetterSqlite3.Database) =>
  db.prepare('SELECT kind, key, client_id AS id, seen_at AS seenAt FROM client_keys ORDER BY client_id, kind').all();

const latestFor = (db: BetterSqlite3.Database, kind: string, key: string) =>
  db
    .prepare(
      `SELECT client_id AS id FROM client_keys WHERE kind IN ('name', 'fuzzy') AND kind = ? AND key = ?
       ORDER BY seen_at DESC`,
    )
    .all(kind, key)
    .map((r) => (r as { id: number }).id);

describe('migration 11: name keys carry their client’s last contact', () => {
  it('gives every name key of an existing office its client’s last visit or follow-up, and phone keys none', () => {
    const db = versionTenOffice();
    migrate(db, upTo(11));
    expect(schemaVersion(db)).toBe(11);
    expect(keysOf(db)).toEqual([
      { kind: 'fuzzy', key: 'zalwei', id: 1, seenAt: 300 },
      { kind: 'name', key: 'zhangwei', id: 1, seenAt: 300 },
      { kind: 'fuzzy', key: 'zalwei', id: 2, seenAt: 200 },
      { kind: 'name', key: 'zhangwei', id: 2, seenAt: 200 },
      { kind: 'last4', key: '0001', id: 3, seenAt: null },
      { kind: 'name', key: 'lilei', id: 3, seenAt: 0 },
      { kind: 'phone', key: '13900000001', id: 3, seenAt: null },
    ]);
    expect(latestFor(db, 'name', 'zhangwei')).toEqual([1, 2]);
  });

  it('walks a name’s clients newest first on the partial index, without a sort', () => {
    const db = versionTenOffice();
    migrate(db, upTo(11));
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT client_id FROM client_keys
         WHERE kind IN ('name', 'fuzzy') AND kind = 'name' AND key = 'zhangwei' ORDER BY seen_at DESC LIMIT 5`,
      )
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain('client_keys_name_seen');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('keeps the order in step with visits and follow-ups, whatever writes them', () => {
    const db = versionTenOffice();
    migrate(db, upTo(11));
    db.prepare('UPDATE clients SET last_visit_at = 400 WHERE id = 2').run();
    expect(latestFor(db, 'name', 'zhangwei')).toEqual([2, 1]);
    db.prepare('UPDATE clients SET last_follow_up_at = 500 WHERE id = 1').run();
    expect(latestFor(db, 'fuzzy', 'zalwei')).toEqual([1, 2]);
    expect(keysOf(db).filter((k) => (k as { kind: string }).kind === 'phone')).toEqual([
      { kind: 'phone', key: '13900000001', id: 3, seenAt: null },
    ]);
  });

  it('gives a name key written later its client’s last contact (a renamed client, a new registration)', () => {
    const db = versionTenOffice();
    migrate(db, upTo(11));
    db.prepare("UPDATE clients SET name = '李磊', last_visit_at = 600 WHERE id = 3").run();
    db.prepare('DELETE FROM client_keys WHERE client_id = 3').run();
    db.prepare("INSERT INTO client_keys (kind, key, client_id) VALUES ('name', 'lilei', 3)").run();
    expect(latestFor(db, 'name', 'lilei')).toEqual([3]);
    expect(db.prepare('SELECT seen_at AS seenAt FROM client_keys WHERE client_id = 3').get()).toEqual({ seenAt: 600 });
  });
});
