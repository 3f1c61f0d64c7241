import type { Database } from 'better-sqlite3';

export const name = 'a count of the day log’s rewrites, and the office reference numbers indexed';

/**
 * Two things a registration reads on a large office, made cheap:
 *
 * - `day_log_rewrites.count` goes up with every row of `day_events` rewritten in place. The log is append-only
 *   but for an erasure (migration 9's redaction gate), so a process that keeps today's folded log in memory and
 *   reads only the newer events (services/day-cache.ts) knows from this one number when what it folded was
 *   rewritten underneath it, by this process or any other. A trigger keeps it: no writer can forget.
 * - The next office reference (C00001 …) is the highest number in use plus one; finding it read every client
 *   (100 ms on 657,315 clients, at every new walk-in). An index on that number answers max() from its end.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE day_log_rewrites (
      only   INTEGER PRIMARY KEY CHECK (only = 1),
      count  INTEGER NOT NULL
    ) STRICT;
    INSERT INTO day_log_rewrites (only, count) VALUES (1, 0);

    CREATE TRIGGER day_events_rewritten AFTER UPDATE ON day_events
    BEGIN
      UPDATE day_log_rewrites SET count = count + 1;
    END;

    CREATE INDEX clients_ref_number ON clients (CAST(substr(ref, 2) AS INTEGER)) WHERE ref GLOB 'C[0-9]*';
  `);
}
