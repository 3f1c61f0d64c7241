import { listConsultants } from '../../../db/queries/consultants';
import { setSetting, getSetting } from '../../../db/queries/settings';
import { clockText, parseClock } from '../../domain/office-time';
import { checkInRotation, checkReorder, checkRoster, type Checked } from '../../domain/supervisor-acts';
import { rosterStamp, type DayState } from '../../domain/day-state';
import { readDay, withDay, type DayTx } from '../../services/day-tx';
import type { Deps } from '../../services/deps';
import { toCard } from '../../services/people';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';
import type { Roster } from '../types';

const must = <T>(c: Checked<T>): T => (c.ok ? c.value : fail('conflict', c.error));

function rosterOf(deps: Deps, state: DayState): Roster {
  const members = [...state.members.values()];
  return {
    day: state.day,
    stamp: rosterStamp(state),
    consultants: listConsultants(deps.db)
      .filter((c) => c.active)
      .map(toCard),
    order: [...state.order],
    off: members.filter((m) => m.status === 'leave').map((m) => m.id),
    lunchDuty: members.filter((m) => m.lunchDuty).map((m) => m.id),
    lunch: state.lunch ? { from: clockText(state.lunch.from), to: clockText(state.lunch.to) } : null,
    standingOrder: getSetting(deps.db, 'standingOrder'),
  };
}

const STALE = '队列刚刚发生了变化,请查看最新队列后再操作';

/** Two screens acting on the same roster: the second, working from an older view, is told to refresh. */
function mustBeCurrent(tx: DayTx, basedOn: string): void {
  if (rosterStamp(tx.state) !== basedOn) fail('stale', STALE);
}

export const rosterHandlers: HandlerGroup<
  'getRoster' | 'setRoster' | 'reorderQueue' | 'skipTurn' | 'grantMakeup' | 'setRotationSuspended'
> = (deps) => ({
  getRoster: () => rosterOf(deps, readDay(deps).state),

  setRoster: (input, call) => {
    const actor = actorOf(call);
    const lunch = input.lunch ? { from: parseClock(input.lunch.from) ?? 0, to: parseClock(input.lunch.to) ?? 0 } : null;
    return withDay(deps, (tx) => {
      mustBeCurrent(tx, input.basedOn);
      const roster = must(
        checkRoster({ order: input.order, off: input.off, lunchDuty: input.lunchDuty, lunch }, tx.ctx),
      );
      tx.append({ type: 'roster_set', note: null, ...roster }, actor.id);
      if (input.saveAsStanding) {
        setSetting(deps.db, 'standingOrder', roster.order);
        setSetting(deps.db, 'lunchDuty', roster.lunchDuty);
        setSetting(deps.db, 'lunch', roster.lunch);
      }
      tx.settle();
      return rosterOf(deps, tx.state);
    });
  },

  reorderQueue: (input, call) => {
    const actor = actorOf(call);
    return withDay(deps, (tx) => {
      const seen = input.basedOn;
      if (seen.length !== tx.state.order.length || seen.some((id, i) => tx.state.order[i] !== id)) fail('stale', STALE);
      tx.append(
        { type: 'queue_reordered', order: must(checkReorder(tx.state, input.order)), note: input.note },
        actor.id,
      );
      tx.settle();
      return null;
    });
  },

  skipTurn: (input, call) => {
    const actor = actorOf(call);
    return withDay(deps, (tx) => {
      const id = must(checkInRotation(tx.state, input.consultantId, tx.ctx));
      tx.append({ type: 'turn_skipped', consultantId: id, note: input.note }, actor.id);
      return null;
    });
  },

  grantMakeup: (input, call) => {
    const actor = actorOf(call);
    return withDay(deps, (tx) => {
      const id = must(checkInRotation(tx.state, input.consultantId, tx.ctx));
      tx.append({ type: 'makeup_granted', consultantId: id, note: input.note, reasons: [] }, actor.id);
      tx.settle();
      return null;
    });
  },

  setRotationSuspended: (input, call) => {
    const actor = actorOf(call);
    return withDay(deps, (tx) => {
      if (tx.state.suspended === input.suspended) {
        fail('conflict', input.suspended ? '轮排已处于暂停状态' : '轮排没有暂停');
      }
      tx.append({ type: input.suspended ? 'rotation_suspended' : 'rotation_resumed', note: input.note }, actor.id);
      tx.settle();
      return null;
    });
  },
});
