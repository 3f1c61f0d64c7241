import { describe, expect, it } from 'vitest';
import { assigned, DayLog } from '../helpers/day-builder';
import { allInChinese, codesOf, LI, LIU, queueOf, WANG, ZHANG, zhOf } from '../helpers/people';

// Rule b: rotation.busy — passed over while receiving or out on approved work.
describe('rule b, busy = keep (累计): the busy consultant keeps their place', () => {
  it('passes over a consultant who is receiving and leaves them at the head', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', WANG, 'receiving');
    const body = assigned(day.walkIn('09:10', 1));
    expect(body.consultantId).toBe(LI);
    expect(body.passedOver).toEqual([{ consultantId: WANG, status: 'receiving', effect: 'kept' }]);
    expect(queueOf(day.state())).toEqual(['王芳', '张伟', '李雷']);
    expect(zhOf(body.reasons)).toEqual([
      '王芳接待中,本次跳过,保留位置',
      '轮到李雷接待(队列中第一位在岗顾问)',
      '李雷使用一个轮次,排到队尾',
    ]);
    expect(allInChinese(body.reasons)).toBe(true);
  });

  it('passes over a consultant out on approved sales business and keeps their place', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', WANG, 'away_work');
    const body = assigned(day.walkIn('09:10', 1));
    expect(body.consultantId).toBe(LI);
    expect(zhOf(body.reasons)[0]).toBe('王芳外出办公,本次跳过,保留位置');
    expect(queueOf(day.state())).toEqual(['王芳', '张伟', '李雷']);
  });

  it('gives the kept consultant the next new visitor once they are free again', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', WANG, 'away_work');
    day.walkIn('09:10', 1);
    day.walkIn('09:20', 2);
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟']);
    day.status('10:00', WANG, 'available');
    expect(assigned(day.walkIn('10:05', 3)).consultantId).toBe(WANG);
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
  });
});

describe('rule b, busy = skip: the busy consultant goes to the back', () => {
  const skip = { 'rotation.busy': 'skip' } as const;

  it('moves everyone passed over to the back, in their order, ahead of the receiver', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG, LIU], overrides: skip })
      .status('09:00', WANG, 'receiving')
      .status('09:00', LI, 'away_work');
    const body = assigned(day.walkIn('09:10', 1));
    expect(body.consultantId).toBe(ZHANG);
    expect(body.passedOver).toEqual([
      { consultantId: WANG, status: 'receiving', effect: 'back' },
      { consultantId: LI, status: 'away_work', effect: 'back' },
    ]);
    expect(body.order).toEqual([LIU, WANG, LI, ZHANG]);
    expect(queueOf(day.state())).toEqual(['刘洋', '王芳', '李雷', '张伟']);
    expect(codesOf(body.reasons)).toEqual(['passedOverBack', 'passedOverBack', 'rotationHead', 'turnUsed']);
    expect(zhOf(body.reasons).slice(0, 2)).toEqual(['王芳接待中,本次轮空,排到队尾', '李雷外出办公,本次轮空,排到队尾']);
  });

  it('does not touch consultants behind the receiver', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG], overrides: skip }).status('09:00', ZHANG, 'away_work');
    const body = assigned(day.walkIn('09:10', 1));
    expect(body.consultantId).toBe(WANG);
    expect(body.passedOver).toEqual([]);
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
  });

  it('applies only to busy consultants: one away on personal business follows rotation.awayPersonal', () => {
    const day = new DayLog({
      order: [WANG, LI, ZHANG, LIU],
      overrides: { 'rotation.busy': 'skip', 'rotation.awayPersonal': 'keep' },
    })
      .status('09:00', WANG, 'away_personal')
      .status('09:00', LI, 'receiving');
    const body = assigned(day.walkIn('09:10', 1));
    expect(body.consultantId).toBe(ZHANG);
    expect(body.passedOver.map((p) => p.effect)).toEqual(['kept', 'back']);
    expect(queueOf(day.state())).toEqual(['王芳', '刘洋', '李雷', '张伟']);
  });

  it('sends nobody to the back when nobody can receive and the visitor waits instead', () => {
    const day = new DayLog({ order: [WANG, LI], overrides: skip })
      .status('09:00', WANG, 'receiving')
      .status('09:00', LI, 'away_work');
    expect(day.walkIn('09:10', 1).kind).toBe('waiting');
    expect(queueOf(day.state())).toEqual(['王芳', '李雷']);
  });
});
