import type { Database } from 'better-sqlite3';
import {
  addClientPhone,
  getClientRecord,
  insertClient,
  nextClientRef,
  recordClientVisit,
  setClientKeys,
  handOverClient,
  setClientOwner,
} from '../../db/queries/clients';
import { getConsultant } from '../../db/queries/consultants';
import { insertOwnershipChange, type OwnershipChangeKind } from '../../db/queries/ownership-changes';
import { getVisit } from '../../db/queries/visits';
import type { AssignedBody } from '../domain/day-events';
import { clientKeys } from '../domain/match/match-keys';
import { normalizePhone } from '../domain/match/phone';
import { isWholePhone } from '../domain/registration';
import type { Reason } from '../domain/reasons';

/** Keeps the match index in step with the record: called whenever a name or phone changes. */
export function refreshClientKeys(db: Database, clientId: number): void {
  const record = getClientRecord(db, clientId);
  if (record) setClientKeys(db, clientId, clientKeys(record));
}

export interface NewClientFacts {
  name: string;
  gender: 'male' | 'female' | null;
  phone: string | null;
  referredBy: number | null;
  at: number;
  ref?: string | null;
}

/** A client record from a complete registration. It has no owner until a reception gives it one. */
export function createClient(db: Database, facts: NewClientFacts): number {
  const id = insertClient(db, {
    ref: facts.ref ?? nextClientRef(db),
    name: facts.name,
    gender: facts.gender,
    ownerId: null,
    referredBy: facts.referredBy,
    at: facts.at,
  });
  const phone = facts.phone === null ? null : normalizePhone(facts.phone);
  if (phone !== null) addClientPhone(db, id, phone);
  refreshClientKeys(db, id);
  return id;
}

/** A returning client gave a phone the record did not have: it is theirs from now on. */
export function addPhone(db: Database, clientId: number, rawPhone: string | null): void {
  const phone = rawPhone !== null && isWholePhone(rawPhone) ? normalizePhone(rawPhone) : null;
  // A returning client mostly gives the phone the record already has: then nothing changes.
  if (phone !== null && addClientPhone(db, clientId, phone)) refreshClientKeys(db, clientId);
}

function changeKind(db: Database, from: number | null, to: number): OwnershipChangeKind {
  if (from === null) return 'firstContact';
  const previous = getConsultant(db, from);
  return previous && !previous.active && previous.successorId === to ? 'successor' : 'lapsed';
}

/**
 * After a reception is decided, the registration's client belongs to the decision's owner — but only
 * a complete registration is evidence (未登记视为新客户): an incomplete one changes nobody's book.
 */
export function recordReception(db: Database, assigned: AssignedBody, at: number, actorId: number | null): void {
  const visit = getVisit(db, assigned.visitId);
  if (!visit?.complete || visit.clientId === null) return;
  const record = getClientRecord(db, visit.clientId);
  if (!record) return;
  recordClientVisit(db, record.id, visit.arrivedAt);
  if (record.ownerId === assigned.ownerId) return;
  setClientOwner(db, record.id, assigned.ownerId);
  insertOwnershipChange(db, {
    clientId: record.id,
    fromId: record.ownerId,
    toId: assigned.ownerId,
    at,
    actorId,
    kind: changeKind(db, record.ownerId, assigned.ownerId),
    reasons: assigned.reasons,
  });
}

/** An owner's claim or a supervisor's ruling moves the client, with who, when and why on file. */
export function moveClient(
  db: Database,
  change: { clientId: number; toId: number; at: number; actorId: number | null; kind: 'claim' | 'override' },
  reasons: Reason[],
): void {
  const record = getClientRecord(db, change.clientId);
  if (!record || record.ownerId === change.toId) return;
  // A claim is made at the visit, which starts the protection anyway; a ruling's new owner starts from it.
  if (change.kind === 'override') handOverClient(db, record.id, change.toId, change.at);
  else setClientOwner(db, record.id, change.toId);
  insertOwnershipChange(db, { ...change, fromId: record.ownerId, reasons });
}
