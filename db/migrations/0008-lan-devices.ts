import type { Database } from 'better-sqlite3';

export const name = 'device_tokens: browsers on the office LAN paired at the kiosk';

/**
 * A device paired with the kiosk's one-time code holds a random token; only its SHA-256 is kept,
 * so a copy of the database lets nobody in. A revoked device keeps its row (who paired it, when,
 * when it was revoked) for the LAN tab and the audit log; revoking is final — pairing again makes a
 * new row.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE device_tokens (
      id           INTEGER PRIMARY KEY,
      name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
      token_hash   TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
      paired_at    INTEGER NOT NULL,
      paired_by    INTEGER REFERENCES consultants (id),
      last_seen_at INTEGER,
      revoked_at   INTEGER
    ) STRICT;
  `);
}
