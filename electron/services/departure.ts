import { handOverClient, listClientIdsOwnedBy } from '../../db/queries/clients';
import { getConsultant, markDeparted, type ConsultantRow } from '../../db/queries/consultants';
import { insertOwnershipChange } from '../../db/queries/ownership-changes';
import { getSetting, setSetting } from '../../db/queries/settings';
import { fail } from '../api/errors';
import { planDeparture } from '../domain/ownership/departure';
import { officePolicy } from './check-in';
import { withDay } from './day-tx';
import type { Actor, Deps } from './deps';

export interface DepartureOrder {
  consultantId: number;
  /** null: the clients go back to the office pool. */
  successorId: number | null;
  note: string;
}

const person = (c: ConsultantRow) => ({ id: c.id, name: c.name, active: c.active });

/**
 * 离职 in one transaction: out of today's rotation and the standing order, off the books, and every client
 * they own moved to the successor or back to the office — one ownership_changes row each, with the reasons.
 * Their visits, follow-ups and log lines keep pointing at them, so the history still reads with their name.
 */
export function departConsultant(deps: Deps, order: DepartureOrder, actor: Actor): { moved: number } {
  const departing = getConsultant(deps.db, order.consultantId) ?? fail('not_found', '找不到该顾问');
  if (departing.id === actor.id) return fail('forbidden', '不能将自己设为离职');
  const successor =
    order.successorId === null
      ? null
      : (getConsultant(deps.db, order.successorId) ?? fail('not_found', '找不到所选的接替人'));
  const verdict = planDeparture({
    departing: person(departing),
    successor: successor && person(successor),
    policy: officePolicy(deps),
    supervisor: actor.name,
    note: order.note,
  });
  if (!verdict.ok) return fail('conflict', verdict.reason.zh);

  const moved = withDay(deps, (tx) => {
    const clients = listClientIdsOwnedBy(deps.db, departing.id);
    const handedTo = successor ? `${clients.length}位客户交由${successor.name}` : `${clients.length}位客户退回案场`;
    if (tx.state.members.has(departing.id))
      tx.append(
        {
          type: 'status_changed',
          consultantId: departing.id,
          status: 'leave',
          note: `离职:${order.note}(${handedTo})`,
        },
        actor.id,
      );
    markDeparted(deps.db, departing.id, tx.ctx.now, verdict.toId);
    for (const clientId of clients) {
      handOverClient(deps.db, clientId, verdict.toId, tx.ctx.now);
      insertOwnershipChange(deps.db, {
        clientId,
        fromId: departing.id,
        toId: verdict.toId,
        at: tx.ctx.now,
        actorId: actor.id,
        kind: 'successor',
        reasons: verdict.reasons,
      });
    }
    const stays = (id: number) => id !== departing.id;
    setSetting(deps.db, 'standingOrder', getSetting(deps.db, 'standingOrder').filter(stays));
    setSetting(deps.db, 'lunchDuty', getSetting(deps.db, 'lunchDuty').filter(stays));
    tx.settle();
    return clients.length;
  });
  deps.sessions.closeAllFor(departing.id);
  deps.bus.emit('boardChanged', { version: 0 });
  return { moved };
}
