import { getClientRecord, getClientRecords, listClientIdsOwnedBy } from '../../db/queries/clients';
import { listAllClientIds } from '../../db/queries/disputes';
import { getSetting } from '../../db/queries/settings';
import type { LapsingClient, PoolClientView } from '../api/disputes-types';
import { fail } from '../api/errors';
import { lapsesThisWeek, poolReasons, publicPool } from '../domain/disputes/pool';
import { maskPhone } from '../domain/match/phone';
import { overrideOwnership } from '../domain/ownership/override';
import { nameOf } from '../domain/ownership/people';
import { protectionEndsAt } from '../domain/ownership/protection';
import { officePolicy } from './check-in';
import { moveClient } from './client-registry';
import type { Actor, Deps } from './deps';
import { loadPeople } from './people';

/** 公海: every client no consultant holds now, the most recently lapsed first. */
export function listPublicPool(deps: Deps): PoolClientView[] {
  const { people } = loadPeople(deps.db);
  const person = (id: number) => ({ id, name: nameOf(people, id) });
  const entries = publicPool(
    getClientRecords(deps.db, listAllClientIds(deps.db)),
    deps.clock.now(),
    officePolicy(deps),
    { timeZone: getSetting(deps.db, 'timeZone'), people },
  );
  return entries.map((e) => ({
    client: { id: e.client.id, ref: e.client.ref, name: e.client.name },
    maskedPhones: e.client.phones.map(maskPhone),
    owner: e.client.ownerId === null ? null : person(e.client.ownerId),
    endedAt: e.endedAt,
    lastVisitAt: e.client.lastVisitAt,
    lastFollowUpAt: e.client.lastFollowUpAt,
    reasons: e.reasons,
  }));
}

/**
 * The supervisor hands a pool client to a consultant, with a reason, as an override (最终裁决权) — filed in the
 * client's ownership history. Only a client in the pool: a protected client's owner is changed by a ruling.
 */
export function reassignPoolClient(
  deps: Deps,
  order: { clientId: number; consultantId: number; note: string },
  actor: Actor,
): void {
  deps.db
    .transaction(() => {
      const client = getClientRecord(deps.db, order.clientId) ?? fail('not_found', '找不到该客户档案');
      const inPool = listPublicPool(deps).some((p) => p.client.id === client.id);
      if (!inPool) fail('conflict', `${client.name}仍在保护期内,不在公海`);
      const { people } = loadPeople(deps.db);
      const verdict = overrideOwnership({
        client,
        toOwnerId: order.consultantId,
        supervisor: { id: actor.id ?? 0, name: actor.name },
        note: order.note,
        at: deps.clock.now(),
        people,
      });
      if (!verdict.ok) return fail('invalid_input', verdict.reasons.map((r) => r.zh).join(';'));
      moveClient(
        deps.db,
        { clientId: client.id, toId: order.consultantId, at: verdict.record.at, actorId: actor.id, kind: 'override' },
        [poolReasons.reassigned(actor.name, client.name, nameOf(people, order.consultantId), verdict.record.note)],
      );
    })
    .immediate();
}

/** The consultant's own clients whose protection ends before this office week is out, soonest first. */
export function listLapsingThisWeek(deps: Deps, consultantId: number): LapsingClient[] {
  const policy = officePolicy(deps);
  const timeZone = getSetting(deps.db, 'timeZone');
  const now = deps.clock.now();
  return getClientRecords(deps.db, listClientIdsOwnedBy(deps.db, consultantId))
    .filter((r) => lapsesThisWeek(r, now, policy, timeZone))
    .map((r) => ({
      client: { id: r.id, ref: r.ref, name: r.name },
      maskedPhones: r.phones.map(maskPhone),
      protectedUntil: protectionEndsAt(r, policy) ?? now,
      lastFollowUpAt: r.lastFollowUpAt,
    }))
    .sort((a, b) => a.protectedUntil - b.protectedUntil);
}
