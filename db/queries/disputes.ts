import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import type { EvidenceFollowUp, EvidenceVisit } from '../../electron/domain/disputes/clash-types';
import type { Reception } from '../../electron/domain/disputes/detect';

/**
 * Who received each visit, from the day log: the last reception decided for it — the rotation's assignment,
 * or an owner's claim that took it over. Ledger imports have no log and no receiver.
 */
const RECEPTIONS = `
  WITH rec AS (
    SELECT e.id,
      json_extract(e.data, '$.visitId') AS visit_id,
      CASE e.type WHEN 'assigned' THEN json_extract(e.data, '$.consultantId') ELSE json_extract(e.data, '$.claimantId') END
        AS received_by,
      CASE e.type WHEN 'assigned' THEN json_extract(e.data, '$.ownerId') ELSE json_extract(e.data, '$.claimantId') END
        AS owner_id
    FROM day_events AS e WHERE e.type IN ('assigned', 'claimed')
  ),
  latest AS (
    SELECT rec.* FROM rec JOIN (SELECT visit_id, max(id) AS id FROM rec GROUP BY visit_id) AS m ON m.id = rec.id
  )`;

/** Pairs of records that share a phone and are held by two different consultants: the probable duplicates. */
export function listSharedPhonePairs(db: Database): [number, number][] {
  const rows = prepared(
    db,
    `SELECT DISTINCT a.client_id AS x, b.client_id AS y
       FROM client_phones AS a
       JOIN client_phones AS b ON b.phone = a.phone AND b.client_id > a.client_id
       JOIN clients AS ca ON ca.id = a.client_id
       JOIN clients AS cb ON cb.id = b.client_id
       WHERE ca.owner_id IS NOT NULL AND cb.owner_id IS NOT NULL AND ca.owner_id <> cb.owner_id
       ORDER BY x, y`,
  ).all() as { x: number; y: number }[];
  return rows.map((r) => [r.x, r.y]);
}

/** Visits of a client received by someone other than the owner the rules named (stand-ins). */
export function listStandInReceptions(db: Database): (Reception & { clientId: number })[] {
  return prepared(
    db,
    `${RECEPTIONS}
       SELECT v.id AS visitId, v.client_id AS clientId, v.arrived_at AS at,
         l.received_by AS receivedBy, l.owner_id AS ownerAtVisit
       FROM latest AS l JOIN visits AS v ON v.id = l.visit_id
       WHERE v.client_id IS NOT NULL AND l.received_by <> l.owner_id
       ORDER BY v.arrived_at, v.id`,
  ).all() as (Reception & { clientId: number })[];
}

/** The registrations of these clients, oldest first, each with its receiver when the day log has one. */
export function listEvidenceVisits(db: Database, clientIds: readonly number[]): Map<number, EvidenceVisit[]> {
  const rows = prepared(
    db,
    `${RECEPTIONS}
       SELECT v.client_id AS clientId, v.id AS visitId, v.arrived_at AS at, v.complete AS complete,
         l.received_by AS receivedBy
       FROM visits AS v LEFT JOIN latest AS l ON l.visit_id = v.id
       WHERE v.client_id IN (SELECT value FROM json_each(?))
       ORDER BY v.arrived_at, v.id`,
  ).all(JSON.stringify(clientIds)) as (Omit<EvidenceVisit, 'complete'> & { clientId: number; complete: number })[];
  const out = new Map<number, EvidenceVisit[]>(clientIds.map((id) => [id, []]));
  for (const { clientId, complete, ...v } of rows) out.get(clientId)?.push({ ...v, complete: complete === 1 });
  return out;
}

/** The follow-ups logged on these clients, oldest first. */
export function listEvidenceFollowUps(db: Database, clientIds: readonly number[]): Map<number, EvidenceFollowUp[]> {
  const rows = prepared(
    db,
    `SELECT client_id AS clientId, id, at, consultant_id AS consultantId, channel, content
       FROM follow_ups WHERE client_id IN (SELECT value FROM json_each(?)) ORDER BY at, id`,
  ).all(JSON.stringify(clientIds)) as (EvidenceFollowUp & { clientId: number })[];
  const out = new Map<number, EvidenceFollowUp[]>(clientIds.map((id) => [id, []]));
  for (const { clientId, ...f } of rows) out.get(clientId)?.push(f);
  return out;
}

/** The owner's follow-ups on a client in [from, to]: what the 二八分 rule counts. */
export function countFollowUpsBy(
  db: Database,
  clientId: number,
  consultantId: number,
  from: number,
  to: number,
): number {
  return (
    prepared(
      db,
      'SELECT count(*) AS n FROM follow_ups WHERE client_id = ? AND consultant_id = ? AND at >= ? AND at <= ?',
    ).get(clientId, consultantId, from, to) as { n: number }
  ).n;
}

/** Every client id, for the public pool (the protection rules judge them; SQL cannot, per policy). */
export function listAllClientIds(db: Database): number[] {
  return (prepared(db, 'SELECT id FROM clients ORDER BY id').all() as { id: number }[]).map((r) => r.id);
}
