import { describe, expect, it } from 'vitest';
import { memoryOffice, type TestOffice } from '../helpers/office';

const DAY_MS = 24 * 60 * 60_000;

/** Two walk-ins on the first day leave the queue at 张伟, 王芳, 李雷; then it is the next morning. */
function nextMorningAfterTwoWalkIns(office: TestOffice): void {
  office.walkIn('09:10');
  office.walkIn('09:20');
  expect(office.queue()).toEqual(['张伟', '王芳', '李雷']);
  office.clock.set('08:30');
  office.clock.advance(DAY_MS);
}

describe('a new day', () => {
  it('starts from the office’s standing order by default (rotation.startOrder = standing)', () => {
    const office = memoryOffice();
    nextMorningAfterTwoWalkIns(office);
    const board = office.call('getBoard', {});
    expect(board.day).toBe('2026-11-21');
    expect(board.queue.map((m) => m.name)).toEqual(['王芳', '李雷', '张伟']);
  });

  it('continues from yesterday’s final order when rotation.startOrder = continue', () => {
    const office = memoryOffice();
    office.clock.set('08:00');
    office.call('setPolicy', {
      token: office.token(),
      preset: 'default',
      overrides: { 'rotation.startOrder': 'continue' },
      note: '连续轮排',
    });
    nextMorningAfterTwoWalkIns(office);
    expect(office.queue()).toEqual(['张伟', '王芳', '李雷']);
  });

  it('starts everyone fresh: at the desk, no receptions, nobody waiting', () => {
    const office = memoryOffice();
    office.walkIn('09:10');
    office.walkIn('09:11');
    office.walkIn('09:12');
    office.walkIn('09:13');
    office.clock.set('08:30');
    office.clock.advance(DAY_MS);
    const board = office.call('getBoard', {});
    expect(board.queue.map((m) => [m.status, m.receptions])).toEqual([
      ['available', 0],
      ['available', 0],
      ['available', 0],
    ]);
    expect(board.waiting).toEqual([]);
    expect(board.receptionsToday).toBe(0);
  });

  it('leaves a consultant who departed out of the next day’s rotation', () => {
    const office = memoryOffice();
    office.call('deactivateConsultant', { token: office.token(), id: office.ids.李雷, note: '辞职' });
    office.clock.advance(DAY_MS);
    expect(office.queue()).toEqual(['王芳', '张伟']);
  });
});
