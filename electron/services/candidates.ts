import type { Database } from 'better-sqlite3';
import {
  findClientIdsByKeyPrefix,
  findClientIdsByKeys,
  findPhoneKeysByHeadOrTail,
  findRecentClientIdsByNameKeys,
  getClientRecords,
} from '../../db/queries/clients';
import type { ConsultantRow } from '../../db/queries/consultants';
import type { Candidate, ClientRecord } from '../domain/clients';
import { rankCandidates } from '../domain/match/candidates';
import { keyReaches, oneOffHalves, queryKeys, type MatchQuery, type QueryKey } from '../domain/match/match-keys';
import { maskPhone } from '../domain/match/phone';
import { isProtected, protectionEndsAt } from '../domain/ownership/protection';
import type { OfficePolicy } from '../domain/policy';
import type { CandidateView } from '../api/types';
import { toCard } from './people';

export const MAX_CANDIDATES = 8;

/**
 * The most clients a mobile's first digits may still be shared by for them to be offered. Beyond it the digits
 * have not narrowed anything yet (on a million-visit office five digits are shared by up to 500 clients): any
 * pick among them would be arbitrary, the index giving the first in phone order, and loading and ranking them
 * made the slowest keystroke; the desk sees them once the next digits narrow the range to a few.
 */
export const PREFIX_REACH = 50;

/**
 * Probable returning clients for what has been typed: the rules compute the keys, the index finds
 * the records (never a scan), the rules rank them. Phone keys reach tens of clients and are all ranked;
 * a common name reaches thousands, of which only the most recently seen are — so an old client whose
 * phone and name sound both match is never crowded out by newer namesakes.
 */
export function findCandidates(
  db: Database,
  query: MatchQuery,
): { candidates: Candidate[]; records: Map<number, ClientRecord> } {
  const keys = queryKeys(query);
  const nameKeys = keys.filter((k) => k.kind === 'name' || k.kind === 'fuzzy');
  const exactKeys = keys.filter((k) => !nameKeys.includes(k) && k.kind !== 'phonePrefix' && k.kind !== 'phoneOneOff');
  const ids = new Set([...findClientIdsByKeys(db, exactKeys), ...findRecentClientIdsByNameKeys(db, nameKeys)]);
  for (const k of keys) {
    if (k.kind === 'phonePrefix') for (const id of clientsSharingPrefix(db, k.key)) ids.add(id);
    if (k.kind === 'phoneOneOff') for (const id of clientsOneDigitOff(db, k)) ids.add(id);
  }
  const records = getClientRecords(db, [...ids]);
  return {
    candidates: rankCandidates(query, records).slice(0, MAX_CANDIDATES),
    records: new Map(records.map((r) => [r.id, r])),
  };
}

/** The clients whose phone starts with `digits`, or none while more than PREFIX_REACH share them. */
function clientsSharingPrefix(db: Database, digits: string): number[] {
  const ids = findClientIdsByKeyPrefix(db, 'phone', digits, PREFIX_REACH + 1);
  return ids.length > PREFIX_REACH ? [] : ids;
}

/** The clients with a mobile one digit apart from the one typed (match-keys.ts: where they lie, and why there). */
function clientsOneDigitOff(db: Database, query: QueryKey): number[] {
  const { head, tail } = oneOffHalves(query.key);
  return findPhoneKeysByHeadOrTail(db, head, tail)
    .filter((k) => keyReaches(query, { kind: 'phone', key: k.phone }))
    .map((k) => k.clientId);
}

export function candidateView(
  candidate: Candidate,
  record: ClientRecord,
  rows: ReadonlyMap<number, ConsultantRow>,
  policy: OfficePolicy,
  now: number,
): CandidateView {
  const owner = record.ownerId === null ? undefined : rows.get(record.ownerId);
  return {
    clientId: record.id,
    ref: record.ref,
    name: record.name,
    maskedPhones: record.phones.map(maskPhone),
    owner: owner ? toCard(owner) : null,
    ownerActive: owner?.active ?? false,
    lastVisitAt: record.lastVisitAt,
    lastFollowUpAt: record.lastFollowUpAt,
    protectedUntil: protectionEndsAt(record, policy),
    isProtected: isProtected(record, now, policy),
    level: candidate.level,
    score: candidate.score,
    household: candidate.household,
    reasons: candidate.reasons,
  };
}
