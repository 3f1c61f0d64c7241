import { describe, expect, it } from 'vitest';
import { applyEvent, emptyDay, foldDay } from '../../electron/domain/day-state';
import { at, DAY, DayLog, TZ } from '../helpers/day-builder';
import { CHEN, LI, LIU, queueOf, WANG, ZHANG } from '../helpers/people';

/** A morning with a bit of everything in the log. */
function eventfulMorning(): DayLog {
  const day = new DayLog({
    order: [WANG, LI, ZHANG],
    off: [LIU],
    lunchDuty: [LI],
    lunch: { from: '12:00', to: '13:00' },
  });
  day.status('09:00', WANG, 'away_personal');
  day.walkIn('09:10', 1);
  day.walkIn('09:12', 2, { to: LI });
  day.walkIn('09:15', 3);
  day.push('09:20', { type: 'turn_skipped', consultantId: ZHANG, note: '迟到' }, CHEN);
  day.backAtDesk('09:30', WANG);
  return day;
}

// The queue is a fold over the day's append-only log.
describe('the day as a fold over its log', () => {
  it('opens the day with the roster: order, who is on leave, who has lunch duty, the lunch window', () => {
    const s = new DayLog({
      order: [WANG, LI],
      off: [ZHANG],
      lunchDuty: [LI],
      lunch: { from: '12:00', to: '13:30' },
    }).state();
    expect(s.opened).toBe(true);
    expect(queueOf(s)).toEqual(['王芳', '李雷']);
    expect([...s.members.values()].map((m) => [m.id, m.status, m.lunchDuty])).toEqual([
      [WANG, 'available', false],
      [LI, 'available', true],
      [ZHANG, 'leave', false],
    ]);
    expect(s.lunch).toEqual({ from: 720, to: 810 });
  });

  it('gives the same state whether folded at once or event by event (a restart restores the same queue)', () => {
    const day = eventfulMorning();
    const once = foldDay(DAY, TZ, day.events);
    const stepwise = emptyDay(DAY, TZ);
    for (const e of day.events) applyEvent(stepwise, e);
    expect(stepwise).toEqual(once);
    expect(foldDay(DAY, TZ, structuredClone(day.events))).toEqual(once);
  });

  it('stores the events as plain data: a JSON round trip (the database) folds to the same day', () => {
    const day = eventfulMorning();
    const fromDisk = JSON.parse(JSON.stringify(day.events)) as typeof day.events;
    expect(foldDay(DAY, TZ, fromDisk)).toEqual(day.state());
  });

  it('is at the version of its last event', () => {
    const day = eventfulMorning();
    expect(day.state().version).toBe(day.events.at(-1)?.id);
  });

  it('changes a roster mid-day without losing who is receiving or how many each has received', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] });
    day.walkIn('09:10', 1);
    day.push('10:00', { type: 'roster_set', note: null, order: [ZHANG, WANG], off: [LI], lunchDuty: [], lunch: null });
    const s = day.state();
    expect(queueOf(s)).toEqual(['张伟', '王芳']);
    expect(s.members.get(WANG)).toMatchObject({ status: 'receiving', receptions: 1 });
    expect(s.members.get(LI)?.status).toBe('leave');
  });

  it('reorders, skips to the back and restores to the head as the supervisor says', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] });
    day.push('09:00', { type: 'queue_reordered', order: [ZHANG, LI, WANG], note: '调整' });
    expect(queueOf(day.state())).toEqual(['张伟', '李雷', '王芳']);
    day.push('09:01', { type: 'turn_skipped', consultantId: ZHANG, note: '迟到' });
    expect(queueOf(day.state())).toEqual(['李雷', '王芳', '张伟']);
    day.push('09:02', { type: 'makeup_granted', consultantId: WANG, note: '补排', reasons: [] });
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟']);
  });

  it('takes a visitor who left off the waiting list', () => {
    const day = new DayLog({ order: [WANG] }).status('09:00', WANG, 'away_work');
    day.walkIn('09:10', 1);
    day.push('09:20', { type: 'visitor_left', visitId: 1, note: null });
    expect(day.state().waiting).toEqual([]);
  });

  it('keeps when each consultant’s status last changed', () => {
    const s = new DayLog({ order: [WANG, LI] }).status('09:40', WANG, 'away_work').state();
    expect(s.members.get(WANG)?.since).toBe(at('09:40'));
  });

  it('records each assignment with its mode, owner, turn and the event whose reasons explain it', () => {
    const log = eventfulMorning();
    const s = log.state();
    expect(s.assignments.map((a) => [a.visitId, a.consultantId, a.ownerId, a.mode, a.turnConsumed])).toEqual([
      [1, LI, LI, 'rotation', true],
      [2, ZHANG, LI, 'standIn', false],
      [3, WANG, WANG, 'rotation', true],
    ]);
    for (const a of s.assignments) {
      const [explaining] = a.explainedBy.map((id) => log.events.find((e) => e.id === id));
      expect(explaining).toMatchObject({ type: 'assigned', visitId: a.visitId });
      expect(explaining?.type === 'assigned' && explaining.reasons.length).toBeGreaterThan(0);
    }
  });
});
