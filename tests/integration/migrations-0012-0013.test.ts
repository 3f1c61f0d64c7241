import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { HIGHEST_REF_NUMBER, nextClientRef } from '../../db/queries/clients';
import { dayLogRewrites } from '../../db/queries/day-events';
import { setRedactionGate } from '../../db/queries/erasure';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

/** Version 11: clients under the office's references and an imported ledger's own, and a day's log. */
function versionElevenOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, upTo(11));
  const client = db.prepare('INSERT INTO clients (ref, name, created_at) VALUES (?, ?, 0)');
  for (const ref of ['C00001', 'C00002', 'C00999', 'C100000', 'L-2023-17', 'Cabc']) client.run(ref, ref);
  const event = db.prepare('INSERT INTO day_events (day, at, type, actor_id, data) VALUES (?, ?, ?, NULL, ?)');
  event.run('2026-11-20', 1, 'rotation_suspended', JSON.stringify({ type: 'rotation_suspended', note: '午休' }));
  return db;
}

describe('migration 12: the day log’s rewrites counted, the office references indexed', () => {
  it('counts every row of the day log rewritten in place, from zero at the upgrade', () => {
    const db = versionElevenOffice();
    migrate(db, MIGRATIONS);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(12);
    expect(dayLogRewrites(db)).toBe(0);
    setRedactionGate(db, true);
    db.prepare("UPDATE day_events SET data = json_set(data, '$.note', '已删除')").run();
    setRedactionGate(db, false);
    expect(dayLogRewrites(db)).toBe(1);
  });

  it('finds the next office reference off the end of its index, past imported references', () => {
    const db = versionElevenOffice();
    migrate(db, MIGRATIONS);
    expect(nextClientRef(db)).toBe('C100001');
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${HIGHEST_REF_NUMBER}`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail)).toEqual(['SCAN clients USING INDEX clients_ref_number']);
  });
});

describe('migration 13: the open alerts indexed by themselves', () => {
  it('lists the alerts nobody acknowledged off their own index, oldest first', () => {
    const db = new BetterSqlite3(':memory:');
    open.push(db);
    migrate(db, MIGRATIONS);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM owner_alerts WHERE acknowledged_at IS NULL ORDER BY created_at, id')
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail)).toEqual(['SCAN owner_alerts USING INDEX owner_alerts_unacknowledged']);
  });
});
