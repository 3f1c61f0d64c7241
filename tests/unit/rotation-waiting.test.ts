import { describe, expect, it } from 'vitest';
import { settleWaiting } from '../../electron/domain/rotation';
import { DayLog } from '../helpers/day-builder';
import { allInChinese, LI, queueOf, WANG, ZHANG, zhOf } from '../helpers/people';

/** 王芳 and 李雷 both busy from 09:00. */
const busyMorning = () =>
  new DayLog({ order: [WANG, LI] }).status('09:00', WANG, 'receiving').status('09:00', LI, 'away_work');

// Rule g: nobody available → the visitor waits; waiting visitors are served first-come.
describe('rule g: visitors wait when nobody can receive', () => {
  it('tells the visitor to wait, with their place in line, in Chinese', () => {
    const day = busyMorning();
    const first = day.walkIn('09:10', 1);
    const second = day.walkIn('09:12', 2);
    expect(first.kind).toBe('waiting');
    expect(first.kind === 'waiting' ? zhOf(first.reasons) : []).toEqual(['暂无可接待的顾问,访客等候(第1位)']);
    expect(second.kind === 'waiting' ? zhOf(second.reasons) : []).toEqual(['暂无可接待的顾问,访客等候(第2位)']);
    expect(second.kind === 'waiting' && allInChinese(second.reasons)).toBe(true);
    expect(day.state().waiting.map((w) => w.visitId)).toEqual([1, 2]);
  });

  it('serves the first to arrive as soon as one consultant is free; the second keeps waiting', () => {
    const day = busyMorning();
    day.walkIn('09:10', 1);
    day.walkIn('09:12', 2);
    day.status('09:30', LI, 'available');
    const served = day.settle('09:30');
    expect(served.map((b) => [b.visitId, b.consultantId])).toEqual([[1, LI]]);
    expect(day.state().waiting.map((w) => w.visitId)).toEqual([2]);
    day.status('09:40', WANG, 'available');
    expect(day.settle('09:40').map((b) => [b.visitId, b.consultantId])).toEqual([[2, WANG]]);
    expect(day.state().waiting).toEqual([]);
  });

  it('serves several waiting visitors at once, each on the queue the previous one left', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] })
      .status('09:00', WANG, 'away_work')
      .status('09:00', LI, 'away_work')
      .status('09:00', ZHANG, 'away_work');
    day.walkIn('09:10', 1);
    day.walkIn('09:11', 2);
    day.status('10:00', ZHANG, 'available').status('10:00', WANG, 'available');
    const served = day.settle('10:00');
    expect(served.map((b) => [b.visitId, b.consultantId])).toEqual([
      [1, WANG],
      [2, ZHANG],
    ]);
    expect(served[1]?.passedOver).toEqual([{ consultantId: LI, status: 'away_work', effect: 'kept' }]);
    expect(queueOf(day.state())).toEqual(['李雷', '王芳', '张伟']);
  });

  it('gives the waiting visitor to the consultant who kept their place while busy (累计)', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] })
      .status('09:00', WANG, 'receiving')
      .status('09:00', LI, 'receiving')
      .status('09:00', ZHANG, 'receiving');
    day.walkIn('09:10', 1);
    day.status('09:20', ZHANG, 'available').status('09:20', WANG, 'available');
    expect(day.settle('09:20').map((b) => b.consultantId)).toEqual([WANG]);
  });

  it('applies the lunch rule to waiting visitors too: at lunch the duty consultant serves them', () => {
    const day = new DayLog({ order: [WANG, LI], lunchDuty: [LI], lunch: { from: '12:00', to: '13:30' } })
      .status('11:55', WANG, 'receiving')
      .status('11:55', LI, 'receiving');
    day.walkIn('12:05', 1);
    day.status('12:10', WANG, 'available').status('12:10', LI, 'available');
    const served = day.settle('12:10');
    expect(served.map((b) => [b.consultantId, b.mode])).toEqual([[LI, 'lunchDuty']]);
    expect(zhOf(served[0]?.reasons ?? [])[0]).toBe('午餐时段,由值班顾问李雷接待');
  });

  it('does not change the state it was given and returns nothing when nobody waits', () => {
    const day = busyMorning();
    day.walkIn('09:10', 1);
    day.status('09:30', LI, 'available');
    const s = day.state();
    const before = structuredClone({ order: s.order, waiting: s.waiting, members: [...s.members] });
    expect(settleWaiting(s, day.ctx('09:30'))).toHaveLength(1);
    expect({ order: s.order, waiting: s.waiting, members: [...s.members] }).toEqual(before);
    expect(settleWaiting(new DayLog({ order: [WANG] }).state(), day.ctx('09:30'))).toEqual([]);
  });

  it('serves nobody while a visitor’s chosen consultant and every stand-in are still busy', () => {
    const day = busyMorning();
    day.walkIn('09:10', 1, { to: WANG });
    day.status('09:20', LI, 'away_personal');
    expect(day.settle('09:20')).toEqual([]);
    expect(day.state().waiting.map((w) => w.visitId)).toEqual([1]);
  });
});
