import type { Database } from 'better-sqlite3';
import type { DayEventBody } from '../../electron/domain/day-events';
import { prepared } from '../statements';
import { insertExplanation, splitEvent } from './day-events';

/**
 * Bulk writes for the generated office history (electron/seed): the same rows the app's own queries write,
 * with ids given (the plan numbers clients, visits and day events itself, as a fresh office would) and each
 * statement prepared once — a million visits cannot afford a prepare per row.
 */
export interface SeedRows {
  client(c: {
    id: number;
    ref: string;
    name: string;
    gender: 'male' | 'female';
    ownerId: number | null;
    referredBy: number | null;
    firstVisitAt: number | null;
    lastVisitAt: number | null;
    lastFollowUpAt: number | null;
    handedOverAt: number | null;
    createdAt: number;
  }): void;
  clientState(c: {
    id: number;
    ownerId: number | null;
    firstVisitAt: number | null;
    lastVisitAt: number | null;
    lastFollowUpAt: number | null;
    handedOverAt: number | null;
  }): void;
  phone(clientId: number, phone: string): void;
  key(kind: string, key: string, clientId: number): void;
  visit(v: {
    id: number;
    day: string;
    arrivedAt: number;
    name: string | null;
    phone: string | null;
    partySize: number;
    clientId: number | null;
    gender: 'male' | 'female' | null;
    needs: string;
    channel: string | null;
    intent: string | null;
    party: string;
    answers: string | null;
    notes: string | null;
    complete: number;
    consent: 'given' | 'declined';
    consentText: string;
    consentAt: number;
  }): void;
  /** A day-log event, stored as the app stores it (its explanation beside it, db/queries/day-events.ts). */
  event(e: { id: number; day: string; at: number; actorId: number | null; body: DayEventBody }): void;
  ownershipChange(c: {
    clientId: number;
    fromId: number | null;
    toId: number | null;
    at: number;
    actorId: number | null;
    kind: string;
    reasons: string;
  }): void;
  followUp(f: {
    clientId: number;
    consultantId: number;
    at: number;
    channel: string;
    content: string;
    reaction: string | null;
  }): void;
  alert(a: { visitId: number; consultantId: number; kind: string; createdAt: number; acknowledgedAt: number }): void;
}

export function seedRows(db: Database): SeedRows {
  const client = prepared(
    db,
    `INSERT INTO clients (id, ref, name, gender, owner_id, referred_by, first_visit_at, last_visit_at,
       last_follow_up_at, handed_over_at, created_at)
     VALUES (@id, @ref, @name, @gender, @ownerId, @referredBy, @firstVisitAt, @lastVisitAt, @lastFollowUpAt,
       @handedOverAt, @createdAt)`,
  );
  const clientState = prepared(
    db,
    `UPDATE clients SET owner_id = @ownerId, first_visit_at = @firstVisitAt, last_visit_at = @lastVisitAt,
       last_follow_up_at = @lastFollowUpAt, handed_over_at = @handedOverAt WHERE id = @id`,
  );
  const phone = prepared(db, 'INSERT OR IGNORE INTO client_phones (client_id, phone) VALUES (?, ?)');
  // A name key's seen_at is filled by the database from the client row written just before (migration 11).
  const key = prepared(db, 'INSERT OR IGNORE INTO client_keys (kind, key, client_id) VALUES (?, ?, ?)');
  const visit = prepared(
    db,
    `INSERT INTO visits (id, day, arrived_at, name, phone, party_size, client_id, gender, needs, channel, intent, party,
       answers, notes, complete, consent, consent_text, consent_at)
     VALUES (@id, @day, @arrivedAt, @name, @phone, @partySize, @clientId, @gender, @needs, @channel, @intent, @party,
       @answers, @notes, @complete, @consent, @consentText, @consentAt)`,
  );
  const event = prepared(
    db,
    'INSERT INTO day_events (id, day, at, type, actor_id, data) VALUES (@id, @day, @at, @type, @actorId, @data)',
  );
  const ownershipChange = prepared(
    db,
    `INSERT INTO ownership_changes (client_id, from_id, to_id, at, actor_id, kind, reasons)
     VALUES (@clientId, @fromId, @toId, @at, @actorId, @kind, @reasons)`,
  );
  const followUp = prepared(
    db,
    `INSERT INTO follow_ups (client_id, consultant_id, at, channel, content, reaction, created_at)
     VALUES (@clientId, @consultantId, @at, @channel, @content, @reaction, @at)`,
  );
  const alert = prepared(
    db,
    `INSERT INTO owner_alerts (visit_id, consultant_id, kind, created_at, acknowledged_at)
     VALUES (@visitId, @consultantId, @kind, @createdAt, @acknowledgedAt)`,
  );
  return {
    client: (c) => void client.run(c),
    clientState: (c) => void clientState.run(c),
    phone: (clientId, p) => void phone.run(clientId, p),
    key: (kind, k, clientId) => void key.run(kind, k, clientId),
    visit: (v) => void visit.run(v),
    event: ({ body, ...e }) => {
      const { data, explanation } = splitEvent(body);
      event.run({ ...e, type: body.type, data });
      if (explanation !== null) insertExplanation(db, e.id, explanation);
    },
    ownershipChange: (c) => void ownershipChange.run(c),
    followUp: (f) => void followUp.run(f),
    alert: (a) => void alert.run(a),
  };
}

/** Whether the database holds anything an office wrote: staff, clients, visits or a day's log. */
export function officeHasData(db: Database): boolean {
  return (
    (
      prepared(
        db,
        `SELECT EXISTS (SELECT 1 FROM consultants) OR EXISTS (SELECT 1 FROM clients)
           OR EXISTS (SELECT 1 FROM visits) OR EXISTS (SELECT 1 FROM day_events) AS any`,
      ).get() as { any: number }
    ).any === 1
  );
}
