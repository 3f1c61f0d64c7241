import { getClientRecord } from '../../db/queries/clients';
import { getConsultant } from '../../db/queries/consultants';
import { getSetting } from '../../db/queries/settings';
import type { CheckInInput } from '../api/check-in-schemas';
import { fail } from '../api/errors';
import type { ClientRecord } from '../domain/clients';
import type { DayEventBody } from '../domain/day-events';
import { applyEvent, cloneDay, type DayState } from '../domain/day-state';
import { rankCandidates } from '../domain/match/candidates';
import { decideOwnership } from '../domain/ownership/ownership';
import type { FirstAnswers, OwnershipDecision, Referrer } from '../domain/ownership/ownership-types';
import type { OwnershipPeople } from '../domain/ownership/people';
import { resolvePolicy, type OfficePolicy } from '../domain/policy';
import { decide, settleWaiting, type Decision, type RuleContext } from '../domain/rotation';
import { insertOwnerAlert } from '../../db/queries/owner-alerts';
import { insertVisit } from '../../db/queries/visits';
import { registrationGaps, type Gap } from '../domain/registration';
import { addPhone, createClient } from './client-registry';
import { recordConsent } from './consent';
import type { DayTx } from './day-tx';
import type { Deps } from './deps';
import { loadPeople } from './people';

export interface CheckInPlan {
  matched: ClientRecord | null;
  household: boolean;
  decision: OwnershipDecision;
  /** The arrival as the day log records it, less the visit id it gets when written. */
  arrival: Extract<DayEventBody, { type: 'arrival' }>;
}

export function officePolicy(deps: Deps): OfficePolicy {
  return resolvePolicy(getSetting(deps.db, 'policy'));
}

function mustFindClient(deps: Deps, id: number, what: string): ClientRecord {
  return getClientRecord(deps.db, id) ?? fail('not_found', `找不到${what}的客户档案`);
}

/** The desk's answers as the ownership rules read them. */
function firstAnswers(deps: Deps, input: CheckInInput): FirstAnswers {
  const a = input.answers;
  for (const id of [a.namedConsultant, a.appointmentWith]) {
    if (id !== null && !getConsultant(deps.db, id)) fail('not_found', '找不到指定的顾问');
  }
  let referrer: Referrer | null = null;
  if (a.referredBy && 'clientId' in a.referredBy) {
    referrer = { kind: 'client', client: mustFindClient(deps, a.referredBy.clientId, '介绍人') };
  } else if (a.referredBy && (a.referredBy.name || a.referredBy.phone)) {
    referrer = { kind: 'unrecorded', name: a.referredBy.name, phone: a.referredBy.phone };
  }
  return {
    beenBefore: a.beenBefore,
    namedConsultant:
      a.namedConsultant === null
        ? null
        : { id: a.namedConsultant, evidence: a.namedEvidence === 'asked' ? null : a.namedEvidence },
    appointmentWith: a.appointmentWith,
    referrer,
    accompanied: a.accompanied,
  };
}

/**
 * Who the visitor is taken to be and whose client they are: the receptionist's confirmed candidate
 * (or none), the first answers, and the office's ownership rules.
 */
export function planCheckIn(deps: Deps, input: CheckInInput, people: OwnershipPeople, now: number): CheckInPlan {
  const policy = officePolicy(deps);
  const matched = input.clientId === null ? null : mustFindClient(deps, input.clientId, '所选');
  const query = { name: input.registration.name, phone: input.registration.phone };
  const household = matched !== null && (rankCandidates(query, [matched])[0]?.household ?? false);
  const decision = decideOwnership(
    { matched: matched ? { client: matched, household } : null, answers: firstAnswers(deps, input) },
    policy,
    { now, timeZone: getSetting(deps.db, 'timeZone'), people },
  );
  return {
    matched,
    household,
    decision,
    arrival: {
      type: 'arrival',
      visitId: 0,
      directedTo: decision.directedTo,
      directedKind: decision.directedKind,
      clientId: decision.matchedClientId,
      lead: decision.reasons,
    },
  };
}

/** What the rules would decide if this visitor were registered now, on a copy of today: nothing is written. */
export function simulateArrival(state: DayState, plan: CheckInPlan, ctx: RuleContext): Decision {
  const draft = cloneDay(state);
  const visitId = -1;
  applyEvent(draft, { ...plan.arrival, visitId, id: draft.version, at: ctx.now, actorId: null });
  for (const body of settleWaiting(draft, ctx)) {
    if (body.visitId === visitId) return { kind: 'assigned', body };
    applyEvent(draft, { ...body, id: draft.version, at: ctx.now, actorId: null });
  }
  const mine = draft.waiting.find((w) => w.visitId === visitId);
  return mine ? decide(draft, mine, ctx) : { kind: 'waiting', reasons: [] };
}

export interface CommittedCheckIn {
  visitId: number;
  plan: CheckInPlan;
  clientId: number | null;
  complete: boolean;
  gaps: Gap[];
}

/**
 * Writes one check-in inside the day's transaction: the registration, the client it is evidence for,
 * the arrival with its ownership reasons, the reception the rules decide, and the owners' alerts.
 */
export function commitCheckIn(deps: Deps, tx: DayTx, input: CheckInInput): CommittedCheckIn {
  const plan = planCheckIn(deps, input, loadPeople(deps.db).people, tx.ctx.now);
  const r = input.registration;
  const gaps = registrationGaps(r);
  const complete = gaps.length === 0;
  // The visitor's own record when matched; a household match or a new visitor gets a record of their own.
  let clientId = plan.matched && !plan.household ? plan.matched.id : null;
  if (clientId !== null) addPhone(deps.db, clientId, r.phone);
  else if (complete && r.name) {
    clientId = createClient(deps.db, {
      name: r.name,
      gender: r.gender,
      phone: r.phone,
      referredBy: plan.decision.referrerClientId,
      at: tx.ctx.now,
    });
  }
  const visitId = insertVisit(deps.db, {
    day: tx.day,
    arrivedAt: tx.ctx.now,
    name: r.name,
    phone: r.phone,
    partySize: input.partySize,
    clientId,
    gender: r.gender,
    needs: r.needs,
    channel: r.channel,
    intent: r.intent,
    party: r.party,
    answers: { ...input.answers, confirmedClientId: input.clientId, rejectedClientIds: input.rejectedClientIds },
    notes: r.notes,
    complete,
  });
  if (r.consent !== null) recordConsent(deps.db, visitId, r.consent, tx.ctx.now);
  tx.append({ ...plan.arrival, visitId }, null);
  tx.settle();
  const waiting = tx.state.waiting.find((w) => w.visitId === visitId);
  if (waiting) {
    const d = decide(tx.state, waiting, tx.ctx);
    tx.append({ type: 'waiting', visitId, reasons: d.kind === 'waiting' ? d.reasons : [] }, null);
  }
  const { ownerId, returning, lapsedOwnerToTell } = plan.decision;
  if (returning && ownerId !== null) insertOwnerAlert(deps.db, visitId, ownerId, 'returning', tx.ctx.now);
  // The old owner is told the client is no longer theirs — unless the rotation gave the visitor back to them.
  const receiver = tx.state.assignments.find((a) => a.visitId === visitId)?.consultantId;
  if (lapsedOwnerToTell !== null && lapsedOwnerToTell !== receiver) {
    insertOwnerAlert(deps.db, visitId, lapsedOwnerToTell, 'lapsed', tx.ctx.now);
  }
  return { visitId, plan, clientId, complete, gaps };
}
