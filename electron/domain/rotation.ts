import { forfeitsOf, type AssignedBody, type MakeupBody, type PassedOver } from './day-events';
import { applyEvent, cloneDay, type DayState, type WaitingVisitor } from './day-state';
import { minuteOfDay } from './office-time';
import type { OfficePolicy } from './policy';
import { reasons, type ConsultantStatus, type Reason } from './reasons';

/** What the rules need to know about a person beyond today's log. */
export interface Person {
  name: string;
  active: boolean;
}
export type People = ReadonlyMap<number, Person>;

export interface RuleContext {
  now: number;
  people: People;
}

export type Decision = { kind: 'assigned'; body: AssignedBody } | { kind: 'waiting'; reasons: Reason[] };

const nameOf = (people: People, id: number) => people.get(id)?.name ?? `#${id}`;

export function inLunchWindow(s: DayState, now: number): boolean {
  if (!s.lunch) return false;
  const m = minuteOfDay(now, s.timeZone);
  return m >= s.lunch.from && m < s.lunch.to;
}

function isAvailable(s: DayState, id: number): boolean {
  return s.members.get(id)?.status === 'available';
}

/** Rule b and c: what happens to a consultant the rotation passes over. */
function passEffect(status: ConsultantStatus, policy: OfficePolicy): PassedOver['effect'] {
  if (status === 'away_personal') return policy['rotation.awayPersonal'] === 'forfeit' ? 'back' : 'kept';
  return policy['rotation.busy'] === 'skip' ? 'back' : 'kept';
}

/**
 * Rule e: during the lunch window only lunch-duty consultants receive. When none of them is at the
 * desk the visitor is not left standing: the ordinary rotation receives, and the reasons say so.
 */
function rotationPool(s: DayState, now: number): { lunch: boolean; eligible: (id: number) => boolean } {
  if (inLunchWindow(s, now)) {
    const duty = s.order.filter((id) => s.members.get(id)?.lunchDuty);
    if (duty.some((id) => isAvailable(s, id))) return { lunch: true, eligible: (id) => duty.includes(id) };
  }
  return { lunch: false, eligible: () => true };
}

function lunchFallbackReasons(s: DayState, now: number, lunch: boolean): Reason[] {
  return !lunch && inLunchWindow(s, now) ? [reasons.lunchNoDuty()] : [];
}

/** Rules a–c and e: the first available consultant in the queue receives a new visitor. */
function decideByRotation(s: DayState, visit: WaitingVisitor, ctx: RuleContext, lead: Reason[]): Decision | null {
  const { lunch, eligible } = rotationPool(s, ctx.now);
  const passedOver: PassedOver[] = [];
  let receiver: number | null = null;
  for (const id of s.order) {
    if (!eligible(id)) continue;
    const m = s.members.get(id);
    if (!m) continue;
    if (m.status === 'available') {
      receiver = id;
      break;
    }
    passedOver.push({ consultantId: id, status: m.status, effect: passEffect(m.status, s.policy) });
  }
  if (receiver === null) return null;

  const usesTurn = lunch ? s.policy['rotation.lunchDutyUsesTurn'] : true;
  const back = passedOver.filter((p) => p.effect === 'back').map((p) => p.consultantId);
  const stays = s.order.filter((id) => !back.includes(id) && !(usesTurn && id === receiver));
  const order = [...stays, ...back, ...(usesTurn ? [receiver] : [])];
  const name = nameOf(ctx.people, receiver);

  return {
    kind: 'assigned',
    body: {
      type: 'assigned',
      visitId: visit.visitId,
      consultantId: receiver,
      ownerId: receiver,
      mode: lunch ? 'lunchDuty' : 'rotation',
      turnConsumed: usesTurn,
      standIn: false,
      order,
      passedOver,
      forfeited: forfeitsOf(passedOver),
      notify: null,
      reasons: [
        ...lead,
        ...lunchFallbackReasons(s, ctx.now, lunch),
        ...passedOver.map((p) =>
          p.effect === 'back'
            ? reasons.passedOverBack(nameOf(ctx.people, p.consultantId), p.status)
            : reasons.passedOverKept(nameOf(ctx.people, p.consultantId), p.status),
        ),
        lunch ? reasons.lunchDuty(name) : reasons.rotationHead(name),
        usesTurn ? reasons.turnUsed(name) : reasons.turnKept(name),
      ],
    },
  };
}

/** Rule f: the stand-in is the first (or last) available consultant in the queue, who keeps their place. */
function pickStandIn(s: DayState, now: number): number | null {
  const { eligible } = rotationPool(s, now);
  const candidates = s.order.filter((id) => eligible(id) && isAvailable(s, id));
  return (s.policy['rotation.standIn'] === 'head' ? candidates[0] : candidates[candidates.length - 1]) ?? null;
}

/** Rule f: a visitor who named a consultant, has an appointment, or is their client. */
function decideDirected(s: DayState, visit: WaitingVisitor, target: number, ctx: RuleContext): Decision | null {
  const kind = visit.directedKind ?? 'named';
  const targetName = nameOf(ctx.people, target);
  const person = ctx.people.get(target);
  const lead = reasons.directed(kind, targetName);

  if (!person?.active) {
    // A departed consultant's visitors go back to the office: the rotation receives them.
    return decideByRotation(s, visit, ctx, [lead, reasons.directedUnavailable(targetName, 'departed')]);
  }

  if (isAvailable(s, target)) {
    const usesTurn = s.policy['rotation.directedUsesTurn'];
    return {
      kind: 'assigned',
      body: {
        type: 'assigned',
        visitId: visit.visitId,
        consultantId: target,
        ownerId: target,
        mode: 'directed',
        turnConsumed: usesTurn,
        standIn: false,
        order: usesTurn ? [...s.order.filter((id) => id !== target), target] : [...s.order],
        passedOver: [],
        forfeited: [],
        notify: null,
        reasons: [lead, usesTurn ? reasons.turnUsed(targetName) : reasons.turnKept(targetName)],
      },
    };
  }

  const m = s.members.get(target);
  const unavailable = reasons.directedUnavailable(targetName, m ? m.status : 'offDuty');
  const standIn = pickStandIn(s, ctx.now);
  if (standIn === null) {
    return null;
  }
  const standInName = nameOf(ctx.people, standIn);
  return {
    kind: 'assigned',
    body: {
      type: 'assigned',
      visitId: visit.visitId,
      consultantId: standIn,
      ownerId: target,
      mode: 'standIn',
      turnConsumed: false,
      standIn: true,
      order: [...s.order],
      passedOver: [],
      forfeited: [],
      notify: target,
      reasons: [lead, unavailable, reasons.standIn(standInName), reasons.ownerNotified(targetName)],
    },
  };
}

function waitingReasons(s: DayState, visit: WaitingVisitor, ctx: RuleContext): Reason[] {
  if (s.suspended) return [reasons.waitingSuspended()];
  const position = s.waiting.findIndex((w) => w.visitId === visit.visitId) + 1 || s.waiting.length + 1;
  const lead: Reason[] = [];
  if (visit.directedTo !== null && ctx.people.get(visit.directedTo)?.active) {
    const name = nameOf(ctx.people, visit.directedTo);
    const m = s.members.get(visit.directedTo);
    lead.push(
      reasons.directed(visit.directedKind ?? 'named', name),
      reasons.directedUnavailable(name, m ? m.status : 'offDuty'),
      reasons.waitingForStandIn(name),
    );
  }
  return [...lead, reasons.waitingNobody(position)];
}

/**
 * The check-in's reasons (whose client this is) come first. They already say why the visitor is
 * directed, so the rotation's own "访客指定…" line would only repeat them.
 */
export function withLead(visit: WaitingVisitor, rs: Reason[]): Reason[] {
  if (visit.lead.length === 0) return rs;
  return [...visit.lead, ...rs.filter((r) => r.code !== 'directed')];
}

/** Who receives this visitor now, or why they wait (rules a–h). */
export function decide(s: DayState, visit: WaitingVisitor, ctx: RuleContext): Decision {
  // Rule h: opening-day mode — the supervisor assigns every visitor by hand.
  const found = s.suspended
    ? null
    : visit.directedTo !== null
      ? decideDirected(s, visit, visit.directedTo, ctx)
      : decideByRotation(s, visit, ctx, []);
  const own = (rs: Reason[]) => withLead(visit, rs);
  if (!found) return { kind: 'waiting', reasons: own(waitingReasons(s, visit, ctx)) };
  return found.kind === 'assigned'
    ? { kind: 'assigned', body: { ...found.body, reasons: own(found.body.reasons) } }
    : found;
}

/**
 * Rule g: waiting visitors are served first-come as consultants become free. Returns the
 * assignments to append, in order; each is decided on the queue the previous one left.
 */
export function settleWaiting(s: DayState, ctx: RuleContext): AssignedBody[] {
  if (s.suspended || s.waiting.length === 0) return [];
  const draft = cloneDay(s);
  const out: AssignedBody[] = [];
  for (const visit of s.waiting) {
    const d = decide(draft, visit, ctx);
    if (d.kind !== 'assigned') continue;
    out.push(d.body);
    applyEvent(draft, { ...d.body, id: draft.version, at: ctx.now, actorId: null });
  }
  return out;
}

/** Rule c, make-up: back at the desk within the return window after a forfeit → restored to the head. */
export function returnMakeup(
  s: DayState,
  consultantId: number,
  newStatus: ConsultantStatus,
  ctx: RuleContext,
): MakeupBody | null {
  const window = s.policy['rotation.returnWindowMinutes'];
  const m = s.members.get(consultantId);
  if (newStatus !== 'available' || window <= 0 || !m || m.forfeitedAt === null) return null;
  if (ctx.now - m.forfeitedAt > window * 60_000) return null;
  return {
    type: 'makeup_granted',
    consultantId,
    note: null,
    reasons: [reasons.returnedInWindow(nameOf(ctx.people, consultantId), window)],
  };
}

/** Who the rules would give the next new walk-in to, right now (the board's "next"). */
export function nextUp(s: DayState, ctx: RuleContext): number | null {
  if (s.suspended) return null;
  const probe: WaitingVisitor = {
    visitId: -1,
    arrivedAt: ctx.now,
    directedTo: null,
    directedKind: null,
    lead: [],
    reasons: [],
    arrivalEventId: 0,
    waitingEventId: null,
  };
  const d = decideByRotation(s, probe, ctx, []);
  return d?.kind === 'assigned' ? d.body.consultantId : null;
}
