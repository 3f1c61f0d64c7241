import type { Database } from 'better-sqlite3';

export const name = 'audit_log: append-only, hash-chained record of supervisor decisions, settings, backups';

/**
 * Every entry carries the hash of the one before (electron/domain/audit-chain.ts). The triggers make
 * the table append-only for the app; whoever edits the file by other means breaks the chain, and
 * `npm run cli -- audit verify` says where. details holds ids and settings, not visitors' names or
 * phones, so erasing a client never has to touch this table.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE audit_log (
      id         INTEGER PRIMARY KEY,
      at         INTEGER NOT NULL,
      actor_id   INTEGER,
      actor_name TEXT NOT NULL,
      action     TEXT NOT NULL,
      subject    TEXT NOT NULL,
      details    TEXT NOT NULL CHECK (json_valid(details)),
      prev_hash  TEXT NOT NULL,
      hash       TEXT NOT NULL UNIQUE
    ) STRICT;
    CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  `);
}
