import { describe, expect, it } from 'vitest';
import { nextUp } from '../../electron/domain/rotation';
import { assigned, DayLog } from '../helpers/day-builder';
import { LI, queueOf, WANG, ZHANG } from '../helpers/people';

// Rule d: leave (休假) — out of the rotation for the day, no make-up.
describe('rule d: a consultant on leave is out of the rotation', () => {
  it('leaves someone on leave from the morning out of the queue, as on leave', () => {
    const s = new DayLog({ order: [LI, ZHANG], off: [WANG] }).state();
    expect(queueOf(s)).toEqual(['李雷', '张伟']);
    expect(s.members.get(WANG)?.status).toBe('leave');
  });

  it('never offers a walk-in to someone on leave, and does not count them as passed over', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', WANG, 'leave');
    const body = assigned(day.walkIn('09:10', 1));
    expect(body.consultantId).toBe(LI);
    expect(body.passedOver).toEqual([]);
    expect(queueOf(day.state())).toEqual(['张伟', '李雷']);
  });

  it('takes a consultant who goes on leave mid-day out of the queue at once', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('11:00', LI, 'leave');
    expect(queueOf(day.state())).toEqual(['王芳', '张伟']);
    expect(day.state().members.get(LI)?.status).toBe('leave');
  });

  it('lets the visitor wait rather than go to someone on leave', () => {
    const day = new DayLog({ order: [WANG], off: [LI] }).status('09:00', WANG, 'receiving');
    expect(day.walkIn('09:10', 1).kind).toBe('waiting');
  });

  it('puts a consultant who comes back from leave at the back of the queue, not at their old place', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] })
      .status('10:00', WANG, 'leave')
      .status('11:00', WANG, 'available');
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
    expect(nextUp(day.state(), day.ctx('11:01'))).toBe(LI);
  });

  it('lets a consultant rostered off come in after all: they join at the back and receive in turn', () => {
    const day = new DayLog({ order: [LI, ZHANG], off: [WANG] }).status('13:00', WANG, 'available');
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
    day.walkIn('13:10', 1);
    day.walkIn('13:11', 2);
    expect(assigned(day.walkIn('13:12', 3)).consultantId).toBe(WANG);
  });
});
