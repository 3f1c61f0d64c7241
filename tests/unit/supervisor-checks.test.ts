import { describe, expect, it } from 'vitest';
import { checkInRotation, checkReorder, checkRoster } from '../../electron/domain/supervisor-acts';
import { DayLog } from '../helpers/day-builder';
import { CHEN, LI, LIU, WANG, ZHANG, ZHAO } from '../helpers/people';

const s = () => new DayLog({ order: [WANG, LI, ZHANG], off: [LIU] }).state();
const ctx = () => new DayLog({ order: [] }).ctx('09:00');

describe('a reorder must be the same consultants in a new order', () => {
  it('accepts any permutation of the rotation', () => {
    expect(checkReorder(s(), [ZHANG, WANG, LI])).toEqual({ ok: true, value: [ZHANG, WANG, LI] });
  });

  it.each([
    ['leaves someone out', [ZHANG, WANG]],
    ['names someone twice', [ZHANG, WANG, WANG]],
    ['brings in someone on leave', [ZHANG, WANG, LIU]],
    ['adds someone', [ZHANG, WANG, LI, CHEN]],
  ])('refuses a new order that %s', (_what, order) => {
    expect(checkReorder(s(), order)).toEqual({ ok: false, error: '新顺序必须恰好包含当前轮排中的全部顾问' });
  });
});

describe('skip and make-up act only on consultants in the rotation', () => {
  it('accepts someone in the rotation and refuses someone on leave, by name', () => {
    expect(checkInRotation(s(), LI, ctx())).toEqual({ ok: true, value: LI });
    expect(checkInRotation(s(), LIU, ctx())).toEqual({ ok: false, error: '刘洋不在今日轮排中' });
  });
});

describe('a roster must make sense', () => {
  const roster = { order: [WANG, LI], off: [ZHANG], lunchDuty: [LI], lunch: { from: 720, to: 810 } };

  it('accepts active consultants on duty or off, with lunch duty among those on duty', () => {
    expect(checkRoster(roster, ctx())).toEqual({ ok: true, value: roster });
  });

  it('refuses someone both on duty and on leave', () => {
    expect(checkRoster({ ...roster, off: [WANG] }, ctx())).toEqual({
      ok: false,
      error: '同一位顾问不能既在班又休假,也不能重复',
    });
  });

  it('refuses a consultant who has left', () => {
    expect(checkRoster({ ...roster, order: [WANG, ZHAO] }, ctx())).toEqual({ ok: false, error: '赵敏不是在职顾问' });
  });

  it('refuses lunch duty for someone not on duty', () => {
    expect(checkRoster({ ...roster, lunchDuty: [ZHANG] }, ctx())).toEqual({
      ok: false,
      error: '午餐值班的张伟必须在今日在班名单中',
    });
  });

  it('refuses a lunch window that ends before it starts', () => {
    expect(checkRoster({ ...roster, lunch: { from: 810, to: 720 } }, ctx())).toEqual({
      ok: false,
      error: '午餐时段的结束时间必须晚于开始时间',
    });
  });
});
