import {
  getClientRecord,
  getClientRecords,
  listClientIdsOwnedBy,
  recordClientFollowUp,
} from '../../../db/queries/clients';
import { insertFollowUp, listFollowUps } from '../../../db/queries/follow-ups';
import { acknowledgeAlert, getOwnerAlert } from '../../../db/queries/owner-alerts';
import { getSetting } from '../../../db/queries/settings';
import { getVisit } from '../../../db/queries/visits';
import { maskPhone } from '../../domain/match/phone';
import { checkClaim } from '../../domain/ownership/claim';
import { overrideOwnership } from '../../domain/ownership/override';
import { isProtected, protectionEndsAt, protectionEndsWithin } from '../../domain/ownership/protection';
import { officePolicy } from '../../services/check-in';
import { moveClient } from '../../services/client-registry';
import { withDay } from '../../services/day-tx';
import { reasonsOfReception } from '../../services/decision-reasons';
import { loadPeople, toCard } from '../../services/people';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';

/** "Protection ends in 3 days": the consultant's cue to follow up. */
const ENDS_SOON_DAYS = 3;

export const clientHandlers: HandlerGroup<
  'acknowledgeAlert' | 'listMyClients' | 'logFollowUp' | 'claimVisit' | 'overrideOwner'
> = (deps) => ({
  acknowledgeAlert: (input, call) => {
    const actor = actorOf(call);
    const alert = getOwnerAlert(deps.db, input.alertId) ?? fail('not_found', '找不到该提醒');
    if (alert.consultantId !== actor.id) fail('forbidden', '这条提醒不是给您的');
    if (alert.acknowledgedAt !== null) fail('conflict', '这条提醒已经确认过了');
    acknowledgeAlert(deps.db, alert.id, deps.clock.now());
    deps.bus.emit('boardChanged', { version: 0 });
    return null;
  },

  listMyClients: (_input, call) => {
    const actor = actorOf(call);
    const policy = officePolicy(deps);
    const timeZone = getSetting(deps.db, 'timeZone');
    const now = deps.clock.now();
    return getClientRecords(deps.db, listClientIdsOwnedBy(deps.db, actor.id ?? 0)).map((r) => ({
      clientId: r.id,
      ref: r.ref,
      name: r.name,
      maskedPhones: r.phones.map(maskPhone),
      lastVisitAt: r.lastVisitAt,
      lastFollowUpAt: r.lastFollowUpAt,
      protectedUntil: protectionEndsAt(r, policy),
      isProtected: isProtected(r, now, policy),
      endsSoon: protectionEndsWithin(r, now, ENDS_SOON_DAYS, policy, timeZone),
    }));
  },

  /** A follow-up keeps the client protected (per 'ownership.protectionFrom'); only the owner logs one. */
  logFollowUp: (input, call) => {
    const actor = actorOf(call);
    const client = getClientRecord(deps.db, input.clientId) ?? fail('not_found', '找不到该客户档案');
    if (client.ownerId !== actor.id) fail('forbidden', `${client.name}不是您的客户,不能为其登记跟进`);
    const now = deps.clock.now();
    deps.db
      .transaction(() => {
        insertFollowUp(deps.db, {
          clientId: client.id,
          consultantId: actor.id ?? 0,
          at: now,
          channel: input.channel,
          content: input.content,
          reaction: input.reaction,
          createdAt: now,
        });
        recordClientFollowUp(deps.db, client.id, now);
      })
      .immediate();
    const { rows } = loadPeople(deps.db);
    return listFollowUps(deps.db, client.id).map((f) => ({
      id: f.id,
      at: f.at,
      channel: f.channel,
      content: f.content,
      reaction: f.reaction,
      consultant: rows.get(f.consultantId)?.name ?? '',
    }));
  },

  claimVisit: (input, call) => {
    const actor = actorOf(call);
    const visit = getVisit(deps.db, input.visitId) ?? fail('not_found', '找不到该来访登记');
    return withDay(deps, (tx) => {
      const a = tx.state.assignments.find((x) => x.visitId === visit.id);
      if (!a) return fail('conflict', '该访客还没有顾问接待,不能认领');
      const { people, rows } = loadPeople(deps.db);
      const verdict = checkClaim({
        assignment: {
          visitId: visit.id,
          receivedBy: a.consultantId,
          at: a.at,
          wasNewClient: a.mode === 'rotation' || a.mode === 'lunchDuty',
        },
        claimantId: actor.id ?? 0,
        now: tx.ctx.now,
        timeZone: tx.state.timeZone,
        policy: tx.state.policy,
        people,
      });
      if (!verdict.allowed) return fail('conflict', verdict.reasons.map((r) => r.zh).join(';'));
      // The receiver gets their turn back: a turn the claimed reception used is restored at the head.
      const order = a.turnConsumed
        ? [verdict.freedId, ...tx.state.order.filter((id) => id !== verdict.freedId)]
        : [...tx.state.order];
      tx.append(
        {
          type: 'claimed',
          visitId: visit.id,
          claimantId: verdict.ownerId,
          freedId: verdict.freedId,
          order,
          reasons: verdict.reasons,
        },
        actor.id,
      );
      if (visit.complete && visit.clientId !== null) {
        moveClient(
          deps.db,
          { clientId: visit.clientId, toId: verdict.ownerId, at: tx.ctx.now, actorId: actor.id, kind: 'claim' },
          verdict.reasons,
        );
      }
      tx.settle();
      const claimed = tx.state.assignments.find((x) => x.visitId === visit.id) ?? a;
      const card = (id: number) => {
        const row = rows.get(id);
        return row ? toCard(row) : null;
      };
      const client = visit.clientId === null ? null : getClientRecord(deps.db, visit.clientId);
      return {
        visitId: visit.id,
        waiting: false,
        receivedBy: card(claimed.consultantId),
        owner: card(claimed.ownerId),
        turnConsumed: false,
        standIn: false,
        reasons: reasonsOfReception(deps.db, claimed),
        returning: true,
        clientRef: client?.ref ?? null,
        complete: visit.complete,
        missing: [],
        notes: [],
      };
    });
  },

  overrideOwner: (input, call) => {
    const actor = actorOf(call);
    const client = getClientRecord(deps.db, input.clientId) ?? fail('not_found', '找不到该客户档案');
    const verdict = overrideOwnership({
      client,
      toOwnerId: input.consultantId,
      supervisor: { id: actor.id ?? 0, name: actor.name },
      note: input.note,
      at: deps.clock.now(),
      people: loadPeople(deps.db).people,
    });
    if (!verdict.ok) return fail('conflict', verdict.reasons.map((r) => r.zh).join(';'));
    deps.db
      .transaction(() =>
        moveClient(
          deps.db,
          { clientId: client.id, toId: input.consultantId, at: verdict.record.at, actorId: actor.id, kind: 'override' },
          verdict.record.reasons,
        ),
      )
      .immediate();
    deps.bus.emit('boardChanged', { version: 0 });
    return null;
  },
});
