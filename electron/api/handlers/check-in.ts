import type { Database } from 'better-sqlite3';
import { getClientRecord } from '../../../db/queries/clients';
import { declinedAmong, getVisitConsent } from '../../../db/queries/consent';
import { getVisit, listIncompleteVisits, visitSequence, type FullVisit } from '../../../db/queries/visits';
import type { Candidate } from '../../domain/clients';
import { rankCandidates } from '../../domain/match/candidates';
import { maskPhone, normalizePhone } from '../../domain/match/phone';
import { reason } from '../../domain/reasons';
import { registrationGaps } from '../../domain/registration';
import { candidateView, findCandidates } from '../../services/candidates';
import { commitCheckIn, officePolicy, planCheckIn, simulateArrival } from '../../services/check-in';
import { recordConsent } from '../../services/consent';
import { identifiesSomeone } from '../../domain/privacy/consent';
import { refuseIfClosed } from '../../services/day-close';
import { applyRegistration, assignmentOf } from '../../services/registration-update';
import { readDay, withDay } from '../../services/day-tx';
import { reasonsOfReception } from '../../services/decision-reasons';
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
    consent: getVisitConsent(db, visit.id)?.consent ?? null,
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
    const { result, day } = withDay(deps, (tx) => {
      const done = commitCheckIn(deps, tx, input);
      const card = cardOf(deps);
      const a = tx.state.assignments.find((x) => x.visitId === done.visitId);
      const w = tx.state.waiting.find((x) => x.visitId === done.visitId);
      const client = done.clientId === null ? null : getClientRecord(deps.db, done.clientId);
      const result = {
        visitId: done.visitId,
        waiting: !a,
        receivedBy: a ? card(a.consultantId) : null,
        owner: card(a ? a.ownerId : done.plan.decision.ownerId),
        turnConsumed: a?.turnConsumed ?? false,
        standIn: a?.standIn ?? false,
        reasons: a ? reasonsOfReception(deps.db, a) : (w?.reasons ?? []),
        returning: done.plan.decision.returning,
        clientRef: client?.ref ?? null,
        complete: done.complete,
        missing: done.gaps.map((g) => g.zh),
        notes: done.plan.decision.notes,
      };
      return { result, day: tx.state };
    });
    announceAlerts(deps, result.visitId, day);
    return result;
  },

  /** Completing a registration later makes it evidence: the client record and its owner follow. */
  completeRegistration: (input) => {
    const visit = getVisit(deps.db, input.visitId) ?? fail('not_found', '找不到该来访登记');
    // A closed day's sheet is filed paper: a change to it is a supervisor's correction with a reason
    // (更正), not a silent edit from the desk — so it is refused here rather than recorded anonymously.
    refuseIfClosed(deps.db, visit.day);
    // 不同意: the visitor was received anonymously, and a name or phone may not be added afterwards.
    const consent = getVisitConsent(deps.db, visit.id)?.consent ?? null;
    if (consent === 'declined') {
      fail('conflict', '该访客当时不同意登记个人信息:此次来访只作匿名接待记录,不能补登姓名和电话');
    }
    const given = input.registration.consent === 'given';
    if (consent === null && !given && identifiesSomeone({ ...input.registration, clientId: null })) {
      fail('invalid_input', '补登姓名、电话前,请先向访客告知用途并记录其同意(已告知并同意)');
    }
    const now = deps.clock.now();
    deps.db
      .transaction(() => {
        applyRegistration(deps.db, visit, input.registration, now);
        if (consent === null && given) recordConsent(deps.db, visit.id, 'given', now);
      })
      .immediate();
    deps.bus.emit('boardChanged', { version: 0 });
    const updated = getVisit(deps.db, visit.id) ?? visit;
    return registrationView(deps.db, updated, cardOf(deps));
  },

  listIncompleteRegistrations: () => {
    const card = cardOf(deps);
    const visits = listIncompleteVisits(deps.db);
    // An anonymous reception (不同意) is not a registration waiting to be completed.
    const anonymous = declinedAmong(
      deps.db,
      visits.map((v) => v.id),
    );
    return visits.filter((v) => !anonymous.has(v.id)).map((v) => registrationView(deps.db, v, card));
  },
});
