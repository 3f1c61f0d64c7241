import type { Database } from 'better-sqlite3';
import type { DayEventBody } from '../../electron/domain/day-events';
import { prepared } from '../statements';
import { splitEvent } from './day-events';

/**
 * The writes of an erasure (electron/services/erase-person.ts). The frozen tables' UPDATE triggers
 * let a write through only while the redaction gate is open (migration 9); the service opens and
 * closes it inside its one transaction.
 */

const json = (values: readonly (number | string)[]) => JSON.stringify(values);

export function insertErasure(db: Database, at: number, kind: 'request' | 'retention'): number {
  return Number(prepared(db, 'INSERT INTO erasures (at, kind) VALUES (?, ?)').run(at, kind).lastInsertRowid);
}

export function setRedactionGate(db: Database, open: boolean): void {
  prepared(db, 'UPDATE redaction_gate SET open = ? WHERE id = 1').run(open ? 1 : 0);
}

/**
 * The days' log events about the given visits or client records, found by the ids in their bodies —
 * never by their words, which would find a namesake's events too. Each is whole: its explanation
 * (kept beside it since migration 14) merged back, so the redaction sees every word.
 */
export function listDayEventsOf(
  db: Database,
  days: readonly string[],
  visitIds: readonly number[],
  clientIds: readonly number[],
): { id: number; visitId: number | null; data: string }[] {
  const rows = prepared(
    db,
    `SELECT e.id, json_extract(e.data, '$.visitId') AS visitId, e.data, x.data AS explanation FROM day_events AS e
       LEFT JOIN day_event_reasons AS x ON x.event_id = e.id
       WHERE e.day IN (SELECT value FROM json_each(@days))
         AND (json_extract(e.data, '$.visitId') IN (SELECT value FROM json_each(@visits))
           OR json_extract(e.data, '$.clientId') IN (SELECT value FROM json_each(@clients)))
       ORDER BY e.id`,
  ).all({ days: json(days), visits: json(visitIds), clients: json(clientIds) }) as {
    id: number;
    visitId: number | null;
    data: string;
    explanation: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    visitId: r.visitId,
    data:
      r.explanation === null
        ? r.data
        : JSON.stringify(Object.assign(JSON.parse(r.data) as object, JSON.parse(r.explanation) as object)),
  }));
}

/** A whole event written back where it is kept: split again if its explanation is kept beside it. */
export function setDayEventData(db: Database, id: number, data: string): void {
  const besides = prepared(db, 'SELECT 1 FROM day_event_reasons WHERE event_id = ?').get(id) !== undefined;
  if (!besides) {
    prepared(db, 'UPDATE day_events SET data = ? WHERE id = ?').run(data, id);
    return;
  }
  const split = splitEvent(JSON.parse(data) as DayEventBody);
  prepared(db, 'UPDATE day_events SET data = ? WHERE id = ?').run(split.data, id);
  prepared(db, 'UPDATE day_event_reasons SET data = ? WHERE event_id = ?').run(split.explanation ?? '{}', id);
}

export function setDayCloseSnapshot(db: Database, day: string, snapshot: string): void {
  prepared(db, 'UPDATE day_closes SET snapshot = ? WHERE day = ?').run(snapshot, day);
}

export function insertErasureRedaction(db: Database, day: string, erasureId: number, fingerprintBefore: string): void {
  prepared(db, 'INSERT OR IGNORE INTO erasure_redactions (day, erasure_id, fingerprint_before) VALUES (?, ?, ?)').run(
    day,
    erasureId,
    fingerprintBefore,
  );
}

/** The erasures that redacted a closed day, oldest first. */
export function listErasureRedactions(db: Database, day: string): { erasureId: number; fingerprintBefore: string }[] {
  return prepared(
    db,
    `SELECT erasure_id AS erasureId, fingerprint_before AS fingerprintBefore FROM erasure_redactions
       WHERE day = ? ORDER BY erasure_id`,
  ).all(day) as { erasureId: number; fingerprintBefore: string }[];
}

/** The corrections of the visits' rows on closed sheets. */
export function listAmendmentsOf(db: Database, visitIds: readonly number[]) {
  return prepared(
    db,
    'SELECT id, day, reason, changes FROM sheet_amendments WHERE visit_id IN (SELECT value FROM json_each(?)) ORDER BY id',
  ).all(json(visitIds)) as { id: number; day: string; reason: string; changes: string }[];
}

export function setAmendmentTexts(db: Database, id: number, reason: string, changes: string): void {
  prepared(db, 'UPDATE sheet_amendments SET reason = ?, changes = ? WHERE id = ?').run(reason, changes, id);
}

/** Rulings that concern the clients: filed for one of them, or with one of them as a side of the clash. */
export function listRulingTextsOf(db: Database, clientIds: readonly number[]) {
  return prepared(
    db,
    `SELECT id, note, clash, reasons FROM rulings
       WHERE client_id IN (SELECT value FROM json_each(@ids))
          OR EXISTS (SELECT 1 FROM json_each(clash, '$.sides') AS s
                     WHERE json_extract(s.value, '$.client.id') IN (SELECT value FROM json_each(@ids)))
       ORDER BY id`,
  ).all({ ids: json(clientIds) }) as { id: number; note: string; clash: string; reasons: string }[];
}

export function setRulingTexts(db: Database, r: { id: number; note: string; clash: string; reasons: string }): void {
  prepared(db, 'UPDATE rulings SET note = @note, clash = @clash, reasons = @reasons WHERE id = @id').run(r);
}

export function listMergesInto(db: Database, clientIds: readonly number[]): { id: number; loser: string }[] {
  return prepared(db, 'SELECT id, loser FROM client_merges WHERE winner_id IN (SELECT value FROM json_each(?))').all(
    json(clientIds),
  ) as { id: number; loser: string }[];
}

export function setMergedLoser(db: Database, id: number, loser: string): void {
  prepared(db, 'UPDATE client_merges SET loser = ? WHERE id = ?').run(loser, id);
}

/** The clients' sales. */
export function listSaleTextsOf(db: Database, clientIds: readonly number[]) {
  return prepared(
    db,
    'SELECT id, note, reasons FROM sales WHERE client_id IN (SELECT value FROM json_each(?)) ORDER BY id',
  ).all(json(clientIds)) as { id: number; note: string | null; reasons: string }[];
}

export function setSaleTexts(db: Database, id: number, note: string | null, reasons: string): void {
  prepared(db, 'UPDATE sales SET note = ?, reasons = ? WHERE id = ?').run(note, reasons, id);
}

/** The clients' ownership history. */
export function listOwnershipReasonsOf(db: Database, clientIds: readonly number[]) {
  return prepared(
    db,
    'SELECT id, reasons FROM ownership_changes WHERE client_id IN (SELECT value FROM json_each(?)) ORDER BY id',
  ).all(json(clientIds)) as { id: number; reasons: string }[];
}

/** The client records the visits belong to (a referral's visitor, whose reasons name the referrer). */
export function clientsOfVisits(db: Database, visitIds: readonly number[]): number[] {
  return (
    prepared(
      db,
      `SELECT DISTINCT client_id AS id FROM visits
         WHERE id IN (SELECT value FROM json_each(?)) AND client_id IS NOT NULL ORDER BY client_id`,
    ).all(json(visitIds)) as { id: number }[]
  ).map((r) => r.id);
}

export function setOwnershipReasons(db: Database, id: number, reasons: string): void {
  prepared(db, 'UPDATE ownership_changes SET reasons = ? WHERE id = ?').run(reasons, id);
}

export function deleteFollowUpsOf(db: Database, clientIds: readonly number[]): number {
  return prepared(db, 'DELETE FROM follow_ups WHERE client_id IN (SELECT value FROM json_each(?))').run(json(clientIds))
    .changes;
}

/**
 * The registrations emptied of the person: name, phone, wishes, companions, answers, notes. The
 * row stays (its day, time, party size, channel) for the day's counts, the queue's log and the reports.
 */
export function redactVisits(db: Database, visitIds: readonly number[], erasureId: number): number {
  return prepared(
    db,
    // A visit that never had a name keeps none (a declined-consent visit may hold none: migration 10).
    `UPDATE visits SET name = CASE WHEN name IS NULL THEN NULL ELSE '已删除' END, phone = NULL, needs = NULL,
         party = NULL, answers = NULL, notes = NULL, erased_by = ? WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(erasureId, json(visitIds)).changes;
}

export function getVisitAnswers(db: Database, visitId: number): string | null {
  return (prepared(db, 'SELECT answers FROM visits WHERE id = ?').get(visitId) as { answers: string | null }).answers;
}

export function setVisitAnswers(db: Database, visitId: number, answers: string): void {
  prepared(db, 'UPDATE visits SET answers = ? WHERE id = ?').run(answers, visitId);
}

/** Clients that records the office must keep point at: a sale, a ruling, a merged duplicate. */
export function clientsKeptAsShells(db: Database, clientIds: readonly number[]): Set<number> {
  const rows = prepared(
    db,
    `SELECT value AS id FROM json_each(?) AS c
       WHERE EXISTS (SELECT 1 FROM sales WHERE client_id = c.value)
          OR EXISTS (SELECT 1 FROM rulings WHERE client_id = c.value)
          OR EXISTS (SELECT 1 FROM client_merges WHERE winner_id = c.value)`,
  ).all(json(clientIds)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

export function deletePhonesAndKeys(db: Database, clientIds: readonly number[]): number {
  const ids = json(clientIds);
  prepared(db, 'DELETE FROM client_keys WHERE client_id IN (SELECT value FROM json_each(?))').run(ids);
  return prepared(db, 'DELETE FROM client_phones WHERE client_id IN (SELECT value FROM json_each(?))').run(ids).changes;
}

/** A kept client: its reference, owner and dates stay for the commission records; who they were does not. */
export function redactClientShells(db: Database, clientIds: readonly number[], erasureId: number): number {
  return prepared(
    db,
    `UPDATE clients SET name = '已删除', gender = NULL, referred_by = NULL, erased_by = ?
       WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(erasureId, json(clientIds)).changes;
}

/** Clients nothing kept points at: gone, with their ownership history; visits and referrals let go of them first. */
export function deleteClients(db: Database, clientIds: readonly number[]): number {
  const ids = json(clientIds);
  prepared(db, 'UPDATE visits SET client_id = NULL WHERE client_id IN (SELECT value FROM json_each(?))').run(ids);
  prepared(db, 'UPDATE clients SET referred_by = NULL WHERE referred_by IN (SELECT value FROM json_each(?))').run(ids);
  prepared(db, 'DELETE FROM ownership_changes WHERE client_id IN (SELECT value FROM json_each(?))').run(ids);
  return prepared(db, 'DELETE FROM clients WHERE id IN (SELECT value FROM json_each(?))').run(ids).changes;
}

/** Every client not yet erased, with what the retention rule reads. */
export function listRetentionFacts(db: Database) {
  return prepared(
    db,
    `SELECT c.id, EXISTS (SELECT 1 FROM sales s WHERE s.client_id = c.id) AS bought,
         c.first_visit_at AS firstVisitAt, c.last_visit_at AS lastVisitAt, c.last_follow_up_at AS lastFollowUpAt,
         c.handed_over_at AS handedOverAt, c.created_at AS createdAt,
         (SELECT max(f.at) FROM follow_ups f WHERE f.client_id = c.id) AS followUpAt,
         (SELECT max(v.arrived_at) FROM visits v WHERE v.client_id = c.id) AS visitAt
       FROM clients c WHERE c.erased_by IS NULL`,
  ).all() as {
    id: number;
    bought: number;
    firstVisitAt: number | null;
    lastVisitAt: number | null;
    lastFollowUpAt: number | null;
    handedOverAt: number | null;
    createdAt: number;
    followUpAt: number | null;
    visitAt: number | null;
  }[];
}

/** Registrations that never became a client's, from before the cutoff day, not yet erased. */
export function listLooseVisitsBefore(db: Database, cutoffDay: string): number[] {
  return (
    prepared(db, 'SELECT id FROM visits WHERE client_id IS NULL AND erased_by IS NULL AND day < ? ORDER BY id').all(
      cutoffDay,
    ) as { id: number }[]
  ).map((r) => r.id);
}
