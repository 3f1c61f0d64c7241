import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import type { Reason } from '../../electron/domain/reasons';

export type OwnershipChangeKind = 'firstContact' | 'lapsed' | 'claim' | 'successor' | 'override' | 'import';

export interface OwnershipChange {
  clientId: number;
  fromId: number | null;
  toId: number | null;
  at: number;
  actorId: number | null;
  kind: OwnershipChangeKind;
  reasons: Reason[];
}

/** Every change of a client's owner is kept with who did it and why; the client row holds only the current owner. */
export function insertOwnershipChange(db: Database, c: OwnershipChange): void {
  prepared(
    db,
    `INSERT INTO ownership_changes (client_id, from_id, to_id, at, actor_id, kind, reasons)
     VALUES (@clientId, @fromId, @toId, @at, @actorId, @kind, @reasons)`,
  ).run({ ...c, reasons: JSON.stringify(c.reasons) });
}

export function listOwnershipChanges(db: Database, clientId: number): OwnershipChange[] {
  const rows = prepared(
    db,
    `SELECT client_id AS clientId, from_id AS fromId, to_id AS toId, at, actor_id AS actorId, kind, reasons
       FROM ownership_changes WHERE client_id = ? ORDER BY at, id`,
  ).all(clientId) as (Omit<OwnershipChange, 'reasons'> & { reasons: string })[];
  return rows.map((r) => ({ ...r, reasons: JSON.parse(r.reasons) as OwnershipChange['reasons'] }));
}

/** How many clients each departed consultant's departure moved (kind 'successor', from them), by consultant. */
export function countDepartureMoves(db: Database): Map<number, number> {
  const rows = prepared(
    db,
    `SELECT from_id AS id, count(DISTINCT client_id) AS n FROM ownership_changes
       WHERE kind = 'successor' AND from_id IS NOT NULL GROUP BY from_id`,
  ).all() as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}
