import type { ClientRecord } from '../clients';
import type { DirectedKind, Reason } from '../reasons';
import type { OwnershipPeople } from './people';

/** How the visitor pointed at a consultant: remembered who contacted them, or showed that consultant's SMS. */
export type NamedEvidence = 'remembered' | 'sms';

/** 谁介绍来的: a registered client, or only what the visitor could tell of someone with no record. */
export type Referrer =
  { kind: 'client'; client: ClientRecord } | { kind: 'unrecorded'; name: string | null; phone: string | null };

/** The answers to the first questions (首问责任制), as the receptionist entered them. */
export interface FirstAnswers {
  /** 您是第一次来吗? — true: been before; null: not asked or no answer. */
  beenBefore: boolean | null;
  /** 是哪位顾问联系过 / 找哪位顾问: `evidence` null when the visitor simply asks for them. */
  namedConsultant: { id: number; evidence: NamedEvidence | null } | null;
  appointmentWith: number | null;
  referrer: Referrer | null;
  /** The referrer came along (陪同). */
  accompanied: boolean;
}

export interface OwnershipFacts {
  /**
   * The client record the receptionist confirmed, or null ("not this person", or no candidate).
   * `household`: the phone matched another person's record (一家人) — the visitor goes with that record.
   */
  matched: { client: ClientRecord; household: boolean } | null;
  answers: FirstAnswers;
}

export interface OwnershipContext {
  now: number;
  /** The office's time zone: dates in reasons are office-local. */
  timeZone: string;
  people: OwnershipPeople;
}

export interface OwnershipDecision {
  /** The visitor matched an existing client record (their own, or their household's), protected or not. */
  returning: boolean;
  household: boolean;
  matchedClientId: number | null;
  /** Null: a new client — whoever the rotation gives them to becomes the owner (首接). */
  ownerId: number | null;
  /** For the rotation's rule f; always the owner when there is one. */
  directedTo: number | null;
  directedKind: DirectedKind | null;
  /** The consultant whose protection lapsed and who lost the client: they are told. */
  lapsedOwnerToTell: number | null;
  /** 老带新: the registered referrer this new client counts for. */
  referrerClientId: number | null;
  /** What the visitor said that the decision did not follow (a contradicted name, a denied first visit…). */
  notes: Reason[];
  reasons: Reason[];
}
