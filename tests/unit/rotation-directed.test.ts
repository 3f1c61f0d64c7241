import { describe, expect, it } from 'vitest';
import { assigned, DayLog } from '../helpers/day-builder';
import { allInChinese, LI, LIU, queueOf, WANG, ZHANG, ZHAO, zhOf } from '../helpers/people';

// Rule f: a visitor who names a consultant or has an appointment goes to that consultant.
describe('rule f: the visitor asks for a consultant who is at the desk', () => {
  it('goes to the named consultant, who keeps their place (directedUsesTurn = false)', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] });
    const body = assigned(day.walkIn('09:10', 1, { to: LI }));
    expect(body).toMatchObject({
      consultantId: LI,
      ownerId: LI,
      mode: 'directed',
      turnConsumed: false,
      standIn: false,
    });
    expect(body.notify).toBeNull();
    expect(zhOf(body.reasons)).toEqual(['访客指定李雷', '李雷不计轮次,保留位置']);
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟']);
  });

  it('goes to the consultant the visitor has an appointment with', () => {
    const body = assigned(
      new DayLog({ order: [WANG, LI, ZHANG] }).walkIn('09:10', 1, { to: ZHANG, kind: 'appointment' }),
    );
    expect(body.consultantId).toBe(ZHANG);
    expect(zhOf(body.reasons)[0]).toBe('访客预约了张伟');
  });

  it('uses the consultant’s turn when directedUsesTurn = true', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG], overrides: { 'rotation.directedUsesTurn': true } });
    const body = assigned(day.walkIn('09:10', 1, { to: LI }));
    expect(body.turnConsumed).toBe(true);
    expect(zhOf(body.reasons)).toEqual(['访客指定李雷', '李雷使用一个轮次,排到队尾']);
    expect(queueOf(day.state())).toEqual(['王芳', '张伟', '李雷']);
  });
});

describe('rule f: a stand-in (代接) when the consultant cannot receive', () => {
  it('has the first available consultant stand in (standIn = head), keeping their place, and notifies the owner', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', ZHANG, 'receiving');
    const body = assigned(day.walkIn('09:10', 1, { to: ZHANG }));
    expect(body).toMatchObject({
      consultantId: WANG,
      ownerId: ZHANG,
      mode: 'standIn',
      standIn: true,
      turnConsumed: false,
    });
    expect(body.notify).toBe(ZHANG);
    expect(zhOf(body.reasons)).toEqual([
      '访客指定张伟',
      '张伟接待中,无法接待',
      '由王芳代接,王芳保留轮次',
      '已通知张伟',
    ]);
    expect(allInChinese(body.reasons)).toBe(true);
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟']);
  });

  it('has the last available consultant in the queue stand in when standIn = last', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG, LIU], overrides: { 'rotation.standIn': 'last' } })
      .status('09:00', ZHANG, 'receiving')
      .status('09:00', LIU, 'away_work');
    const body = assigned(day.walkIn('09:10', 1, { to: ZHANG }));
    expect(body.consultantId).toBe(LI);
    expect(zhOf(body.reasons)[2]).toBe('由李雷代接,李雷保留轮次');
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟', '刘洋']);
  });

  it('finds a stand-in when the appointment’s consultant is on leave', () => {
    const day = new DayLog({ order: [WANG, LI], off: [ZHANG] });
    const body = assigned(day.walkIn('10:00', 1, { to: ZHANG, kind: 'appointment' }));
    expect(body.consultantId).toBe(WANG);
    expect(body.ownerId).toBe(ZHANG);
    expect(zhOf(body.reasons).slice(0, 2)).toEqual(['访客预约了张伟', '张伟休假,无法接待']);
  });

  it('finds a stand-in when the named consultant is not on duty today', () => {
    const day = new DayLog({ order: [WANG, LI] });
    const body = assigned(day.walkIn('10:00', 1, { to: LIU }));
    expect(body.consultantId).toBe(WANG);
    expect(body.notify).toBe(LIU);
    expect(zhOf(body.reasons)[1]).toBe('刘洋今日不在班,无法接待');
  });

  it('lets the stand-in keep their turn: the next walk-in still follows the queue', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', ZHANG, 'away_work');
    day.walkIn('09:10', 1, { to: ZHANG });
    day.status('09:30', WANG, 'available');
    expect(assigned(day.walkIn('09:40', 2)).consultantId).toBe(WANG);
  });

  it('keeps the visitor waiting for the consultant or a stand-in when nobody is at the desk', () => {
    const day = new DayLog({ order: [WANG, LI] }).status('09:00', WANG, 'receiving').status('09:00', LI, 'away_work');
    const d = day.walkIn('09:10', 1, { to: LI });
    expect(d.kind).toBe('waiting');
    expect(d.kind === 'waiting' ? zhOf(d.reasons) : []).toEqual([
      '访客指定李雷',
      '李雷外出办公,无法接待',
      '等候李雷或代接顾问',
      '暂无可接待的顾问,访客等候(第1位)',
    ]);
    day.status('09:30', LI, 'available');
    expect(day.settle('09:30').map((b) => [b.consultantId, b.mode])).toEqual([[LI, 'directed']]);
  });
});

describe('rule f: the named consultant has left the company', () => {
  it('sends the visitor through the rotation, with no owner to notify', () => {
    const day = new DayLog({ order: [WANG, LI] });
    const body = assigned(day.walkIn('10:00', 1, { to: ZHAO }));
    expect(body).toMatchObject({
      consultantId: WANG,
      ownerId: WANG,
      mode: 'rotation',
      turnConsumed: true,
      standIn: false,
    });
    expect(body.notify).toBeNull();
    expect(zhOf(body.reasons)).toEqual([
      '访客指定赵敏',
      '赵敏已离职,无法接待',
      '轮到王芳接待(队列中第一位在岗顾问)',
      '王芳使用一个轮次,排到队尾',
    ]);
    expect(queueOf(day.state())).toEqual(['李雷', '王芳']);
  });
});
