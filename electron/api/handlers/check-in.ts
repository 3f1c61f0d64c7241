import type { Database } from 'better-sqlite3';
import { getClientRecord } from '../../../db/queries/clients';
import { listDayEvents } from '../../../db/queries/day-events';
import {
  getVisit,
  listIncompleteVisits,
  setVisitClient,
  updateRegistration,
  visitSequence,
  type FullVisit,
} from '../../../db/queries/visits';
import type { Candidate } from '../../domain/clients';
import type { AssignedBody } from '../../domain/day-events';
import { rankCandidates } from '../../domain/match/candidates';
import { maskPhone, normalizePhone } from '../../domain/match/phone';
import { reason } from '../../domain/reasons';
import { registrationGaps } from '../../domain/registration';
import { candidateView, findCandidates } from '../../services/candidates';
import { commitCheckIn, officePolicy, planCheckIn, simulateArrival } from '../../services/check-in';
import { createClient, recordReception } from '../../services/client-registry';
import { readDay, withDay } from '../../services/day-tx';
import type { Deps } from '../../services/deps';
import { announceAlerts } from '../../services/board';
import { loadPeople, maskName, toCard } from '../../services/people';
import { fail } from '../errors';
import type { HandlerGroup } from '../handler-types';
import type { ConsultantCard, RegistrationView } from '../types';

function cardOf(deps: Deps): (id: number | null) => ConsultantCard | null {
  const { rows } = loadPeople(deps.db);
  return (id) => {
    const row = id === null ? undefined : rows.get(id);
    return row ? toCard(row) : null;
  };
}

/** The reception decided for a visit, from its day's log (the last one: a claim replaces the first). */
function assignmentOf(db: Database, visit: FullVisit): AssignedBody | null {
  const events = listDayEvents(db, visit.day);
  const found = events.filter((e) => e.type === 'assigned' && e.visitId === visit.id).at(-1);
  return found?.type === 'assigned' ? found : null;
}

function registrationView(db: Database, visit: FullVisit, names: (id: number | null) => ConsultantCard | null) {
  const gaps = registrationGaps(visit);
  const received = assignmentOf(db, visit);
  const phone = visit.phone === null ? null : normalizePhone(visit.phone);
  return {
    visitId: visit.id,
    day: visit.day,
    arrivedAt: visit.arrivedAt,
    visitor: { sequence: visitSequence(db, visit), maskedName: maskName(visit.name) },
    name: visit.name,
    maskedPhone: phone === null ? null : maskPhone(phone),
    receivedBy: received ? (names(received.consultantId)?.name ?? null) : null,
    complete: gaps.length === 0,
    missing: gaps.map((g) => g.zh),
  } satisfies RegistrationView;
}

const CHOSEN_BY_DESK = reason('chosenByDesk', '前台确认的档案', 'The record the desk confirmed');

export const checkInHandlers: HandlerGroup<
  'findCandidates' | 'previewCheckIn' | 'checkIn' | 'completeRegistration' | 'listIncompleteRegistrations'
> = (deps) => ({
  findCandidates: (input) => {
    const { candidates, records } = findCandidates(deps.db, input);
    const { rows } = loadPeople(deps.db);
    const policy = officePolicy(deps);
    const now = deps.clock.now();
    return candidates.flatMap((c) => {
      const record = records.get(c.clientId);
      return record ? [candidateView(c, record, rows, policy, now)] : [];
    });
  },

  previewCheckIn: (input) => {
    const { state, ctx } = readDay(deps);
    const { people, rows } = loadPeople(deps.db);
    const plan = planCheckIn(deps, input, people, ctx.now);
    const d = simulateArrival(state, plan, ctx);
    const card = cardOf(deps);
    const query = { name: input.registration.name, phone: input.registration.phone };
    const candidate: Candidate | null = plan.matched
      ? (rankCandidates(query, [plan.matched])[0] ?? {
          clientId: plan.matched.id,
          level: 'possible',
          score: 0,
          household: false,
          reasons: [CHOSEN_BY_DESK],
        })
      : null;
    return {
      returning: plan.decision.returning,
      client:
        plan.matched && candidate ? candidateView(candidate, plan.matched, rows, officePolicy(deps), ctx.now) : null,
      owner: card(d.kind === 'assigned' ? d.body.ownerId : plan.decision.ownerId),
      receivedBy: d.kind === 'assigned' ? card(d.body.consultantId) : null,
      waiting: d.kind === 'waiting',
      standIn: d.kind === 'assigned' && d.body.standIn,
      turnConsumed: d.kind === 'assigned' && d.body.turnConsumed,
      reasons: d.kind === 'assigned' ? d.body.reasons : d.reasons,
      notes: plan.decision.notes,
    };
  },

  checkIn: (input) => {
    const result = withDay(deps, (tx) => {
      const done = commitCheckIn(deps, tx, input);
      const card = cardOf(deps);
      const a = tx.state.assignments.find((x) => x.visitId === done.visitId);
      const w = tx.state.waiting.find((x) => x.visitId === done.visitId);
      const client = done.clientId === null ? null : getClientRecord(deps.db, done.clientId);
      return {
        visitId: done.visitId,
        waiting: !a,
        receivedBy: a ? card(a.consultantId) : null,
        owner: card(a ? a.ownerId : done.plan.decision.ownerId),
        turnConsumed: a?.turnConsumed ?? false,
        standIn: a?.standIn ?? false,
        reasons: a?.reasons ?? w?.reasons ?? [],
        returning: done.plan.decision.returning,
        clientRef: client?.ref ?? null,
        complete: done.complete,
        missing: done.gaps.map((g) => g.zh),
        notes: done.plan.decision.notes,
      };
    });
    announceAlerts(deps, result.visitId);
    return result;
  },

  /** Completing a registration later makes it evidence: the client record and its owner follow. */
  completeRegistration: (input) => {
    const visit = getVisit(deps.db, input.visitId) ?? fail('not_found', '找不到该来访登记');
    const r = input.registration;
    const complete = registrationGaps(r).length === 0;
    deps.db
      .transaction(() => {
        updateRegistration(deps.db, visit.id, { ...r, complete });
        if (!complete || !r.name) return;
        if (visit.clientId === null) {
          const clientId = createClient(deps.db, {
            name: r.name,
            gender: r.gender,
            phone: r.phone,
            referredBy: null,
            at: visit.arrivedAt,
          });
          setVisitClient(deps.db, visit.id, clientId);
        }
        const received = assignmentOf(deps.db, visit);
        if (received) recordReception(deps.db, received, deps.clock.now(), null);
      })
      .immediate();
    deps.bus.emit('boardChanged', { version: 0 });
    const updated = getVisit(deps.db, visit.id) ?? visit;
    return registrationView(deps.db, updated, cardOf(deps));
  },

  listIncompleteRegistrations: () => {
    const card = cardOf(deps);
    return listIncompleteVisits(deps.db).map((v) => registrationView(deps.db, v, card));
  },
});
