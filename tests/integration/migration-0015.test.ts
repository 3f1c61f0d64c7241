import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import {
  insertConsultant,
  markDeparted,
  recordPinResult,
  setPinHash,
  staffChanges,
  updateConsultant,
} from '../../db/queries/consultants';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** Version 14: an office with its staff already on the books. */
function versionFourteenOffice(): { db: BetterSqlite3.Database; wang: number } {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 14),
  );
  const staff = db.prepare(
    "INSERT INTO consultants (name, role, pin_hash, created_at) VALUES (?, 'consultant', 'hash', 0)",
  );
  const wang = Number(staff.run('王芳').lastInsertRowid);
  staff.run('李雷');
  return { db, wang };
}

describe('migration 15: the changes to the staff list counted', () => {
  it('counts from zero at the upgrade, one for each hire, edit or departure', () => {
    const { db, wang } = versionFourteenOffice();
    migrate(db, MIGRATIONS);
    expect(staffChanges(db)).toBe(0);
    insertConsultant(db, { name: '张伟', phone: null, role: 'consultant', photo: null, pinHash: 'h', createdAt: 1 });
    updateConsultant(db, wang, { name: '王芳', phone: '13800000000', role: 'consultant', photo: null });
    markDeparted(db, wang, 2, null);
    expect(staffChanges(db)).toBe(3);
  });

  it('does not count what the list does not show: PIN attempts and new PINs', () => {
    const { db, wang } = versionFourteenOffice();
    migrate(db, MIGRATIONS);
    recordPinResult(db, wang, 3, 60_000);
    setPinHash(db, wang, 'a new hash');
    expect(staffChanges(db)).toBe(0);
  });
});
