import type { Database } from 'better-sqlite3';

export const name = 'consultants.admin: the administrator role (backups, restore, audit, personal-data requests)';

/**
 * An administrator is a supervisor who also looks after the system. SQLite cannot change the role
 * column's CHECK without rebuilding a table half the schema points at, so the role is a flag beside
 * it; the queries fold the two into one role. An office upgrading keeps its restore and audit
 * screens: its longest-serving active supervisor becomes the administrator.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE consultants ADD COLUMN admin INTEGER NOT NULL DEFAULT 0
      CHECK (admin = 0 OR (admin = 1 AND role = 'supervisor'));
    UPDATE consultants SET admin = 1
     WHERE id = (SELECT id FROM consultants WHERE role = 'supervisor' AND active = 1 ORDER BY created_at, id LIMIT 1);
  `);
}
