import type { Database } from 'better-sqlite3';
import { explanationsOf } from '../../db/queries/day-events';
import type { Assignment, DayState } from '../domain/day-state';
import type { Reason } from '../domain/reasons';

/**
 * The reasons of the day's decisions, read from where the log keeps them (beside each event, migration 14) only for
 * the decisions being shown: the fold that computes the queue never reads them.
 */

/** Each reception's reasons, in the order they were given (the assignment's, then a claim's). */
export function receptionReasons(db: Database, receptions: readonly Assignment[]): Map<number, Reason[]> {
  const found = explanationsOf(
    db,
    receptions.flatMap((a) => a.explainedBy),
  );
  return new Map(
    receptions.map((a) => [a.visitId, a.explainedBy.flatMap((id) => found.get(id)?.reasons ?? [])] as const),
  );
}

export function reasonsOfReception(db: Database, reception: Assignment): Reason[] {
  return receptionReasons(db, [reception]).get(reception.visitId) ?? [];
}

/**
 * The waiting visitors with their words put back: why each waits, and the lead their check-in decided, which the
 * rotation carries into the decision that serves them. A day folded from its log without its words needs this
 * before anything decides or shows on it.
 */
export function withWaitingReasons(db: Database, state: DayState): DayState {
  if (state.waiting.length === 0) return state;
  const found = explanationsOf(
    db,
    state.waiting.flatMap((w) =>
      w.waitingEventId === null ? [w.arrivalEventId] : [w.arrivalEventId, w.waitingEventId],
    ),
  );
  state.waiting = state.waiting.map((w) => ({
    ...w,
    lead: found.get(w.arrivalEventId)?.lead ?? w.lead,
    reasons: (w.waitingEventId === null ? undefined : found.get(w.waitingEventId)?.reasons) ?? w.reasons,
  }));
  return state;
}
