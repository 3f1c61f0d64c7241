import type { Database } from 'better-sqlite3';
import { getClientRecords } from '../../db/queries/clients';
import {
  listEvidenceFollowUps,
  listEvidenceVisits,
  listSharedPhonePairs,
  listStandInReceptions,
} from '../../db/queries/disputes';
import { decidedClashKeys } from '../../db/queries/rulings';
import { getSetting } from '../../db/queries/settings';
import type { ClashView, PersonRef } from '../api/disputes-types';
import type { Clash, RecordEvidence } from '../domain/disputes/clash-types';
import { openClashes } from '../domain/disputes/open-clashes';
import { maskPhone } from '../domain/match/phone';
import { nameOf } from '../domain/ownership/people';
import { officePolicy } from './check-in';
import type { Deps } from './deps';
import { loadPeople } from './people';

/** The records with everything on file that can decide a clash: registrations (with receivers) and follow-ups. */
export function loadEvidence(db: Database, ids: readonly number[]): Map<number, RecordEvidence> {
  const unique = [...new Set(ids)];
  const visits = listEvidenceVisits(db, unique);
  const followUps = listEvidenceFollowUps(db, unique);
  return new Map(
    getClientRecords(db, unique).map((client) => [
      client.id,
      { client, visits: visits.get(client.id) ?? [], followUps: followUps.get(client.id) ?? [] },
    ]),
  );
}

/** The clashes waiting for a ruling, found afresh from the records each time (nothing cached to go stale). */
export function findOpenClashes(deps: Deps): Clash[] {
  const pairs = listSharedPhonePairs(deps.db);
  const receptions = listStandInReceptions(deps.db);
  const records = loadEvidence(deps.db, [...pairs.flat(), ...receptions.map((r) => r.clientId)]);
  return openClashes({ records, pairs, receptions, decided: decidedClashKeys(deps.db) }, officePolicy(deps), {
    timeZone: getSetting(deps.db, 'timeZone'),
    people: loadPeople(deps.db).people,
  });
}

/** A clash as the screen and the printed ruling show it: names, masked phones, the evidence in full. */
export function clashView(db: Database, clash: Clash, people = loadPeople(db).people): ClashView {
  const person = (id: number): PersonRef => ({ id, name: nameOf(people, id) });
  const who = (id: number | null) => (id === null ? null : nameOf(people, id));
  const phones = new Map(
    getClientRecords(
      db,
      clash.sides.map((s) => s.clientId),
    ).map((c) => [c.id, c.phones]),
  );
  const side = (s: Clash['sides'][number]) => ({
    consultant: person(s.consultantId),
    client: { id: s.clientId, ref: s.clientRef, name: s.clientName },
    maskedPhones: (phones.get(s.clientId) ?? []).map(maskPhone),
    firstRegisteredAt: s.firstRegisteredAt,
    visits: s.visits.map((v) => ({
      visitId: v.visitId,
      at: v.at,
      complete: v.complete,
      receivedBy: who(v.receivedBy),
    })),
    followUps: s.followUps.map((f) => ({
      id: f.id,
      at: f.at,
      consultant: nameOf(people, f.consultantId),
      channel: f.channel,
      content: f.content,
      withinProtection: f.withinProtection,
    })),
  });
  return {
    key: clash.key,
    kind: clash.kind,
    at: clash.at,
    sides: [side(clash.sides[0]), side(clash.sides[1])],
    reasons: clash.reasons,
    suggestion: {
      owner: clash.suggestion.ownerId === null ? null : person(clash.suggestion.ownerId),
      reasons: clash.suggestion.reasons,
    },
  };
}
