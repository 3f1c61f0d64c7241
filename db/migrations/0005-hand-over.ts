import type { Database } from 'better-sqlite3';

export const name = 'clients: when the current owner was handed the client';

/**
 * A client handed to a consultant by the supervisor (from the pool, by a ruling) or to a successor has had no
 * contact with them yet; their protection counts from the hand-over, or the client would fall straight back
 * into the pool. Filled from the ownership history for hand-overs already made.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE clients ADD COLUMN handed_over_at INTEGER;
    UPDATE clients SET handed_over_at = (
      SELECT max(o.at) FROM ownership_changes AS o
       WHERE o.client_id = clients.id AND o.to_id = clients.owner_id AND o.kind IN ('override', 'successor')
    ) WHERE owner_id IS NOT NULL;
  `);
}
