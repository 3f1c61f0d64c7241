import { describe, expect, it } from 'vitest';
import type { AssignedBody } from '../../electron/domain/day-events';
import { decide, nextUp, settleWaiting } from '../../electron/domain/rotation';
import { manualAssignment, type Checked } from '../../electron/domain/supervisor-acts';
import { DayLog, type Opening } from '../helpers/day-builder';
import { allInChinese, LI, queueOf, WANG, ZHANG, ZHAO, zhOf } from '../helpers/people';

/** Opening day (开盘): rotation suspended from 08:45, two walk-ins queue up at 09:00 and 09:01. */
function openingDay(extra: Partial<Opening> = {}): DayLog {
  const day = new DayLog({ order: [WANG, LI, ZHANG], off: [ZHAO], ...extra }).push('08:45', {
    type: 'rotation_suspended',
    note: '开盘',
  });
  day.walkIn('09:00', 1);
  day.walkIn('09:01', 2);
  return day;
}

const value = (c: Checked<AssignedBody>): AssignedBody => {
  if (!c.ok) throw new Error(c.error);
  return c.value;
};

// Rule h: opening-day mode — the rotation is suspended and the supervisor assigns by hand.
describe('rule h: opening-day mode', () => {
  it('makes every walk-in wait for the supervisor, even with consultants at the desk', () => {
    const day = openingDay();
    const s = day.state();
    expect(s.waiting.map((w) => w.visitId)).toEqual([1, 2]);
    expect(s.waiting.map((w) => zhOf(w.reasons))).toEqual([
      ['轮排已暂停(开盘模式),等候主管分配'],
      ['轮排已暂停(开盘模式),等候主管分配'],
    ]);
    expect(allInChinese(s.waiting[0]?.reasons ?? [])).toBe(true);
  });

  it('makes a visitor who asks for a consultant wait too', () => {
    const day = openingDay();
    const { state, visit } = day.arrived('09:05', 3, { to: LI });
    const d = decide(state, visit, day.ctx('09:05'));
    expect(d).toEqual({ kind: 'waiting', reasons: [expect.objectContaining({ code: 'waitingSuspended' })] });
  });

  it('serves nobody by itself and shows nobody as next', () => {
    const day = openingDay();
    expect(settleWaiting(day.state(), day.ctx('09:30'))).toEqual([]);
    expect(nextUp(day.state(), day.ctx('09:30'))).toBeNull();
  });

  it('lets the supervisor assign a waiting visitor by hand, with the reason recorded in Chinese', () => {
    const day = openingDay();
    const body = value(manualAssignment(day.state(), 2, LI, '陈总', '老客户介绍', day.ctx('09:10')));
    expect(body).toMatchObject({ visitId: 2, consultantId: LI, ownerId: LI, mode: 'manual', standIn: false });
    expect(body.notify).toBeNull();
    expect(zhOf(body.reasons)).toEqual(['主管陈总指派李雷接待:老客户介绍', '李雷不计轮次,保留位置']);
  });

  it('does not use the turn of a hand-assigned consultant by default (supervisorAssignUsesTurn = false)', () => {
    const day = openingDay();
    const body = value(manualAssignment(day.state(), 1, WANG, '陈总', '关系户', day.ctx('09:10')));
    expect(body.turnConsumed).toBe(false);
    day.push('09:10', body);
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟']);
    expect(day.state().members.get(WANG)?.status).toBe('receiving');
  });

  it('uses the turn when supervisorAssignUsesTurn = true', () => {
    const day = openingDay({ overrides: { 'rotation.supervisorAssignUsesTurn': true } });
    const body = value(manualAssignment(day.state(), 1, WANG, '陈总', '关系户', day.ctx('09:10')));
    expect(body.turnConsumed).toBe(true);
    expect(zhOf(body.reasons)[1]).toBe('王芳使用一个轮次,排到队尾');
    day.push('09:10', body);
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
  });

  it('keeps the owner of a visitor who asked for someone else, and notifies them', () => {
    const day = openingDay();
    day.arrive('09:05', 3, { to: ZHANG });
    const body = value(manualAssignment(day.state(), 3, WANG, '陈总', '张伟在忙', day.ctx('09:10')));
    expect(body).toMatchObject({ consultantId: WANG, ownerId: ZHANG, standIn: true });
    expect(body.notify).toBe(ZHANG);
    expect(zhOf(body.reasons)).toContain('已通知张伟');
  });

  it('refuses, in Chinese, to assign someone on leave, someone who left, or a visitor already received', () => {
    const day = openingDay().status('09:02', ZHANG, 'leave');
    const s = day.state();
    const ctx = day.ctx('09:10');
    expect(manualAssignment(s, 1, ZHANG, '陈总', 'x', ctx)).toEqual({
      ok: false,
      error: '张伟今日不在班或休假,不能接待',
    });
    expect(manualAssignment(s, 1, ZHAO, '陈总', 'x', ctx)).toEqual({ ok: false, error: '赵敏已离职' });
    expect(manualAssignment(s, 99, WANG, '陈总', 'x', ctx)).toEqual({ ok: false, error: '该访客不在等候名单中' });
    day.push('09:10', value(manualAssignment(s, 1, LI, '陈总', 'x', ctx)));
    expect(manualAssignment(day.state(), 1, WANG, '陈总', 'x', ctx)).toEqual({
      ok: false,
      error: '该访客已由李雷接待',
    });
  });

  it('serves whoever is still waiting by the rotation once it is resumed', () => {
    const day = openingDay();
    day.push('09:10', value(manualAssignment(day.state(), 1, ZHANG, '陈总', '关系户', day.ctx('09:10'))));
    day.push('10:00', { type: 'rotation_resumed', note: '人流减少' });
    const served = day.settle('10:00');
    expect(served.map((b) => [b.visitId, b.consultantId, b.mode])).toEqual([[2, WANG, 'rotation']]);
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
  });
});
