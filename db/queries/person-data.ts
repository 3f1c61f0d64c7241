import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

/**
 * Reading everything held about one person: their client records, their registrations, the
 * registrations that named them as referrer. Phones in visits are stored as typed, so the caller
 * normalizes them (electron/domain/match/phone.ts) over the candidates these return.
 */

/** Every visit's phone as typed, not yet erased; the caller keeps those that normalize to the number. */
export function listVisitPhones(db: Database): { id: number; phone: string }[] {
  return prepared(db, 'SELECT id, phone FROM visits WHERE phone IS NOT NULL AND erased_by IS NULL').all() as {
    id: number;
    phone: string;
  }[];
}

/** Registrations where the visitor named a referrer who is not on file (a name and phone typed in). */
export function listTypedReferrers(db: Database): { visitId: number; name: string | null; phone: string | null }[] {
  return prepared(
    db,
    `SELECT id AS visitId, json_extract(answers, '$.referredBy.name') AS name,
         json_extract(answers, '$.referredBy.phone') AS phone
       FROM visits
       WHERE erased_by IS NULL AND json_extract(answers, '$.referredBy.phone') IS NOT NULL`,
  ).all() as { visitId: number; name: string | null; phone: string | null }[];
}

export interface PersonClientRow {
  id: number;
  ref: string;
  name: string;
  gender: 'male' | 'female' | null;
  ownerName: string | null;
  referredByRef: string | null;
  firstVisitAt: number | null;
  lastVisitAt: number | null;
  lastFollowUpAt: number | null;
  createdAt: number;
}

const json = (ids: readonly number[]) => JSON.stringify(ids);

export function listPersonClients(db: Database, ids: readonly number[]): PersonClientRow[] {
  return prepared(
    db,
    `SELECT c.id, c.ref, c.name, c.gender, k.name AS ownerName, r.ref AS referredByRef,
         c.first_visit_at AS firstVisitAt, c.last_visit_at AS lastVisitAt, c.last_follow_up_at AS lastFollowUpAt,
         c.created_at AS createdAt
       FROM clients c LEFT JOIN consultants k ON k.id = c.owner_id LEFT JOIN clients r ON r.id = c.referred_by
       WHERE c.id IN (SELECT value FROM json_each(?)) AND c.erased_by IS NULL ORDER BY c.id`,
  ).all(json(ids)) as PersonClientRow[];
}

export function listPhonesOf(db: Database, clientIds: readonly number[]): { clientId: number; phone: string }[] {
  return prepared(
    db,
    `SELECT client_id AS clientId, phone FROM client_phones
       WHERE client_id IN (SELECT value FROM json_each(?)) ORDER BY client_id, phone`,
  ).all(json(clientIds)) as { clientId: number; phone: string }[];
}

/** Visits of the clients, plus the loose ones given by id (registrations that typed the number). */
export function personVisitIds(db: Database, clientIds: readonly number[], visitIds: readonly number[]): number[] {
  return (
    prepared(
      db,
      `SELECT id FROM visits WHERE erased_by IS NULL AND (client_id IN (SELECT value FROM json_each(?))
           OR id IN (SELECT value FROM json_each(?))) ORDER BY arrived_at, id`,
    ).all(json(clientIds), json(visitIds)) as { id: number }[]
  ).map((r) => r.id);
}

export interface PersonVisitRow {
  id: number;
  day: string;
  arrivedAt: number;
  clientId: number | null;
  name: string | null;
  gender: string | null;
  phone: string | null;
  partySize: number;
  channel: string | null;
  intent: string | null;
  needs: string | null;
  party: string | null;
  answers: string | null;
  notes: string | null;
  complete: number;
}

export function listPersonVisits(db: Database, ids: readonly number[]): PersonVisitRow[] {
  return prepared(
    db,
    `SELECT id, day, arrived_at AS arrivedAt, client_id AS clientId, name, gender, phone, party_size AS partySize,
         channel, intent, needs, party, answers, notes, complete
       FROM visits WHERE id IN (SELECT value FROM json_each(?)) ORDER BY arrived_at, id`,
  ).all(json(ids)) as PersonVisitRow[];
}

export function listFollowUpsOf(db: Database, clientIds: readonly number[]) {
  return prepared(
    db,
    `SELECT f.client_id AS clientId, f.at, f.channel, f.content, f.reaction, k.name AS consultant
       FROM follow_ups f JOIN consultants k ON k.id = f.consultant_id
       WHERE f.client_id IN (SELECT value FROM json_each(?)) ORDER BY f.at`,
  ).all(json(clientIds)) as {
    clientId: number;
    at: number;
    channel: string;
    content: string;
    reaction: string | null;
    consultant: string;
  }[];
}

export function listOwnershipOf(db: Database, clientIds: readonly number[]) {
  return prepared(
    db,
    `SELECT o.client_id AS clientId, o.at, o.kind, f.name AS fromName, t.name AS toName
       FROM ownership_changes o LEFT JOIN consultants f ON f.id = o.from_id LEFT JOIN consultants t ON t.id = o.to_id
       WHERE o.client_id IN (SELECT value FROM json_each(?)) ORDER BY o.at, o.id`,
  ).all(json(clientIds)) as {
    clientId: number;
    at: number;
    kind: string;
    fromName: string | null;
    toName: string | null;
  }[];
}

export function listSalesOf(db: Database, clientIds: readonly number[]) {
  return prepared(
    db,
    `SELECT s.id, s.client_id AS clientId, s.sold_on AS soldOn, s.unit, s.amount_fen AS amountFen, k.name AS closer
       FROM sales s JOIN consultants k ON k.id = s.closer_id
       WHERE s.client_id IN (SELECT value FROM json_each(?)) ORDER BY s.sold_on, s.id`,
  ).all(json(clientIds)) as {
    id: number;
    clientId: number;
    soldOn: string;
    unit: string | null;
    amountFen: number | null;
    closer: string;
  }[];
}

export function listRulingsOf(db: Database, clientIds: readonly number[]) {
  return prepared(
    db,
    `SELECT id, client_id AS clientId, kind, action, decided_at AS decidedAt FROM rulings
       WHERE client_id IN (SELECT value FROM json_each(?)) ORDER BY decided_at, id`,
  ).all(json(clientIds)) as { id: number; clientId: number; kind: string; action: string; decidedAt: number }[];
}

/** Closed days' frozen sheets that carry one of the visits. */
export function listClosedSnapshots(db: Database, days: readonly string[]): { day: string; snapshot: string }[] {
  return prepared(
    db,
    `SELECT day, snapshot FROM day_closes WHERE day IN (SELECT value FROM json_each(?)) ORDER BY day`,
  ).all(JSON.stringify(days)) as { day: string; snapshot: string }[];
}

export function listAmendmentsOfVisits(db: Database, visitIds: readonly number[]) {
  return prepared(
    db,
    `SELECT id, day, visit_id AS visitId, at, reason, changes FROM sheet_amendments
       WHERE visit_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(json(visitIds)) as { id: number; day: string; visitId: number; at: number; reason: string; changes: string }[];
}

/** Registrations whose visitor named one of the clients as referrer (老带新, on file). */
export function listReferralsOfClients(db: Database, clientIds: readonly number[]): number[] {
  return (
    prepared(
      db,
      `SELECT id FROM visits
         WHERE json_extract(answers, '$.referredBy.clientId') IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ).all(json(clientIds)) as { id: number }[]
  ).map((r) => r.id);
}

export function listDaysOfVisits(db: Database, visitIds: readonly number[]): string[] {
  return (
    prepared(db, 'SELECT DISTINCT day FROM visits WHERE id IN (SELECT value FROM json_each(?)) ORDER BY day').all(
      json(visitIds),
    ) as { day: string }[]
  ).map((r) => r.day);
}
