import { describe, expect, it } from 'vitest';
import { returnMakeup } from '../../electron/domain/rotation';
import type { LoggedDayEvent } from '../../electron/domain/day-events';
import { foldDay } from '../../electron/domain/day-state';
import { assigned, at, DAY, DayLog, TZ, type Opening } from '../helpers/day-builder';
import { allInChinese, LI, queueOf, WANG, ZHANG, zhOf } from '../helpers/people';

/** 王芳 steps out on personal business at 09:00; a walk-in at 09:10 passes her over. */
/** Any logged event, with the fields that only some events have. */
type Explained = LoggedDayEvent & { passedOver?: unknown; forfeited?: unknown };

function passedOverAt0910(opening: Omit<Opening, 'order'> = {}): DayLog {
  const day = new DayLog({ order: [WANG, LI, ZHANG], ...opening }).status('09:00', WANG, 'away_personal');
  day.walkIn('09:10', 1);
  return day;
}

// Rule c: rotation.awayPersonal and rotation.returnWindowMinutes.
describe('rule c, awayPersonal = forfeit (轮空): away without leave loses the turn', () => {
  it('skips a consultant on personal business and moves them to the back, ahead of the receiver', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', WANG, 'away_personal');
    const body = assigned(day.walkIn('09:10', 1));
    expect(body.consultantId).toBe(LI);
    expect(body.passedOver).toEqual([{ consultantId: WANG, status: 'away_personal', effect: 'back' }]);
    expect(queueOf(day.state())).toEqual(['张伟', '王芳', '李雷']);
    expect(zhOf(body.reasons)[0]).toBe('王芳私事离开,本次轮空,排到队尾');
    expect(allInChinese(body.reasons)).toBe(true);
  });

  it('gives no make-up when she comes back and the return window is 0 (the default)', () => {
    const day = passedOverAt0910();
    expect(day.backAtDesk('09:11', WANG)).toBeNull();
    expect(queueOf(day.state())).toEqual(['张伟', '王芳', '李雷']);
    expect(assigned(day.walkIn('09:15', 2)).consultantId).toBe(ZHANG);
  });
});

describe('rule c, awayPersonal = keep: away on personal business keeps the place', () => {
  it('passes her over but leaves her at the head, so she receives the next walk-in once back', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG], overrides: { 'rotation.awayPersonal': 'keep' } }).status(
      '09:00',
      WANG,
      'away_personal',
    );
    const body = assigned(day.walkIn('09:10', 1));
    expect(body.passedOver).toEqual([{ consultantId: WANG, status: 'away_personal', effect: 'kept' }]);
    expect(zhOf(body.reasons)[0]).toBe('王芳私事离开,本次跳过,保留位置');
    expect(queueOf(day.state())).toEqual(['王芳', '张伟', '李雷']);
    day.status('09:30', WANG, 'available');
    expect(assigned(day.walkIn('09:40', 2)).consultantId).toBe(WANG);
  });
});

describe('rule c, returnWindowMinutes: back within N minutes of being passed over → make-up (补位)', () => {
  const window5 = { overrides: { 'rotation.returnWindowMinutes': 5 } };

  it('restores her to the head when she is back within the window', () => {
    const day = passedOverAt0910(window5);
    const makeup = day.backAtDesk('09:14', WANG);
    expect(makeup?.consultantId).toBe(WANG);
    expect(zhOf(makeup?.reasons ?? [])).toEqual(['王芳在被跳过后5分钟内回到前台,恢复到队首(补位)']);
    expect(queueOf(day.state())).toEqual(['王芳', '张伟', '李雷']);
    expect(assigned(day.walkIn('09:20', 2)).consultantId).toBe(WANG);
  });

  it('still counts exactly N minutes as within the window', () => {
    const day = passedOverAt0910(window5);
    expect(returnMakeup(day.state(), WANG, 'available', day.ctx('09:15'))).not.toBeNull();
  });

  it('gives no make-up once the window has passed', () => {
    const day = passedOverAt0910(window5);
    expect(day.backAtDesk('09:16', WANG)).toBeNull();
    expect(queueOf(day.state())).toEqual(['张伟', '王芳', '李雷']);
  });

  it('gives no make-up with a window of 0, even back the same minute', () => {
    const day = passedOverAt0910({ overrides: { 'rotation.returnWindowMinutes': 0 } });
    expect(returnMakeup(day.state(), WANG, 'available', day.ctx('09:10'))).toBeNull();
  });

  it('only counts coming back to the desk, not moving to another away status', () => {
    const day = passedOverAt0910(window5);
    expect(returnMakeup(day.state(), WANG, 'away_work', day.ctx('09:12'))).toBeNull();
  });

  it('gives nothing to someone who was away but never passed over', () => {
    const day = new DayLog({ order: [LI, WANG, ZHANG], ...window5 }).status('09:00', WANG, 'away_personal');
    day.walkIn('09:10', 1);
    expect(day.state().members.get(WANG)?.forfeitedAt).toBeNull();
    expect(day.backAtDesk('09:12', WANG)).toBeNull();
  });

  it('starts her window from the log as stored, without the words kept beside it, and from a log older than that', () => {
    const day = passedOverAt0910();
    const stored = day.events.map(
      ({ reasons: _reasons, passedOver: _passedOver, lead: _lead, ...core }: Explained) => core,
    );
    const older = day.events.map(({ forfeited: _forfeited, ...inline }: Explained) => inline);
    expect(foldDay(DAY, TZ, stored).members.get(WANG)?.forfeitedAt).toBe(at('09:10'));
    expect(foldDay(DAY, TZ, older).members.get(WANG)?.forfeitedAt).toBe(at('09:10'));
  });

  it('records when she was passed over, and forgets it once she is back', () => {
    const day = passedOverAt0910(window5);
    expect(day.state().members.get(WANG)?.forfeitedAt).toBe(at('09:10'));
    day.backAtDesk('09:30', WANG);
    expect(day.state().members.get(WANG)?.forfeitedAt).toBeNull();
  });

  it('hands her a visitor who was waiting when she comes back within the window', () => {
    const day = passedOverAt0910(window5).status('09:11', ZHANG, 'away_work');
    expect(day.walkIn('09:12', 2).kind).toBe('waiting');
    day.backAtDesk('09:13', WANG);
    const served = day.state().assignments.find((a) => a.visitId === 2);
    expect(served?.consultantId).toBe(WANG);
    expect(queueOf(day.state())).toEqual(['张伟', '李雷', '王芳']);
  });
});
