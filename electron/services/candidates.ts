import type { Database } from 'better-sqlite3';
import {
  findClientIdsByKeyPrefix,
  findClientIdsByKeys,
  findRecentClientIdsByNameKeys,
  getClientRecords,
} from '../../db/queries/clients';
import type { ConsultantRow } from '../../db/queries/consultants';
import type { Candidate, ClientRecord } from '../domain/clients';
import { rankCandidates } from '../domain/match/candidates';
import { queryKeys, type MatchQuery } from '../domain/match/match-keys';
import { maskPhone } from '../domain/match/phone';
import { isProtected, protectionEndsAt } from '../domain/ownership/protection';
import type { OfficePolicy } from '../domain/policy';
import type { CandidateView } from '../api/types';
import { toCard } from './people';

export const MAX_CANDIDATES = 8;

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
  const phoneKeys = keys.filter((k) => !nameKeys.includes(k) && k.kind !== 'phonePrefix');
  const ids = new Set([...findClientIdsByKeys(db, phoneKeys), ...findRecentClientIdsByNameKeys(db, nameKeys)]);
  for (const k of keys)
    if (k.kind === 'phonePrefix') for (const id of findClientIdsByKeyPrefix(db, 'phone', k.key)) ids.add(id);
  const records = getClientRecords(db, [...ids]);
  return {
    candidates: rankCandidates(query, records).slice(0, MAX_CANDIDATES),
    records: new Map(records.map((r) => [r.id, r])),
  };
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
