import { describe, expect, it } from 'vitest';
import { nextUp } from '../../electron/domain/rotation';
import { assigned, DayLog } from '../helpers/day-builder';
import { allInChinese, codesOf, LI, queueOf, WANG, ZHANG, zhOf } from '../helpers/people';

// Rule a: the first available consultant in the queue receives; one group is one turn, whatever the visit.
describe('rule a: the head of the queue receives', () => {
  const morning = () => new DayLog({ order: [WANG, LI, ZHANG] });

  it('gives the first walk-in to the consultant at the head and moves them to the back', () => {
    const day = morning();
    const body = assigned(day.walkIn('09:10', 1));
    expect(body.consultantId).toBe(WANG);
    expect(body.ownerId).toBe(WANG);
    expect(body.mode).toBe('rotation');
    expect(body.turnConsumed).toBe(true);
    expect(body.standIn).toBe(false);
    expect(body.notify).toBeNull();
    expect(body.passedOver).toEqual([]);
    expect(body.order).toEqual([LI, ZHANG, WANG]);
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
  });

  it('says in Chinese whose turn it was and that the turn is used', () => {
    const body = assigned(morning().walkIn('09:10', 1));
    expect(codesOf(body.reasons)).toEqual(['rotationHead', 'turnUsed']);
    expect(zhOf(body.reasons)).toEqual(['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']);
    expect(allInChinese(body.reasons)).toBe(true);
  });

  it('sets the receiver to receiving and counts the reception', () => {
    const day = morning();
    day.walkIn('09:10', 1);
    const wang = day.state().members.get(WANG);
    expect(wang?.status).toBe('receiving');
    expect(wang?.receptions).toBe(1);
  });

  it('serves three walk-ins in queue order, each receiver going to the back', () => {
    const day = morning();
    const receivers = [1, 2, 3].map((v) => assigned(day.walkIn(`09:1${v}`, v)).consultantId);
    expect(receivers).toEqual([WANG, LI, ZHANG]);
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟']);
  });

  it('counts a visitor who only took a brochure as a turn: finishing quickly does not restore the place', () => {
    const day = morning();
    day.walkIn('09:10', 1);
    day.status('09:12', WANG, 'available');
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
    expect(assigned(day.walkIn('09:13', 2)).consultantId).toBe(LI);
  });
});

describe("nextUp: the board's 'next'", () => {
  it('names the first available consultant without changing the queue', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', WANG, 'away_work');
    const before = day.state();
    expect(nextUp(before, day.ctx('09:05'))).toBe(LI);
    expect(before.order).toEqual([WANG, LI, ZHANG]);
  });

  it('is nobody when nobody is at the desk', () => {
    const day = new DayLog({ order: [WANG, LI] })
      .status('09:00', WANG, 'away_work')
      .status('09:00', LI, 'away_personal');
    expect(nextUp(day.state(), day.ctx('09:05'))).toBeNull();
  });

  it('agrees with the consultant the next walk-in actually gets', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', WANG, 'receiving');
    const predicted = nextUp(day.state(), day.ctx('09:10'));
    expect(assigned(day.walkIn('09:10', 1)).consultantId).toBe(predicted);
  });
});
