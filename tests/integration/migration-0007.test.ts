import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { getConsultant } from '../../db/queries/consultants';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

type Staff = [id: number, name: string, role: 'consultant' | 'supervisor', active: 0 | 1, createdAt: number];

/** An office from before roles: supervisors and consultants, some gone. */
function versionSixOffice(staff: Staff[]): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, MIGRATIONS.slice(0, 6));
  const insert = db.prepare(
    "INSERT INTO consultants (id, name, role, active, pin_hash, created_at) VALUES (?, ?, ?, ?, 'scrypt$x', ?)",
  );
  for (const s of staff) insert.run(...s);
  return db;
}

const roles = (db: BetterSqlite3.Database) =>
  (db.prepare('SELECT id FROM consultants ORDER BY id').all() as { id: number }[]).map(
    ({ id }) => `${getConsultant(db, id)?.name}:${getConsultant(db, id)?.role}`,
  );

describe('migration 7: the admin role', () => {
  it('makes the longest-serving active supervisor the admin, so an upgraded office keeps its restore screen', () => {
    const db = versionSixOffice([
      [1, '老刘', 'supervisor', 0, 100],
      [2, '陈总', 'supervisor', 1, 200],
      [3, '王芳', 'consultant', 1, 150],
      [4, '周经理', 'supervisor', 1, 300],
    ]);
    migrate(db, MIGRATIONS.slice(0, 7));
    expect(schemaVersion(db)).toBe(7);
    expect(roles(db)).toEqual(['老刘:supervisor', '陈总:admin', '王芳:consultant', '周经理:supervisor']);
  });

  it('makes nobody admin where no supervisor is active: a consultant never becomes one', () => {
    const db = versionSixOffice([[1, '王芳', 'consultant', 1, 100]]);
    migrate(db, MIGRATIONS.slice(0, 7));
    expect(roles(db)).toEqual(['王芳:consultant']);
  });

  it('refuses an admin flag on a consultant: an admin is always a supervisor too', () => {
    const db = versionSixOffice([[1, '王芳', 'consultant', 1, 100]]);
    migrate(db, MIGRATIONS.slice(0, 7));
    expect(() => db.prepare('UPDATE consultants SET admin = 1 WHERE id = 1').run()).toThrow(/CHECK/);
  });
});
