import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/**
 * Version 4: 孙丽 was handed from 王芳 to 李雷 from the pool (override), 周强 went to 李雷 when 王芳 left
 * (successor) and was later claimed by 张伟, and 钱七 has only her first contact.
 */
function versionFourOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, MIGRATIONS.slice(0, 4));
  const consultant = db.prepare(
    "INSERT INTO consultants (id, name, role, pin_hash, created_at) VALUES (?, ?, 'consultant', 'scrypt$x', 0)",
  );
  [
    [1, '王芳'],
    [2, '李雷'],
    [3, '张伟'],
  ].forEach(([id, name]) => consultant.run(id, name));
  const client = db.prepare('INSERT INTO clients (id, ref, name, owner_id, created_at) VALUES (?, ?, ?, ?, 0)');
  client.run(5, 'C00005', '孙丽', 2);
  client.run(6, 'C00006', '周强', 3);
  client.run(7, 'C00007', '钱七', 1);
  const change = db.prepare(
    "INSERT INTO ownership_changes (client_id, from_id, to_id, at, kind, reasons) VALUES (?, ?, ?, ?, ?, '[]')",
  );
  change.run(5, null, 1, 100, 'firstContact');
  change.run(5, 1, 2, 500, 'override');
  change.run(6, 1, 2, 300, 'successor');
  change.run(6, 2, 3, 400, 'claim');
  change.run(7, null, 1, 200, 'firstContact');
  return db;
}

describe('migration 5: when the current owner was handed the client', () => {
  it('dates the hand-overs already made, and only those to the owner of today', () => {
    const db = versionFourOffice();
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT ref, owner_id, handed_over_at FROM clients ORDER BY id').all()).toEqual([
      { ref: 'C00005', owner_id: 2, handed_over_at: 500 },
      { ref: 'C00006', owner_id: 3, handed_over_at: null },
      { ref: 'C00007', owner_id: 1, handed_over_at: null },
    ]);
  });
});
