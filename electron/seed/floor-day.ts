import type { OwnershipChangeKind } from '../../db/queries/ownership-changes';
import type { FullVisit } from '../../db/queries/visits';
import type { AssignedBody, DayEventBody } from '../domain/day-events';
import { applyEvent, emptyDay, type DayState } from '../domain/day-state';
import { decideOwnership } from '../domain/ownership/ownership';
import type { FirstAnswers } from '../domain/ownership/ownership-types';
import type { OwnershipPerson } from '../domain/ownership/people';
import { isProtected } from '../domain/ownership/protection';
import type { OfficePolicy } from '../domain/policy';
import { registrationGaps } from '../domain/registration';
import { decide, settleWaiting, type RuleContext } from '../domain/rotation';
import type { ClientStore } from './client-store';
import { clientRef } from './client-store';
import { SEED_POLICY, SEED_TIME_ZONE, type Arrival, type DayPlan, type HistoryCounts } from './day-plan';
import { fullName, personName, relativeOf, soundAlike, type PersonName } from './names';
import type { PhoneBook } from './phones';
import type { Rng } from './prng';
import {
  channelOfNewVisitor,
  companionRelation,
  intentOf,
  needsOf,
  noteOf,
  partySizeOf,
  unitSold,
} from './registration-details';

const MINUTE = 60_000;
/** The lunch window every day (the setting's default, 12:00–13:30). */
const LUNCH = { from: 720, to: 810 };

/** What a day on the floor needs of the office around it: its clients, staff, dice and calendar. */
export interface FloorOffice {
  readonly store: ClientStore;
  readonly random: Rng;
  readonly phoneBook: PhoneBook;
  readonly staffPeople: ReadonlyMap<number, OwnershipPerson>;
  readonly project: string;
  /** Today's day index. */
  readonly index: number;
  readonly policy: OfficePolicy;
  readonly counts: HistoryCounts;
  takeVisitId(): number;
  takeEventId(): number;
  recordBuyer(id: number): void;
  scheduleFollowUp(id: number, day: number): void;
  scheduleReturn(id: number): void;
}

interface DayVisit {
  clientId: number | null;
  complete: boolean;
  returning: boolean;
}

/**
 * One office day on the floor: arrivals and the ends of receptions in time order, each handled the way the
 * check-in (services/check-in.ts commitCheckIn), the day's transaction (day-tx.ts withDay, recordReception) and
 * a consultant's status change (handlers/statuses.ts) handle them.
 */
export class FloorDay {
  readonly state: DayState;
  private readonly visits = new Map<number, DayVisit>();
  /** Receptions under way: when each consultant is back at the desk. */
  private readonly busyUntil = new Map<number, number>();

  constructor(
    private readonly office: FloorOffice,
    private readonly plan: DayPlan,
    private readonly start: number,
  ) {
    this.state = emptyDay(plan.day, SEED_TIME_ZONE);
  }

  private ctx(now: number): RuleContext {
    return { now, people: this.office.staffPeople };
  }

  private append(body: DayEventBody, at: number, actorId: number | null): void {
    const event = { ...body, id: this.office.takeEventId(), at, actorId };
    applyEvent(this.state, event);
    this.plan.events.push(event);
  }

  open(order: number[], off: number[], i: number): void {
    const duty = order.length > 2 ? [order[i % order.length], order[(i + 1) % order.length]] : [];
    this.append(
      {
        type: 'day_opened',
        policy: SEED_POLICY,
        timeZone: SEED_TIME_ZONE,
        order,
        off,
        lunchDuty: duty.filter((id): id is number => id !== undefined),
        lunch: LUNCH,
      },
      this.start + 530 * MINUTE,
      null,
    );
  }

  /** Everyone whose reception ended by `until` goes back to the desk, and waiting visitors are served. */
  drainUntil(until: number, meanReception: number, touched: Set<number>): void {
    for (;;) {
      let next: [number, number] | null = null;
      for (const [id, at] of this.busyUntil) if (at <= until && (next === null || at < next[1])) next = [id, at];
      if (next === null) return;
      const [id, at] = next;
      this.busyUntil.delete(id);
      this.append({ type: 'status_changed', consultantId: id, status: 'available', note: null }, at, id);
      this.settle(at, meanReception, touched);
    }
  }

  private settle(now: number, meanReception: number, touched: Set<number>): AssignedBody[] {
    const bodies = settleWaiting(this.state, this.ctx(now));
    for (const body of bodies) {
      this.append(body, now, null);
      this.received(body, now, meanReception, touched);
    }
    return bodies;
  }

  /** recordReception: a complete registration's client now belongs to the decision's owner. */
  private received(body: AssignedBody, now: number, meanReception: number, touched: Set<number>): void {
    const rng = this.office.random;
    this.busyUntil.set(body.consultantId, now + Math.round(meanReception * (0.5 + rng.next()) * MINUTE));
    const visit = this.visits.get(body.visitId);
    if (!visit?.complete || visit.clientId === null) return;
    const c = this.office.store;
    const id = visit.clientId;
    const from = c.ownerOf(id);
    if (from !== body.ownerId) {
      c.owner[id] = body.ownerId;
      this.plan.ownershipChanges.push({
        clientId: id,
        fromId: from,
        toId: body.ownerId,
        at: now,
        actorId: null,
        kind: this.changeKind(from, body.ownerId),
        reasons: body.reasons,
      });
    }
    touched.add(id);
    // The owner follows up a day or three later — most of the time.
    this.office.scheduleFollowUp(id, rng.chance(0.85) ? this.office.index + rng.between(1, 3) : -1);
    if (visit.returning && c.bought[id] === 0 && rng.chance(0.03)) {
      c.bought[id] = 1;
      c.nextFollowUp[id] = -1;
      this.office.recordBuyer(id);
      const record = c.record(id);
      this.plan.sales.push({
        clientId: id,
        closerId: body.consultantId,
        ownerId: record.ownerId,
        ownerProtected: record.ownerId !== null && isProtected(record, now, this.office.policy),
        at: now,
        ...unitSold(rng),
      });
      this.office.counts.sales++;
    }
  }

  private changeKind(from: number | null, to: number): OwnershipChangeKind {
    if (from === null) return 'firstContact';
    const previous = this.office.staffPeople.get(from);
    return previous && !previous.active && previous.successorId === to ? 'successor' : 'lapsed';
  }

  arrive(at: number, arrival: Arrival, day: { weekend: boolean; meanReception: number }, touched: Set<number>): void {
    const office = this.office;
    const rng = office.random;
    const c = office.store;
    const visitId = office.takeVisitId();
    const onDuty = this.state.order;

    let name: PersonName | null = null;
    let typedName: string | null = null;
    let phone: string | null = null;
    let matched: number | null = null;
    let household = false;
    let referrer: number | null = null;
    let consent: 'given' | 'declined' = 'given';
    const answers: FirstAnswers & { familyVisited: boolean | null } = {
      beenBefore: false,
      namedConsultant: null,
      appointmentWith: null,
      referrer: null,
      accompanied: false,
      familyVisited: null,
    };
    let channel = channelOfNewVisitor(rng);
    let notes = noteOf(rng);
    switch (arrival.kind) {
      case 'returning':
        name = c.personName(arrival.clientId);
        // Typed from hearing now and then: 章伟 for 张伟 (the receptionist confirmed the candidate found by phone).
        typedName = rng.chance(0.05) ? soundAlike(rng, name) : null;
        phone = c.phoneOf(arrival.clientId);
        matched = arrival.clientId;
        answers.beenBefore = true;
        office.counts.returningVisits++;
        office.scheduleReturn(arrival.clientId);
        break;
      case 'household': {
        const relative = relativeOf(rng, c.personName(arrival.of));
        name = relative.name;
        phone = c.phoneOf(arrival.of);
        matched = arrival.of;
        household = true;
        answers.familyVisited = true;
        notes = `${c.names[arrival.of] ?? ''}的${relative.relation},同一电话`;
        office.counts.households++;
        break;
      }
      case 'referral':
        name = personName(rng);
        phone = office.phoneBook.next();
        referrer = arrival.by;
        answers.referrer = { kind: 'client', client: c.record(arrival.by) };
        answers.accompanied = rng.chance(0.4);
        channel = 'referral';
        office.counts.referrals++;
        break;
      case 'brochure':
        // 只索取资料: a surname and nothing else; the registration stays incomplete, the turn is used all the same.
        name = personName(rng);
        typedName = `${name.surname}${name.gender === 'male' ? '先生' : '女士'}`;
        notes = '只索取资料,未留电话';
        break;
      case 'declined':
        consent = 'declined';
        notes = null;
        break;
      default:
        name = personName(rng);
        phone = office.phoneBook.next();
        if ((arrival.kind === 'named' || arrival.kind === 'appointment') && onDuty.length > 0) {
          const who = rng.pick(onDuty);
          if (arrival.kind === 'named')
            answers.namedConsultant = { id: who, evidence: rng.chance(0.5) ? 'sms' : 'remembered' };
          else answers.appointmentWith = who;
          channel = rng.chance(0.6) ? 'phone' : 'online';
        }
    }

    const registration = {
      name: typedName ?? (name ? fullName(name) : null),
      gender: name?.gender ?? null,
      phone,
      needs: consent === 'declined' || rng.chance(0.97) ? needsOf(rng, office.project) : emptyNeeds(),
    };
    const complete = consent === 'given' && registrationGaps(registration).length === 0;
    const decision =
      consent === 'declined'
        ? null
        : decideOwnership(
            { matched: matched === null ? null : { client: c.record(matched), household }, answers },
            office.policy,
            { now: at, timeZone: SEED_TIME_ZONE, people: office.staffPeople },
          );

    // commitCheckIn: the visitor's own record when matched; a household match or a new visitor gets one of theirs.
    let clientId = matched !== null && !household ? matched : null;
    if (clientId === null && complete && name && phone) {
      clientId = c.add(name, phone, decision?.referrerClientId ?? referrer, at);
      c.returnsLeft[clientId] = returnCount(rng);
      office.counts.clients++;
      this.plan.clients.push({
        id: clientId,
        ref: clientRef(clientId),
        name: fullName(name),
        gender: name.gender,
        phone,
        referredBy: c.referredBy[clientId] || null,
        createdAt: at,
      });
      office.scheduleReturn(clientId);
    }
    if (clientId !== null && complete) {
      c.lastVisit[clientId] = Math.max(c.lastVisit[clientId] ?? 0, at);
      touched.add(clientId);
    }
    const size = partySizeOf(rng, day.weekend);
    this.visits.set(visitId, { clientId, complete, returning: arrival.kind === 'returning' });
    this.plan.visits.push({
      id: visitId,
      day: this.plan.day,
      arrivedAt: at,
      name: consent === 'declined' ? null : registration.name,
      phone,
      partySize: size,
      clientId,
      gender: registration.gender,
      needs: registration.needs,
      channel: arrival.kind === 'returning' ? 'walkIn' : channel,
      intent: consent === 'declined' ? null : intentOf(rng, arrival.kind === 'returning'),
      party: Array.from({ length: size - 1 }, () => ({ name: null, relation: companionRelation(rng) })),
      answers:
        consent === 'declined'
          ? null
          : {
              beenBefore: answers.beenBefore,
              namedConsultant: answers.namedConsultant?.id ?? null,
              namedEvidence: answers.namedConsultant?.evidence ?? null,
              familyVisited: answers.familyVisited,
              referredBy: referrer === null ? null : { clientId: referrer },
              accompanied: answers.accompanied,
              appointmentWith: answers.appointmentWith,
              confirmedClientId: matched,
              rejectedClientIds: [],
            },
      notes,
      complete,
      consent,
    });
    office.counts.visits++;

    this.append(
      {
        type: 'arrival',
        visitId,
        directedTo: decision?.directedTo ?? null,
        directedKind: decision?.directedKind ?? null,
        clientId: decision?.matchedClientId ?? null,
        lead: decision?.reasons ?? [],
      },
      at,
      null,
    );
    const assigned = this.settle(at, day.meanReception, touched);
    const waiting = this.state.waiting.find((w) => w.visitId === visitId);
    if (waiting) {
      const d = decide(this.state, waiting, this.ctx(at));
      this.append({ type: 'waiting', visitId, reasons: d.kind === 'waiting' ? d.reasons : [] }, at, null);
    }
    if (decision?.returning && decision.ownerId !== null) {
      this.plan.alerts.push({ visitId, consultantId: decision.ownerId, kind: 'returning', at });
    }
    const receiver = assigned.find((a) => a.visitId === visitId)?.consultantId;
    if (decision && decision.lapsedOwnerToTell !== null && decision.lapsedOwnerToTell !== receiver) {
      this.plan.alerts.push({ visitId, consultantId: decision.lapsedOwnerToTell, kind: 'lapsed', at });
    }
  }
}

const emptyNeeds = (): FullVisit['needs'] => ({ project: null, unitType: null, area: null, budget: null });

/** How many more times a new client comes back: most never, a few four times (复访率 about 30% of visits). */
function returnCount(rng: Rng): number {
  const x = rng.next();
  return x < 0.72 ? 0 : x < 0.88 ? 1 : x < 0.95 ? 2 : x < 0.98 ? 3 : 4;
}
