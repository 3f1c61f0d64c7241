import type { Database } from 'better-sqlite3';
import { appendDayEvent, lastLoggedDayBefore, listDayLog } from '../../db/queries/day-events';
import { getSetting } from '../../db/queries/settings';
import type { AssignedBody, DayEvent, DayEventBody, RosterBody } from '../domain/day-events';
import { applyEvent, foldDay, type DayState } from '../domain/day-state';
import { officeDay } from '../domain/office-time';
import { resolvePolicy } from '../domain/policy';
import { settleWaiting, type RuleContext } from '../domain/rotation';
import type { Deps } from './deps';
import { recordReception } from './client-registry';
import { loadPeople } from './people';
import { loadStaff } from './staff-cache';

/** The opening roster of a day: the standing order, or the previous day's final order (a setting). */
function openingBody(db: Database, day: string): Extract<DayEventBody, { type: 'day_opened' }> {
  const timeZone = getSetting(db, 'timeZone');
  const policy = getSetting(db, 'policy');
  const active = loadStaff(db).list.filter((c) => c.active);
  const activeIds = new Set(active.map((c) => c.id));
  const standing = getSetting(db, 'standingOrder').filter((id) => activeIds.has(id));
  let order = standing.length > 0 ? standing : active.filter((c) => c.role === 'consultant').map((c) => c.id);

  if (resolvePolicy(policy)['rotation.startOrder'] === 'continue') {
    const previous = lastLoggedDayBefore(db, day);
    if (previous) {
      const final = foldDay(previous, timeZone, listDayLog(db, previous)).order.filter((id) => activeIds.has(id));
      order = [...final, ...order.filter((id) => !final.includes(id))];
    }
  }
  const roster: RosterBody = {
    order,
    off: [],
    lunchDuty: getSetting(db, 'lunchDuty').filter((id) => order.includes(id)),
    lunch: getSetting(db, 'lunch'),
  };
  return { type: 'day_opened', policy, timeZone, ...roster };
}

export function today(deps: Deps): string {
  return officeDay(deps.clock.now(), getSetting(deps.db, 'timeZone'));
}

/**
 * Today's state without writing anything. A day nobody has acted on yet is shown as it would
 * open, so the board is right before the first action of the morning.
 */
export function readDay(deps: Deps): { state: DayState; ctx: RuleContext } {
  const day = today(deps);
  const state = deps.days.fold(deps.db, day, getSetting(deps.db, 'timeZone'), !deps.db.inTransaction);
  if (!state.opened) applyEvent(state, { ...openingBody(deps.db, day), id: 0, at: deps.clock.now(), actorId: null });
  return { state, ctx: { now: deps.clock.now(), people: loadPeople(deps.db).people } };
}

export interface DayTx {
  readonly day: string;
  readonly state: DayState;
  readonly ctx: RuleContext;
  append(body: DayEventBody, actorId: number | null): DayEvent;
  /** Rule g: serve waiting visitors with whoever the last events freed. */
  settle(): AssignedBody[];
}

/**
 * Runs one user action on today's log as one immediate transaction: opens the day if needed,
 * appends the action's events and the decisions they trigger, and tells every screen afterwards.
 * If anything throws, nothing of the action is written.
 */
export function withDay<T>(deps: Deps, action: (tx: DayTx) => T): T {
  let appended = 0;
  // Inside an outer transaction the log may already hold that transaction's uncommitted events.
  const committed = !deps.db.inTransaction;
  const result = deps.db
    .transaction(() => {
      const now = deps.clock.now();
      const day = today(deps);
      const state = deps.days.fold(deps.db, day, getSetting(deps.db, 'timeZone'), committed);
      const ctx: RuleContext = { now, people: loadPeople(deps.db).people };
      const append = (body: DayEventBody, actorId: number | null) => {
        const event = appendDayEvent(deps.db, day, now, actorId, body);
        applyEvent(state, event);
        appended++;
        // Whoever decided it (rules, supervisor, a claim), a reception settles the client's owner.
        if (body.type === 'assigned') recordReception(deps.db, body, now, actorId);
        return event;
      };
      if (!state.opened) append(openingBody(deps.db, day), null);
      const tx: DayTx = {
        day,
        state,
        ctx,
        append,
        settle: () => settleWaiting(state, ctx).map((body) => (append(body, null), body)),
      };
      return { value: action(tx), version: state.version };
    })
    .immediate();
  if (appended > 0) deps.bus.emit('boardChanged', { version: result.version });
  return result.value;
}
