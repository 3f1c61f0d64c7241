import type { FollowUpChannel } from '../../db/queries/follow-ups';
import type { OwnershipChange, OwnershipChangeKind } from '../../db/queries/ownership-changes';
import type { FullVisit } from '../../db/queries/visits';
import type { AssignedBody, DayEvent, DayEventBody } from '../domain/day-events';
import { applyEvent, emptyDay, type DayState } from '../domain/day-state';
import { localToEpoch } from '../domain/office-time';
import { planDeparture } from '../domain/ownership/departure';
import { decideOwnership } from '../domain/ownership/ownership';
import { isProtected } from '../domain/ownership/protection';
import type { FirstAnswers } from '../domain/ownership/ownership-types';
import type { OwnershipPerson } from '../domain/ownership/people';
import { resolvePolicy, type OfficePolicy, type PolicyChoice } from '../domain/policy';
import { registrationGaps } from '../domain/registration';
import { decide, settleWaiting, type RuleContext } from '../domain/rotation';
import { ClientStore, clientRef } from './client-store';
import { fullName, personName, relativeOf, soundAlike, type PersonName } from './names';
import { PhoneBook } from './phones';
import { createRng, type Rng } from './prng';
import {
  channelOfNewVisitor,
  companionRelation,
  followUpText,
  intentOf,
  needsOf,
  noteOf,
  partySizeOf,
  unitSold,
} from './registration-details';
import { planStaff, type StaffMember } from './staff-plan';

export const SEED_TIME_ZONE = 'Asia/Shanghai';

/**
 * The generated office's rules: the standard rotation, each day continuing from the last day's queue (so the
 * same consultant is not first every morning), and a departed consultant's clients going to their successor.
 */
export const SEED_POLICY: PolicyChoice = {
  preset: 'default',
  overrides: { 'rotation.startOrder': 'continue', 'ownership.departed': 'successor' },
};

/** The lunch window every day (the setting's default, 12:00–13:30). */
const LUNCH = { from: 720, to: 810 };

export interface HistoryOptions {
  years: number;
  visitsPerDay: number;
  consultants: number;
  seed: string;
  /** The last office day of the history, 'YYYY-MM-DD'. */
  endDay: string;
  projectName: string;
}

export interface PlannedClient {
  id: number;
  ref: string;
  name: string;
  gender: 'male' | 'female';
  phone: string;
  referredBy: number | null;
  createdAt: number;
}

/** A client's dates and owner at the end of the day (what the clients row holds). */
export interface ClientState {
  id: number;
  ownerId: number | null;
  firstVisitAt: number | null;
  lastVisitAt: number | null;
  lastFollowUpAt: number | null;
  handedOverAt: number | null;
}

export type PlannedVisit = FullVisit & { consent: 'given' | 'declined' };

export interface PlannedDeparture {
  consultantId: number;
  successorId: number | null;
  at: number;
  clientsMoved: number;
}

export interface PlannedFollowUp {
  clientId: number;
  consultantId: number;
  at: number;
  channel: FollowUpChannel;
  content: string;
  reaction: string | null;
}

export interface PlannedAlert {
  visitId: number;
  consultantId: number;
  kind: 'returning' | 'lapsed';
  at: number;
}

/** 成交: judged at the sale, as services/sales.ts planSale judges one (the owner's protection as it stood then). */
export interface PlannedSale {
  clientId: number;
  closerId: number;
  ownerId: number | null;
  ownerProtected: boolean;
  at: number;
  unit: string;
  amountYuan: number;
}

/** Everything one office day adds to the database, in the order it must be written. */
export interface DayPlan {
  day: string;
  departures: PlannedDeparture[];
  clients: PlannedClient[];
  visits: PlannedVisit[];
  events: DayEvent[];
  ownershipChanges: OwnershipChange[];
  followUps: PlannedFollowUp[];
  alerts: PlannedAlert[];
  sales: PlannedSale[];
  /** Clients created before today whose row changed today; today's new clients are written as they end it. */
  updated: ClientState[];
  /** Today's new clients as they end the day. */
  created: ClientState[];
}

export interface HistoryCounts {
  days: number;
  clients: number;
  visits: number;
  returningVisits: number;
  households: number;
  referrals: number;
  followUps: number;
  departures: number;
  sales: number;
  events: number;
}

const DAY_MS = 86_400_000;
const MINUTE = 60_000;

/**
 * Visits by day of the week (Sunday first): weekends bring two to three times a weekday's visitors. By month:
 * quiet around the Spring Festival, busy in May and in 金九银十 (September, October), the selling season.
 */
const WEEKDAY = [1.8, 0.75, 0.7, 0.7, 0.75, 0.85, 2.0];
const MONTH = [0.8, 0.6, 1.0, 1.05, 1.1, 0.95, 0.9, 0.9, 1.1, 1.25, 1.0, 0.95];
const WEEKDAY_MEAN = WEEKDAY.reduce((a, b) => a + b) / 7;
const MONTH_MEAN = MONTH.reduce((a, b) => a + b) / 12;

/** What kind of visitor walks in, for visitors who are not a scheduled return. */
type Arrival =
  | { kind: 'returning'; clientId: number }
  | { kind: 'household'; of: number }
  | { kind: 'referral'; by: number }
  | { kind: 'named' | 'appointment' | 'new' | 'brochure' | 'declined' };

interface DayVisit {
  clientId: number | null;
  complete: boolean;
  returning: boolean;
}

/**
 * The office's history, planned day by day from a seed: pure (no database), and deterministic — the same options
 * give the same days, down to every name, minute and reason. The floor is simulated with the app's own rules:
 * who owns a visitor is `decideOwnership`, who receives them is the rotation (`settleWaiting`, `decide`), and
 * the day's log is the events those return, folded with `applyEvent` exactly as the app does. So a seeded day
 * reads like a real one: the daily sheet and the reports find each reception in the log.
 *
 * Consultants go back to the desk (status_changed → available) when a reception ends, which is what frees them
 * for the next visitor; that is the only event the app would have and the plan adds of its own accord.
 */
export class OfficeHistory {
  readonly staff: readonly StaffMember[];
  readonly firstDay: string;
  readonly days: number;
  readonly policy: OfficePolicy = resolvePolicy(SEED_POLICY);
  readonly counts: HistoryCounts;

  private readonly rng: Rng;
  private readonly phones: PhoneBook;
  private readonly clients = new ClientStore();
  private readonly people = new Map<number, OwnershipPerson>();
  private readonly returns = new Map<number, number[]>();
  private readonly followUpDays = new Map<number, number[]>();
  private readonly buyers: number[] = [];
  private order: number[] = [];
  private nextVisitId = 1;
  private nextEventId = 1;
  private dayIndex = 0;

  constructor(private readonly options: HistoryOptions) {
    this.rng = createRng(options.seed);
    this.phones = new PhoneBook(this.rng);
    this.days = Math.max(1, Math.round(options.years * 365.25));
    this.firstDay = shiftDay(options.endDay, -(this.days - 1));
    this.staff = planStaff(this.rng, options.consultants, this.days);
    for (const m of this.staff) this.people.set(m.id, { name: m.name, active: true, successorId: null });
    this.counts = {
      days: 0,
      clients: 0,
      visits: 0,
      returningVisits: 0,
      households: 0,
      referrals: 0,
      followUps: 0,
      departures: 0,
      sales: 0,
      events: 0,
    };
  }

  get admin(): StaffMember {
    return this.staff[0] as StaffMember;
  }

  /** The office day of a day index. */
  dayOf(index: number): string {
    return shiftDay(this.firstDay, index);
  }

  /** Consultants still here at the end of the history, in their last queue order (the standing order). */
  finalOrder(): number[] {
    const present = this.present(this.days - 1).map((m) => m.id);
    return [...this.order.filter((id) => present.includes(id)), ...present.filter((id) => !this.order.includes(id))];
  }

  *plan(): Generator<DayPlan> {
    for (this.dayIndex = 0; this.dayIndex < this.days; this.dayIndex++) yield this.planDay(this.dayIndex);
  }

  private present(i: number): StaffMember[] {
    return this.staff.filter(
      (m) => m.role === 'consultant' && m.hiredDay <= i && (m.departsDay === null || m.departsDay > i),
    );
  }

  private planDay(i: number): DayPlan {
    const day = this.dayOf(i);
    const start = localToEpoch(day, 0, SEED_TIME_ZONE);
    const plan: DayPlan = {
      day,
      departures: [],
      clients: [],
      visits: [],
      events: [],
      ownershipChanges: [],
      followUps: [],
      alerts: [],
      sales: [],
      updated: [],
      created: [],
    };
    const touched = new Set<number>();
    const firstNewClient = this.clients.count + 1;
    for (const m of this.staff) if (m.departsDay === i) this.depart(m, start + 510 * MINUTE, plan, touched);

    const sim = new DaySim(this, plan, start);
    const weekday = new Date(start + 12 * 3600_000).getUTCDay();
    const { order, off } = this.roster(i, weekday);
    sim.open(order, off, i);

    const weekend = weekday === 0 || weekday === 6;
    const month = Number(day.slice(5, 7)) - 1;
    const mean =
      (this.options.visitsPerDay * (WEEKDAY[weekday] as number) * (MONTH[month] as number)) /
      (WEEKDAY_MEAN * MONTH_MEAN);
    const total = this.rng.poisson(mean);
    const due = (this.returns.get(i) ?? []).filter((c) => this.clients.bought[c] === 0);
    this.returns.delete(i);
    const arrivals: { at: number; arrival: Arrival }[] = due.map((clientId) => ({
      at: start + arrivalMinute(this.rng) * MINUTE + this.rng.int(60) * 1000,
      arrival: { kind: 'returning', clientId },
    }));
    for (let n = due.length; n < total; n++) {
      arrivals.push({
        at: start + arrivalMinute(this.rng) * MINUTE + this.rng.int(60) * 1000,
        arrival: this.newcomer(),
      });
    }
    arrivals.sort((a, b) => a.at - b.at);
    // Receptions last long enough to keep about 70% of the consultants on duty busy on an ordinary day.
    const meanReception = Math.min(70, Math.max(12, (0.7 * Math.max(1, order.length) * 540) / Math.max(1, mean)));
    for (const { at, arrival } of arrivals) {
      sim.drainUntil(at, meanReception, touched);
      sim.arrive(at, arrival, { weekend, meanReception }, touched);
    }
    sim.drainUntil(Infinity, meanReception, touched);
    this.order = sim.state.order;

    this.followUpsOf(i, start, plan, touched);
    for (const id of touched) (id >= firstNewClient ? plan.created : plan.updated).push(this.stateOf(id));
    plan.created.sort((a, b) => a.id - b.id);
    this.counts.days++;
    this.counts.events += plan.events.length;
    return plan;
  }

  /** Who is on duty: continuing yesterday's queue; each consultant has one weekday off, and a few are on leave. */
  private roster(i: number, weekday: number): { order: number[]; off: number[] } {
    const present = this.present(i).map((m) => m.id);
    const queue = [
      ...this.order.filter((id) => present.includes(id)),
      ...present.filter((id) => !this.order.includes(id)),
    ];
    const weekend = weekday === 0 || weekday === 6;
    const off = queue.filter((id) => (!weekend && id % 5 === weekday - 1) || this.rng.chance(0.02));
    const onDuty = queue.filter((id) => !off.includes(id));
    // Never an empty floor: whoever was to be off first comes in.
    while (onDuty.length < Math.min(2, queue.length)) onDuty.push(off.shift() as number);
    return { order: onDuty, off };
  }

  /** A visitor who is not a scheduled return: mostly new, some family of a client, some referred by one. */
  private newcomer(): Arrival {
    const x = this.rng.next();
    const known = this.clients.count;
    if (x < 0.04) return { kind: 'brochure' };
    if (x < 0.05) return { kind: 'declined' };
    if (known > 50 && x < 0.1) return { kind: 'household', of: this.recentClient(180) };
    if (known > 50 && x < 0.17) {
      const fromBuyer = this.buyers.length > 0 && this.rng.chance(0.4);
      return { kind: 'referral', by: fromBuyer ? this.rng.pick(this.buyers) : this.recentClient(365) };
    }
    if (x < 0.195) return { kind: 'named' };
    if (x < 0.22) return { kind: 'appointment' };
    return { kind: 'new' };
  }

  /** A client created within about the last `days` days (ids grow with time, so a range of ids is a range of dates). */
  private recentClient(days: number): number {
    const count = this.clients.count;
    const perDay = count / Math.max(1, this.dayIndex);
    const span = Math.max(1, Math.min(count, Math.round(perDay * days)));
    return count - this.rng.int(span);
  }

  private stateOf(id: number): ClientState {
    const r = this.clients.record(id);
    return {
      id,
      ownerId: r.ownerId,
      firstVisitAt: r.firstVisitAt,
      lastVisitAt: r.lastVisitAt,
      lastFollowUpAt: r.lastFollowUpAt,
      handedOverAt: r.handedOverAt,
    };
  }

  /** 离职 before the day opens, as services/departure.ts does it: the clients go to a successor or the pool. */
  private depart(m: StaffMember, at: number, plan: DayPlan, touched: Set<number>): void {
    const others = this.present(this.dayIndex).filter((o) => o.id !== m.id && o.departsDay !== this.dayIndex);
    const successor = others.length > 0 && this.rng.chance(0.75) ? this.rng.pick(others) : null;
    const verdict = planDeparture({
      departing: { id: m.id, name: m.name, active: true },
      successor: successor && { id: successor.id, name: successor.name, active: true },
      policy: this.policy,
      supervisor: this.admin.name,
      note: successor ? `${m.name}离职,业务由${successor.name}接手` : `${m.name}离职,客户退回案场`,
    });
    if (!verdict.ok) return;
    const c = this.clients;
    let moved = 0;
    for (let id = 1; id <= c.count; id++) {
      if (c.owner[id] !== m.id) continue;
      c.owner[id] = verdict.toId ?? 0;
      c.handedOver[id] = verdict.toId === null ? 0 : at;
      touched.add(id);
      moved++;
      plan.ownershipChanges.push({
        clientId: id,
        fromId: m.id,
        toId: verdict.toId,
        at,
        actorId: this.admin.id,
        kind: 'successor',
        reasons: verdict.reasons,
      });
    }
    this.people.set(m.id, { name: m.name, active: false, successorId: verdict.toId });
    plan.departures.push({ consultantId: m.id, successorId: verdict.toId, at, clientsMoved: moved });
    this.counts.departures++;
  }

  /**
   * 跟进: the owner calls or messages the client on the day planned, if the client is still theirs and they are
   * still here. Each follow-up makes another less likely (most chases stop after a few), so many clients lapse.
   */
  private followUpsOf(i: number, start: number, plan: DayPlan, touched: Set<number>): void {
    const due = this.followUpDays.get(i) ?? [];
    this.followUpDays.delete(i);
    const c = this.clients;
    for (const id of due) {
      if (c.nextFollowUp[id] !== i || c.bought[id] === 1) continue;
      const owner = c.ownerOf(id);
      if (owner === null || !this.people.get(owner)?.active) {
        c.nextFollowUp[id] = -1;
        continue;
      }
      const at = start + this.rng.between(570, 1230) * MINUTE;
      plan.followUps.push({ clientId: id, consultantId: owner, at, ...followUpText(this.rng) });
      c.lastFollowUp[id] = Math.max(c.lastFollowUp[id] ?? 0, at);
      const n = (c.followUps[id] = (c.followUps[id] ?? 0) + 1);
      touched.add(id);
      this.counts.followUps++;
      const goOn = [0.7, 0.6, 0.5, 0.4, 0.3][Math.min(n - 1, 4)] as number;
      this.scheduleFollowUp(id, this.rng.chance(goOn) ? i + this.rng.between(5, 20) : -1);
    }
  }

  scheduleFollowUp(id: number, day: number): void {
    this.clients.nextFollowUp[id] = day < this.days ? day : -1;
    if (day < 0 || day >= this.days) return;
    const list = this.followUpDays.get(day);
    if (list) list.push(id);
    else this.followUpDays.set(day, [id]);
  }

  /** The next return of a client who will come again: mostly within two weeks, some after months, often a weekend. */
  scheduleReturn(id: number): void {
    const c = this.clients;
    if ((c.returnsLeft[id] ?? 0) === 0 || c.bought[id] === 1) return;
    c.returnsLeft[id] = (c.returnsLeft[id] ?? 1) - 1;
    const x = this.rng.next();
    let day =
      this.dayIndex +
      (x < 0.6 ? this.rng.between(1, 14) : x < 0.9 ? this.rng.between(15, 45) : this.rng.between(46, 180));
    if (this.rng.chance(0.5)) {
      const weekday = new Date(`${this.dayOf(day)}T12:00:00Z`).getUTCDay();
      day += weekday === 0 ? 0 : 6 - weekday + (this.rng.chance(0.5) ? 0 : 1);
    }
    if (day >= this.days) return;
    const list = this.returns.get(day);
    if (list) list.push(id);
    else this.returns.set(day, [id]);
  }

  // What DaySim needs of the office's memory.
  get store(): ClientStore {
    return this.clients;
  }
  get random(): Rng {
    return this.rng;
  }
  get phoneBook(): PhoneBook {
    return this.phones;
  }
  get staffPeople(): ReadonlyMap<number, OwnershipPerson> {
    return this.people;
  }
  get project(): string {
    return this.options.projectName;
  }
  get index(): number {
    return this.dayIndex;
  }
  takeVisitId(): number {
    return this.nextVisitId++;
  }
  takeEventId(): number {
    return this.nextEventId++;
  }
  recordBuyer(id: number): void {
    this.buyers.push(id);
  }
}

/**
 * One office day on the floor: arrivals and the ends of receptions in time order, each handled the way the
 * check-in (services/check-in.ts commitCheckIn), the day's transaction (day-tx.ts withDay, recordReception) and
 * a consultant's status change (handlers/statuses.ts) handle them.
 */
class DaySim {
  readonly state: DayState;
  private readonly visits = new Map<number, DayVisit>();
  /** Receptions under way: when each consultant is back at the desk. */
  private readonly busyUntil = new Map<number, number>();

  constructor(
    private readonly office: OfficeHistory,
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

/** Minutes after midnight of an arrival: 09:00–18:00, a late-morning peak near 10:45 and an afternoon one near 15:00. */
function arrivalMinute(rng: Rng): number {
  for (;;) {
    const x = rng.next();
    const m = x < 0.45 ? 645 + 55 * rng.normal() : x < 0.9 ? 900 + 70 * rng.normal() : 540 + rng.next() * 540;
    if (m >= 540 && m < 1080) return Math.floor(m);
  }
}

export function shiftDay(day: string, by: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + by * DAY_MS).toISOString().slice(0, 10);
}
