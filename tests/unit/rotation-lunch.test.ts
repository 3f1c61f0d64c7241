import { describe, expect, it } from 'vitest';
import { inLunchWindow, nextUp } from '../../electron/domain/rotation';
import { assigned, at, DayLog, type Opening } from '../helpers/day-builder';
import { allInChinese, codesOf, LI, queueOf, WANG, ZHANG, zhOf } from '../helpers/people';

const LUNCH = { from: '12:00', to: '13:30' };

/** 王芳, 李雷, 张伟 on duty; 张伟 has lunch duty from 12:00 to 13:30. */
const lunchDay = (extra: Partial<Opening> = {}) =>
  new DayLog({ order: [WANG, LI, ZHANG], lunchDuty: [ZHANG], lunch: LUNCH, ...extra });

// Rule e: during the lunch window only lunch-duty consultants receive; rotation.lunchDutyUsesTurn.
describe('rule e: the lunch window', () => {
  it('gives a lunchtime walk-in to the lunch-duty consultant, even though others are at the desk', () => {
    const day = lunchDay();
    const body = assigned(day.walkIn('12:10', 1));
    expect(body.consultantId).toBe(ZHANG);
    expect(body.mode).toBe('lunchDuty');
    expect(zhOf(body.reasons)).toEqual(['午餐时段,由值班顾问张伟接待', '张伟不计轮次,保留位置']);
    expect(allInChinese(body.reasons)).toBe(true);
  });

  it('does not use the duty consultant’s turn by default (lunchDutyUsesTurn = false)', () => {
    const day = lunchDay({ order: [ZHANG, WANG, LI] });
    const body = assigned(day.walkIn('12:10', 1));
    expect(body.turnConsumed).toBe(false);
    expect(queueOf(day.state())).toEqual(['张伟', '王芳', '李雷']);
  });

  it('uses the duty consultant’s turn when lunchDutyUsesTurn = true', () => {
    const day = lunchDay({ order: [ZHANG, WANG, LI], overrides: { 'rotation.lunchDutyUsesTurn': true } });
    const body = assigned(day.walkIn('12:10', 1));
    expect(body.turnConsumed).toBe(true);
    expect(codesOf(body.reasons)).toEqual(['lunchDuty', 'turnUsed']);
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟']);
  });

  it('leaves the consultants without lunch duty where they were: they are not passed over', () => {
    const day = lunchDay();
    const body = assigned(day.walkIn('12:10', 1));
    expect(body.passedOver).toEqual([]);
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟']);
    expect(assigned(day.walkIn('13:40', 2)).consultantId).toBe(WANG);
  });

  it('goes to the next lunch-duty consultant when the first is receiving', () => {
    const day = lunchDay({ lunchDuty: [LI, ZHANG] }).status('12:05', LI, 'receiving');
    const body = assigned(day.walkIn('12:10', 1));
    expect(body.consultantId).toBe(ZHANG);
    expect(body.passedOver).toEqual([{ consultantId: LI, status: 'receiving', effect: 'kept' }]);
  });

  it('falls back to the normal rotation when no lunch-duty consultant is at the desk, and says so', () => {
    const day = lunchDay().status('12:00', ZHANG, 'away_work');
    const body = assigned(day.walkIn('12:10', 1));
    expect(body.consultantId).toBe(WANG);
    expect(body.mode).toBe('rotation');
    expect(body.turnConsumed).toBe(true);
    expect(zhOf(body.reasons)).toEqual([
      '午餐时段但无值班顾问在岗,按轮排接待',
      '轮到王芳接待(队列中第一位在岗顾问)',
      '王芳使用一个轮次,排到队尾',
    ]);
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
  });

  it('falls back to the rotation when nobody was given lunch duty', () => {
    const day = lunchDay({ lunchDuty: [] });
    const body = assigned(day.walkIn('12:10', 1));
    expect(body.consultantId).toBe(WANG);
    expect(codesOf(body.reasons)[0]).toBe('lunchNoDuty');
  });

  it('starts at the window’s first minute and ends before its last', () => {
    const s = lunchDay().state();
    expect([at('11:59'), at('12:00'), at('13:29'), at('13:30')].map((t) => inLunchWindow(s, t))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    const day = lunchDay();
    expect(assigned(day.walkIn('11:59', 1)).consultantId).toBe(WANG);
    expect(assigned(day.walkIn('13:30', 2)).consultantId).toBe(LI);
  });

  it('has no lunch rule on a day without a lunch window', () => {
    const day = lunchDay({ lunch: null });
    expect(assigned(day.walkIn('12:10', 1)).consultantId).toBe(WANG);
  });

  it('shows the lunch-duty consultant as next on the board during lunch', () => {
    const day = lunchDay();
    expect(nextUp(day.state(), day.ctx('12:30'))).toBe(ZHANG);
    expect(nextUp(day.state(), day.ctx('14:00'))).toBe(WANG);
  });
});
