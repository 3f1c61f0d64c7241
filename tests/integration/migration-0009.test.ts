import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

/** Version 8: a closed day with one visit, its log and a correction — the frozen records an erasure must reach. */
function versionEightOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, upTo(8));
  db.exec(`
    INSERT INTO consultants (id, name, role, pin_hash, created_at) VALUES (1, '陈总', 'supervisor', 'scrypt$x', 0);
    INSERT INTO visits (id, day, arrived_at, name, phone) VALUES (1, '2026-11-20', 100, '欧阳晓明', '13912345678');
    INSERT INTO day_events (day, at, type, data) VALUES ('2026-11-20', 100, 'visitor_left', '{"type":"visitor_left","visitId":1,"note":"欧阳晓明走了"}');
    INSERT INTO day_closes (day, closed_at, closed_by, snapshot, fingerprint)
      VALUES ('2026-11-20', 200, 1, '{"rows":[{"visitId":1,"visitor":"欧阳晓明"}]}', 'AAAA-BBBB');
    INSERT INTO sheet_amendments (day, visit_id, at, actor_id, reason, changes)
      VALUES ('2026-11-20', 1, 300, 1, '欧阳晓明来电', '[]');
  `);
  return db;
}

const FROZEN = [
  ['day_events', "data = '{}'"],
  ['day_closes', "snapshot = '{}'"],
  ['sheet_amendments', "reason = 'x'"],
] as const;

describe('migration 9: the redaction gate on the frozen tables', () => {
  it('keeps an older office’s records, with the gate closed and nothing erased', () => {
    const db = versionEightOffice();
    migrate(db, upTo(9));
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT open FROM redaction_gate').all()).toEqual([{ open: 0 }]);
    expect(db.prepare('SELECT name, erased_by FROM visits').all()).toEqual([{ name: '欧阳晓明', erased_by: null }]);
    expect(db.prepare('SELECT count(*) AS n FROM erasures').get()).toEqual({ n: 0 });
  });

  it('still refuses to change a frozen record while the gate is closed, and never lets one be deleted', () => {
    const db = versionEightOffice();
    migrate(db, upTo(9));
    for (const [table, set] of FROZEN) {
      expect(() => db.prepare(`UPDATE ${table} SET ${set}`).run()).toThrow(/append-only|final/);
      expect(() => db.prepare(`DELETE FROM ${table}`).run()).toThrow(/append-only|final/);
    }
  });

  it('lets a redaction through while the gate is open, and deletes stay refused', () => {
    const db = versionEightOffice();
    migrate(db, upTo(9));
    db.prepare('UPDATE redaction_gate SET open = 1').run();
    for (const [table, set] of FROZEN) {
      expect(db.prepare(`UPDATE ${table} SET ${set}`).run().changes).toBe(1);
      expect(() => db.prepare(`DELETE FROM ${table}`).run()).toThrow(/append-only|final/);
    }
    expect(() => db.prepare('INSERT INTO redaction_gate (id, open) VALUES (2, 1)').run()).toThrow(/CHECK/);
  });
});
