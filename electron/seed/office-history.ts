import { localToEpoch } from '../domain/office-time';
import { planDeparture } from '../domain/ownership/departure';
import type { OwnershipPerson } from '../domain/ownership/people';
import { resolvePolicy, type OfficePolicy } from '../domain/policy';
import { ClientStore } from './client-store';
import {
  SEED_POLICY,
  SEED_TIME_ZONE,
  type Arrival,
  type ClientState,
  type DayPlan,
  type HistoryCounts,
} from './day-plan';
import { FloorDay, type FloorOffice } from './floor-day';
import { PhoneBook } from './phones';
import { createRng, type Rng } from './prng';
import { followUpText } from './registration-details';
import { planStaff, type StaffMember } from './staff-plan';

export interface HistoryOptions {
  years: number;
  visitsPerDay: number;
  consultants: number;
  seed: string;
  /** The last office day of the history, 'YYYY-MM-DD'. */
  endDay: string;
  projectName: string;
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
export class OfficeHistory implements FloorOffice {
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

    const sim = new FloorDay(this, plan, start);
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

  // What a day on the floor reads and draws from.
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
