import type { OwnershipChange } from '../../db/queries/ownership-changes';
import type { FollowUpChannel } from '../../db/queries/follow-ups';
import type { FullVisit } from '../../db/queries/visits';
import type { DayEvent } from '../domain/day-events';
import type { PolicyChoice } from '../domain/policy';

export const SEED_TIME_ZONE = 'Asia/Shanghai';

/**
 * The generated office's rules: the standard rotation, each day continuing from the last day's queue (so the
 * same consultant is not first every morning), and a departed consultant's clients going to their successor.
 */
export const SEED_POLICY: PolicyChoice = {
  preset: 'default',
  overrides: { 'rotation.startOrder': 'continue', 'ownership.departed': 'successor' },
};

export interface PlannedClient {
  id: number;
  ref: string;
  name: string;
  gender: 'male' | 'female';
  phone: string;
  referredBy: number | null;
  createdAt: number;
}

/** A client's dates and owner at the end of the day (what the clients row holds). */
export interface ClientState {
  id: number;
  ownerId: number | null;
  firstVisitAt: number | null;
  lastVisitAt: number | null;
  lastFollowUpAt: number | null;
  handedOverAt: number | null;
}

export type PlannedVisit = FullVisit & { consent: 'given' | 'declined' };

export interface PlannedDeparture {
  consultantId: number;
  successorId: number | null;
  at: number;
  clientsMoved: number;
}

export interface PlannedFollowUp {
  clientId: number;
  consultantId: number;
  at: number;
  channel: FollowUpChannel;
  content: string;
  reaction: string | null;
}

export interface PlannedAlert {
  visitId: number;
  consultantId: number;
  kind: 'returning' | 'lapsed';
  at: number;
}

/** 成交: judged at the sale, as services/sales.ts planSale judges one (the owner's protection as it stood then). */
export interface PlannedSale {
  clientId: number;
  closerId: number;
  ownerId: number | null;
  ownerProtected: boolean;
  at: number;
  unit: string;
  amountYuan: number;
}

/** Everything one office day adds to the database, in the order it must be written. */
export interface DayPlan {
  day: string;
  departures: PlannedDeparture[];
  clients: PlannedClient[];
  visits: PlannedVisit[];
  events: DayEvent[];
  ownershipChanges: OwnershipChange[];
  followUps: PlannedFollowUp[];
  alerts: PlannedAlert[];
  sales: PlannedSale[];
  /** Clients created before today whose row changed today; today's new clients are written as they end it. */
  updated: ClientState[];
  /** Today's new clients as they end the day. */
  created: ClientState[];
}

export interface HistoryCounts {
  days: number;
  clients: number;
  visits: number;
  returningVisits: number;
  households: number;
  referrals: number;
  followUps: number;
  departures: number;
  sales: number;
  events: number;
}

/** What kind of visitor walks in, for visitors who are not a scheduled return. */
export type Arrival =
  | { kind: 'returning'; clientId: number }
  | { kind: 'household'; of: number }
  | { kind: 'referral'; by: number }
  | { kind: 'named' | 'appointment' | 'new' | 'brochure' | 'declined' };
