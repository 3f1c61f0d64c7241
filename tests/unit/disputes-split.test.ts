import { describe, expect, it } from 'vitest';
import {
  overrideSplit,
  shareLabel,
  splitAmount,
  splitSale,
  WHOLE,
  type SaleFacts,
} from '../../electron/domain/disputes/split';
import {
  DEFAULT_SPLIT_POLICY,
  resolveSplitPolicy,
  SPLIT_PRESET_IDS,
  SPLIT_PRESETS,
  type SplitPresetId,
} from '../../electron/domain/policy';
import { LI, people, WANG } from './ownership-fixtures';

const preset = (id: SplitPresetId) => resolveSplitPolicy({ preset: id, overrides: {} });

/** 李雷 stands in and closes 王芳's protected client; 王芳 followed up twice. */
const standInCloses: SaleFacts = { closerId: LI, ownerId: WANG, ownerProtected: true, ownerFollowUps: 2 };

const shares = (facts: SaleFacts, id: SplitPresetId) =>
  splitSale(facts, preset(id), people()).shares.map((s) => [s.role, s.consultantId, s.bp]);

describe('split presets (分单)', () => {
  it('names each preset in Chinese and English, and the default is half each', () => {
    expect([...SPLIT_PRESET_IDS]).toEqual(Object.keys(SPLIT_PRESETS));
    for (const p of Object.values(SPLIT_PRESETS))
      expect(p.zh && p.en && p.descriptionZh && p.descriptionEn).toBeTruthy();
    expect(resolveSplitPolicy({ preset: 'halves', overrides: {} })).toEqual(DEFAULT_SPLIT_POLICY);
  });

  it('gives the stand-in half when they close the owner’s protected client (五五分)', () => {
    expect(shares(standInCloses, 'halves')).toEqual([
      ['closer', LI, 5000],
      ['owner', WANG, 5000],
    ]);
  });

  it('gives the closer two thirds and the owner one third, summing to exactly 100%', () => {
    const result = splitSale(standInCloses, preset('closerTwoThirds'), people());
    expect(result.shares.map((s) => [s.role, s.bp, shareLabel(s.fraction)])).toEqual([
      ['closer', 6667, '2/3'],
      ['owner', 3333, '1/3'],
    ]);
    expect(result.shares.reduce((a, s) => a + s.bp, 0)).toBe(WHOLE);
    expect(result.reasons[0]?.zh).toBe('李雷成交了王芳保护期内的客户:成交者2/3,原顾问1/3');
  });

  it('gives the closer 70% and the owner 30% under 七三分', () => {
    expect(shares(standInCloses, 'seventyThirty')).toEqual([
      ['closer', LI, 7000],
      ['owner', WANG, 3000],
    ]);
  });

  it('gives the owner 20% when they logged no follow-ups', () => {
    const noFollowUps = { ...standInCloses, ownerFollowUps: 0 };
    const result = splitSale(noFollowUps, preset('followUpsDecide'), people());
    expect(result.shares.map((s) => [s.role, s.bp])).toEqual([
      ['closer', 8000],
      ['owner', 2000],
    ]);
    expect(result.reasons.map((r) => r.code)).toEqual(['ownerNoFollowUps']);
  });

  it('keeps half for an owner who followed up, under the follow-ups preset', () => {
    const result = splitSale(standInCloses, preset('followUpsDecide'), people());
    expect(result.shares.map((s) => s.bp)).toEqual([5000, 5000]);
    expect(result.reasons.map((r) => r.zh)).toContain('王芳保护期内有2条回访记录');
  });

  it('keeps the usual split for an owner without follow-ups when the office does not cut it', () => {
    expect(shares({ ...standInCloses, ownerFollowUps: 0 }, 'halves').map((s) => s[2])).toEqual([5000, 5000]);
  });

  it('gives the owner all of it when they close themselves', () => {
    const result = splitSale({ ...standInCloses, closerId: WANG }, preset('halves'), people());
    expect(result.shares).toEqual([{ consultantId: WANG, role: 'closer', bp: WHOLE, fraction: [1, 1] }]);
    expect(result.reasons.map((r) => r.code)).toEqual(['ownerCloses']);
  });

  it('gives the closer all of it when the owner’s protection had lapsed, or nobody owned the client', () => {
    expect(shares({ ...standInCloses, ownerProtected: false }, 'halves')).toEqual([['closer', LI, WHOLE]]);
    expect(shares({ ...standInCloses, ownerId: null }, 'halves')).toEqual([['closer', LI, WHOLE]]);
  });
});

describe('the supervisor overrides a split', () => {
  const computed = splitSale(standInCloses, preset('halves'), people());

  it('sets the closer’s share and gives the owner the rest, with the reason filed', () => {
    const verdict = overrideSplit(computed, 6000, '原顾问未到场', '陈总');
    expect(verdict.ok && verdict.split.shares.map((s) => [s.role, s.bp])).toEqual([
      ['closer', 6000],
      ['owner', 4000],
    ]);
    expect(verdict.ok && verdict.split.reasons.at(-1)?.zh).toBe('主管陈总改为成交者60%、原顾问40%:原顾问未到场');
  });

  it('refuses an override without a reason, out of range, or with nobody to share with', () => {
    expect(overrideSplit(computed, 6000, '  ', '陈总').ok).toBe(false);
    expect(overrideSplit(computed, 10_001, '调整', '陈总').ok).toBe(false);
    const alone = splitSale({ ...standInCloses, closerId: WANG }, preset('halves'), people());
    const verdict = overrideSplit(alone, 5000, '调整', '陈总');
    expect(verdict.ok ? null : verdict.reasons[0]?.code).toBe('splitOverrideNobody');
  });
});

describe('an amount cut by the shares', () => {
  it('cuts by the exact fraction and the parts add up to the amount, to the fen', () => {
    const thirds = splitSale(standInCloses, preset('closerTwoThirds'), people()).shares;
    expect(splitAmount(100_000_00, thirds)).toEqual([66_666_67, 33_333_33]);
    expect(splitAmount(1, thirds).reduce((a, b) => a + b, 0)).toBe(1);
  });
});
