import type { AssignedBody, RosterBody } from './day-events';
import type { DayState } from './day-state';
import { reasons } from './reasons';
import { withLead, type RuleContext } from './rotation';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(error: string): Checked<T> => ({ ok: false, error });

const nameOf = (ctx: RuleContext, id: number) => ctx.people.get(id)?.name ?? `#${id}`;

/** The supervisor assigns a waiting visitor by hand (关系户, opening day). */
export function manualAssignment(
  s: DayState,
  visitId: number,
  consultantId: number,
  supervisor: string,
  note: string,
  ctx: RuleContext,
): Checked<AssignedBody> {
  const visit = s.waiting.find((w) => w.visitId === visitId);
  if (!visit) {
    const done = s.assignments.find((a) => a.visitId === visitId);
    return no(done ? `该访客已由${nameOf(ctx, done.consultantId)}接待` : '该访客不在等候名单中');
  }
  const person = ctx.people.get(consultantId);
  if (!person) return no('找不到该顾问');
  if (!person.active) return no(`${person.name}已离职`);
  const m = s.members.get(consultantId);
  if (!m || m.status === 'leave') return no(`${nameOf(ctx, consultantId)}今日不在班或休假,不能接待`);

  const usesTurn = s.policy['rotation.supervisorAssignUsesTurn'];
  const name = nameOf(ctx, consultantId);
  const ownerId =
    visit.directedTo !== null && ctx.people.get(visit.directedTo)?.active ? visit.directedTo : consultantId;
  return ok({
    type: 'assigned',
    visitId,
    consultantId,
    ownerId,
    mode: 'manual',
    turnConsumed: usesTurn,
    standIn: ownerId !== consultantId,
    order: usesTurn ? [...s.order.filter((id) => id !== consultantId), consultantId] : [...s.order],
    passedOver: [],
    forfeited: [],
    notify: ownerId !== consultantId ? ownerId : null,
    reasons: withLead(visit, [
      reasons.manualAssign(supervisor, name, note),
      usesTurn ? reasons.turnUsed(name) : reasons.turnKept(name),
      ...(ownerId !== consultantId ? [reasons.ownerNotified(nameOf(ctx, ownerId))] : []),
    ]),
  });
}

/** A new order must hold exactly the consultants now in the rotation. */
export function checkReorder(s: DayState, order: number[]): Checked<number[]> {
  const current = new Set(s.order);
  if (order.length !== current.size || new Set(order).size !== order.length || order.some((id) => !current.has(id))) {
    return no('新顺序必须恰好包含当前轮排中的全部顾问');
  }
  return ok(order);
}

export function checkInRotation(s: DayState, consultantId: number, ctx: RuleContext): Checked<number> {
  if (!ctx.people.has(consultantId)) return no('找不到该顾问');
  return s.order.includes(consultantId) ? ok(consultantId) : no(`${nameOf(ctx, consultantId)}不在今日轮排中`);
}

/** A roster: everyone named is an active consultant, on duty or off, never both; lunch duty only for those on duty. */
export function checkRoster(r: RosterBody, ctx: RuleContext): Checked<RosterBody> {
  const all = [...r.order, ...r.off];
  if (new Set(all).size !== all.length) return no('同一位顾问不能既在班又休假,也不能重复');
  if (all.some((id) => !ctx.people.has(id))) return no('找不到该顾问');
  const gone = all.find((id) => !ctx.people.get(id)?.active);
  if (gone !== undefined) return no(`${nameOf(ctx, gone)}不是在职顾问`);
  const strayDuty = r.lunchDuty.find((id) => !r.order.includes(id));
  if (strayDuty !== undefined) return no(`午餐值班的${nameOf(ctx, strayDuty)}必须在今日在班名单中`);
  if (r.lunch && r.lunch.from >= r.lunch.to) return no('午餐时段的结束时间必须晚于开始时间');
  return ok(r);
}
