import { forfeitsOf, type AssignMode, type LoggedDayEvent, type LunchWindow, type RosterBody } from './day-events';
import { DEFAULT_POLICY_CHOICE, resolvePolicy, type PolicyChoice, type OfficePolicy } from './policy';
import type { ConsultantStatus, DirectedKind, Reason } from './reasons';

export interface MemberState {
  id: number;
  status: ConsultantStatus;
  since: number;
  receptions: number;
  lunchDuty: boolean;
  /** When they were last passed over and sent to the back while away (for the return window). */
  forfeitedAt: number | null;
}

export interface WaitingVisitor {
  visitId: number;
  arrivedAt: number;
  directedTo: number | null;
  directedKind: DirectedKind | null;
  /** Reasons decided at check-in (whose client this is), carried into whatever decision follows. */
  lead: Reason[];
  reasons: Reason[];
  /**
   * The arrival event, and the latest event that kept them waiting: where `lead` and `reasons` are kept when the
   * fold read the log without its words (day-cache fills them back from there).
   */
  arrivalEventId: number;
  waitingEventId: number | null;
}

export interface Assignment {
  visitId: number;
  consultantId: number;
  ownerId: number;
  at: number;
  mode: AssignMode;
  turnConsumed: boolean;
  standIn: boolean;
  notify: number | null;
  /** The events whose reasons explain this reception, in order: the assignment, then any claim that changed it. */
  explainedBy: number[];
}

export interface DayState {
  day: string;
  opened: boolean;
  timeZone: string;
  policyChoice: PolicyChoice;
  policy: OfficePolicy;
  /** The rotation: consultants on duty and not on leave, in turn order. */
  order: number[];
  /** Everyone on duty or on leave today, by id. */
  members: Map<number, MemberState>;
  lunch: LunchWindow | null;
  suspended: boolean;
  waiting: WaitingVisitor[];
  assignments: Assignment[];
  version: number;
}

export function emptyDay(day: string, timeZone: string): DayState {
  return {
    day,
    opened: false,
    timeZone,
    policyChoice: DEFAULT_POLICY_CHOICE,
    policy: resolvePolicy(DEFAULT_POLICY_CHOICE),
    order: [],
    members: new Map(),
    lunch: null,
    suspended: false,
    waiting: [],
    assignments: [],
    version: 0,
  };
}

export function cloneDay(s: DayState): DayState {
  return {
    ...s,
    order: [...s.order],
    members: new Map([...s.members].map(([id, m]) => [id, { ...m }])),
    waiting: [...s.waiting],
    assignments: [...s.assignments],
  };
}

const without = (list: number[], id: number) => list.filter((x) => x !== id);

/** Someone dropped from the roster and added back keeps the receptions they already had today. */
const receptionsOf = (s: DayState, id: number) => s.assignments.filter((a) => a.consultantId === id).length;

function applyRoster(s: DayState, r: RosterBody, at: number): void {
  const next = new Map<number, MemberState>();
  const place = (id: number, status: ConsultantStatus | null) => {
    const old = s.members.get(id);
    const keep = old && status === null && old.status !== 'leave';
    next.set(id, {
      id,
      status: keep ? old.status : (status ?? 'available'),
      since: keep ? old.since : at,
      receptions: old?.receptions ?? receptionsOf(s, id),
      lunchDuty: r.lunchDuty.includes(id),
      forfeitedAt: keep ? old.forfeitedAt : null,
    });
  };
  for (const id of r.order) place(id, null);
  for (const id of r.off) place(id, 'leave');
  s.members = next;
  s.order = [...r.order];
  s.lunch = r.lunch;
}

function setStatus(s: DayState, id: number, status: ConsultantStatus, at: number): void {
  const m = s.members.get(id) ?? {
    id,
    status: 'leave' as ConsultantStatus,
    since: at,
    receptions: receptionsOf(s, id),
    lunchDuty: false,
    forfeitedAt: null,
  };
  s.members.set(id, { ...m, status, since: at, forfeitedAt: status === 'available' ? null : m.forfeitedAt });
  if (status === 'leave') s.order = without(s.order, id);
  else if (!s.order.includes(id)) s.order = [...s.order, id];
}

/** Applies one event to the day, in place. The only place the queue changes. */
export function applyEvent(s: DayState, e: LoggedDayEvent): void {
  s.version = e.id;
  switch (e.type) {
    case 'day_opened':
      s.opened = true;
      s.timeZone = e.timeZone;
      s.policyChoice = e.policy;
      s.policy = resolvePolicy(e.policy);
      applyRoster(s, e, e.at);
      break;
    case 'roster_set':
      applyRoster(s, e, e.at);
      break;
    case 'status_changed':
      setStatus(s, e.consultantId, e.status, e.at);
      break;
    case 'arrival':
      s.waiting = [
        ...s.waiting,
        {
          visitId: e.visitId,
          arrivedAt: e.at,
          directedTo: e.directedTo,
          directedKind: e.directedKind,
          lead: e.lead ?? [],
          reasons: [],
          arrivalEventId: e.id,
          waitingEventId: null,
        },
      ];
      break;
    case 'waiting':
      s.waiting = s.waiting.map((w) =>
        w.visitId === e.visitId ? { ...w, reasons: e.reasons ?? [], waitingEventId: e.id } : w,
      );
      break;
    case 'assigned': {
      s.waiting = s.waiting.filter((w) => w.visitId !== e.visitId);
      s.order = [...e.order];
      const m = s.members.get(e.consultantId);
      if (m) s.members.set(m.id, { ...m, status: 'receiving', since: e.at, receptions: m.receptions + 1 });
      for (const id of e.forfeited ?? forfeitsOf(e.passedOver ?? [])) {
        const passed = s.members.get(id);
        if (passed) s.members.set(passed.id, { ...passed, forfeitedAt: e.at });
      }
      // Pushed, not copied: a busy day's fold would copy the list at each of its 500 receptions. A state handed out
      // is a clone (cloneDay) with its own list.
      s.assignments.push({
        visitId: e.visitId,
        consultantId: e.consultantId,
        ownerId: e.ownerId,
        at: e.at,
        mode: e.mode,
        turnConsumed: e.turnConsumed,
        standIn: e.standIn,
        notify: e.notify,
        explainedBy: [e.id],
      });
      break;
    }
    case 'claimed': {
      s.order = [...e.order];
      const freed = s.members.get(e.freedId);
      if (freed)
        s.members.set(freed.id, {
          ...freed,
          status: 'available',
          since: e.at,
          receptions: Math.max(0, freed.receptions - 1),
        });
      const claimant = s.members.get(e.claimantId);
      if (claimant) {
        s.members.set(claimant.id, {
          ...claimant,
          status: 'receiving',
          since: e.at,
          receptions: claimant.receptions + 1,
        });
      }
      s.assignments = s.assignments.map((a) =>
        a.visitId === e.visitId
          ? {
              ...a,
              consultantId: e.claimantId,
              ownerId: e.claimantId,
              turnConsumed: false,
              explainedBy: [...a.explainedBy, e.id],
            }
          : a,
      );
      break;
    }
    case 'visitor_left':
      s.waiting = s.waiting.filter((w) => w.visitId !== e.visitId);
      break;
    case 'queue_reordered':
      s.order = [...e.order];
      break;
    case 'turn_skipped':
      s.order = [...without(s.order, e.consultantId), e.consultantId];
      break;
    case 'makeup_granted': {
      s.order = [e.consultantId, ...without(s.order, e.consultantId)];
      const m = s.members.get(e.consultantId);
      if (m) s.members.set(m.id, { ...m, forfeitedAt: null });
      break;
    }
    case 'rotation_suspended':
      s.suspended = true;
      break;
    case 'rotation_resumed':
      s.suspended = false;
      break;
    case 'policy_changed':
      s.policyChoice = e.policy;
      s.policy = resolvePolicy(e.policy);
      break;
  }
}

export function foldDay(day: string, timeZone: string, events: readonly LoggedDayEvent[]): DayState {
  const s = emptyDay(day, timeZone);
  for (const e of events) applyEvent(s, e);
  return s;
}

/**
 * What a roster edit rests on: the order, who is off, lunch duty and the lunch window. Arrivals
 * and status changes that leave these alone do not make a supervisor's edit stale.
 */
export function rosterStamp(s: DayState): string {
  const members = [...s.members.values()];
  const text = JSON.stringify([
    s.order,
    members
      .filter((m) => m.status === 'leave')
      .map((m) => m.id)
      .sort((a, b) => a - b),
    members
      .filter((m) => m.lunchDuty)
      .map((m) => m.id)
      .sort((a, b) => a - b),
    s.lunch,
  ]);
  // FNV-1a: a short stamp, not a secret.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `r${hash.toString(16).padStart(8, '0')}`;
}
