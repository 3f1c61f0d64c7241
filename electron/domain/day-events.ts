import type { PolicyChoice } from './policy';
import type { ConsultantStatus, DirectedKind, Reason } from './reasons';

/** Minutes after local midnight, e.g. 12:00 → 720. */
export interface LunchWindow {
  from: number;
  to: number;
}

export type AssignMode = 'rotation' | 'lunchDuty' | 'directed' | 'standIn' | 'manual';

export interface PassedOver {
  consultantId: number;
  status: ConsultantStatus;
  effect: 'kept' | 'back';
}

export interface RosterBody {
  order: number[];
  off: number[];
  lunchDuty: number[];
  lunch: LunchWindow | null;
}

export interface AssignedBody {
  type: 'assigned';
  visitId: number;
  consultantId: number;
  ownerId: number;
  mode: AssignMode;
  turnConsumed: boolean;
  standIn: boolean;
  /** The queue after this assignment: the log records every move, so a restart restores it exactly. */
  order: number[];
  /** Who was passed over on the way to the receiver, and how (an explanation: kept beside the log row). */
  passedOver: PassedOver[];
  /**
   * Those passed over who lost their turn while away on personal business: their return window starts now. What
   * the fold reads of `passedOver`; absent from events logged before migration 14, whose `passedOver` says it.
   */
  forfeited?: number[];
  notify: number | null;
  reasons: Reason[];
}

export interface MakeupBody {
  type: 'makeup_granted';
  consultantId: number;
  note: string | null;
  reasons: Reason[];
}

/**
 * The day's append-only log. Inputs (arrivals, statuses, supervisor acts) and the decisions taken
 * on them (assigned, waiting, automatic make-up) are all events; the queue is a fold over them.
 */
export type DayEventBody =
  | ({ type: 'day_opened'; policy: PolicyChoice; timeZone: string } & RosterBody)
  | ({ type: 'roster_set'; note: string | null } & RosterBody)
  | { type: 'status_changed'; consultantId: number; status: ConsultantStatus; note: string | null }
  | {
      type: 'arrival';
      visitId: number;
      directedTo: number | null;
      directedKind: DirectedKind | null;
      /** The client record the visitor was matched to (returning), if any. */
      clientId?: number | null;
      /** Why the visitor goes where they go (ownership), before the rotation's own reasons. */
      lead?: Reason[];
    }
  | { type: 'waiting'; visitId: number; reasons: Reason[] }
  | AssignedBody
  | {
      /** 认领: the owner recognised their client within the window; they receive and own, the receiver is freed. */
      type: 'claimed';
      visitId: number;
      claimantId: number;
      freedId: number;
      /** The queue after the receiver got their turn back. */
      order: number[];
      reasons: Reason[];
    }
  | { type: 'visitor_left'; visitId: number; note: string | null }
  | { type: 'queue_reordered'; order: number[]; note: string }
  | { type: 'turn_skipped'; consultantId: number; note: string }
  | MakeupBody
  | { type: 'rotation_suspended'; note: string }
  | { type: 'rotation_resumed'; note: string }
  | { type: 'policy_changed'; policy: PolicyChoice; note: string };

export type DayEventType = DayEventBody['type'];

export type DayEvent = DayEventBody & {
  id: number;
  /** Epoch milliseconds. */
  at: number;
  /** Who did it; null for the system's own decisions. */
  actorId: number | null;
};

/**
 * The words that explain an event's decision. Since migration 14 they are kept beside the log row, under the event's
 * id: the fold never reads them, and a busy day's log is mostly these sentences.
 */
export interface Explanation {
  reasons?: Reason[];
  lead?: Reason[];
  passedOver?: PassedOver[];
}

export const EXPLANATION_FIELDS = ['reasons', 'lead', 'passedOver'] as const satisfies readonly (keyof Explanation)[];

/** Who of those passed over lost their turn while away on personal business (rule e's return window). */
export const forfeitsOf = (passedOver: readonly PassedOver[]): number[] =>
  passedOver.filter((p) => p.effect === 'back' && p.status === 'away_personal').map((p) => p.consultantId);

type Unexplained<T> = T extends unknown ? Omit<T, keyof Explanation> & Explanation : never;

/** An event as the fold reads it from the log: its explanation may be kept beside it, not in it. */
export type LoggedDayEvent = Unexplained<DayEvent>;
