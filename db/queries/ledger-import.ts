import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

/** The client already has a visit at that instant: the same ledger line imported before. */
export function hasVisitAt(db: Database, clientId: number, arrivedAt: number): boolean {
  return (
    prepared(db, 'SELECT 1 FROM visits WHERE client_id = ? AND arrived_at = ? LIMIT 1').get(clientId, arrivedAt) !==
    undefined
  );
}
