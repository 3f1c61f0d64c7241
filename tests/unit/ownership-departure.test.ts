import { describe, expect, it } from 'vitest';
import { planDeparture, type DepartureInput } from '../../electron/domain/ownership/departure';

const WANG = { id: 1, name: '王芳', active: true };
const LI = { id: 2, name: '李雷', active: true };
const ZHAO = { id: 3, name: '赵敏', active: false };

const leaving = (over: Partial<DepartureInput>): DepartureInput => ({
  departing: WANG,
  successor: LI,
  policy: { 'ownership.departed': 'successor' },
  supervisor: '陈总',
  note: '个人原因离职',
  ...over,
});

describe('a consultant leaves (离职)', () => {
  it('hands the clients to the named successor, with the supervisor’s reason on each', () => {
    const v = planDeparture(leaving({}));
    expect(v.ok && v.toId).toBe(LI.id);
    expect(v.ok && v.reasons.map((r) => r.zh)).toEqual(['王芳离职,客户由接替人李雷接管', '主管陈总:个人原因离职']);
  });

  it('sends the clients back to the office pool as new clients when the office’s rule says so', () => {
    const v = planDeparture(leaving({ successor: null, policy: { 'ownership.departed': 'pool' } }));
    expect(v.ok && v.toId).toBeNull();
    expect(v.ok && v.reasons[0]?.zh).toBe('王芳离职,客户退回案场,下次来访按新客户接待');
    expect(v.ok && v.reasons.map((r) => r.code)).toEqual(['departurePool', 'departureNote']);
  });

  it('lets the supervisor decide against the office’s rule, and says so on file', () => {
    const toPool = planDeparture(leaving({ successor: null }));
    expect(toPool.ok && toPool.reasons[1]?.zh).toBe('案场规则为“离职顾问的客户归接替人”,本次由主管另行决定');
    const named = planDeparture(leaving({ policy: { 'ownership.departed': 'pool' } }));
    expect(named.ok && named.reasons.map((r) => r.code)).toEqual([
      'departureSuccessor',
      'departureAgainstRule',
      'departureNote',
    ]);
  });

  it('refuses a successor who has left too', () => {
    const v = planDeparture(leaving({ successor: ZHAO }));
    expect(v.ok ? null : v.reason.zh).toBe('赵敏已离职,不能接替客户,请选择在职顾问');
  });

  it('refuses the departing consultant as their own successor', () => {
    const v = planDeparture(leaving({ successor: WANG }));
    expect(v.ok ? null : v.reason.zh).toBe('接替人不能是离职的王芳本人,请选择另一位在职顾问');
  });

  it('refuses someone who has already left', () => {
    const v = planDeparture(leaving({ departing: ZHAO }));
    expect(v.ok ? null : v.reason.code).toBe('alreadyDeparted');
  });
});
