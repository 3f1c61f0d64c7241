import type { ClientRecord } from '../clients';
import type { OwnershipPeople } from '../ownership/people';
import type { Reason } from '../reasons';

/** A registration (来访登记) of a client record, and who received the visit when the day log says so. */
export interface EvidenceVisit {
  visitId: number;
  at: number;
  /** Only a complete registration is evidence (未登记视为新客户). */
  complete: boolean;
  /** Null for a ledger import, which names no receiver. */
  receivedBy: number | null;
}

export interface EvidenceFollowUp {
  id: number;
  at: number;
  consultantId: number;
  channel: string;
  content: string;
}

/** A client record with everything on file that can decide a clash: its registrations and follow-ups. */
export interface RecordEvidence {
  client: ClientRecord;
  visits: EvidenceVisit[];
  followUps: EvidenceFollowUp[];
}

/**
 * samePerson: one visitor registered twice, by two consultants (two records, one phone, one name);
 * household: two people on one phone (一家人), registered by two consultants;
 * standIn: the owner's protected client received by someone else.
 */
export type ClashKind = 'samePerson' | 'household' | 'standIn';

/** One consultant's side of a clash and the records that speak for them. */
export interface ClashSide {
  consultantId: number;
  clientId: number;
  clientRef: string;
  clientName: string;
  /** Their earliest complete registration of the client: first contact decides (首接 / 以第一登记为准). */
  firstRegisteredAt: number | null;
  visits: EvidenceVisit[];
  /** `withinProtection`: logged in the protection period before the clash, so it kept the client. */
  followUps: (EvidenceFollowUp & { withinProtection: boolean })[];
}

export interface Clash {
  /** Stable across reloads, so a ruling takes this clash off the open list: dup:<id>-<id> or standIn:<visit>. */
  key: string;
  kind: ClashKind;
  /** When the second side came in: the later registration, or the stand-in's reception. */
  at: number;
  /** The earlier side first; for a stand-in, the owner first. */
  sides: [ClashSide, ClashSide];
  /** Why this looks like a clash. */
  reasons: Reason[];
  /** Who the ownership rules say owns the client, and why; the supervisor decides. */
  suggestion: { ownerId: number | null; reasons: Reason[] };
}

export interface ClashContext {
  timeZone: string;
  people: OwnershipPeople;
}
