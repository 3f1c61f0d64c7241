import type { Reason } from './reasons';

/**
 * What the rules know of an existing client (客户档案): built from registrations and follow-ups.
 * Registrations are the only evidence of ownership (未登记视为新客户).
 */
export interface ClientRecord {
  id: number;
  /** The office's reference, e.g. C00012, or the one an imported ledger used. */
  ref: string;
  name: string;
  /** Normalized phones (see match/phone.ts); several clients sharing one phone are one household (一家人). */
  phones: string[];
  /** The consultant on the record (首接), whether or not their protection has lapsed. */
  ownerId: number | null;
  firstVisitAt: number | null;
  lastVisitAt: number | null;
  lastFollowUpAt: number | null;
  /** When the supervisor handed the client to the current owner (pool, ruling, successor); null if never. */
  handedOverAt: number | null;
  /** 老带新: the client who referred this one, if recorded. */
  referredByClientId: number | null;
}

export type MatchLevel = 'strong' | 'possible';

/** A probable returning client, with how sure the match is and why. */
export interface Candidate {
  clientId: number;
  level: MatchLevel;
  /** 0–1, higher is surer; candidates are shown best first. */
  score: number;
  /** The phone matched another client's name: same household, not the same person. */
  household: boolean;
  reasons: Reason[];
}
