import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, PRESET_IDS, type OfficePolicy, type PolicyKey } from '../../electron/domain/policy';
import { rulesText, type RulesInput, type RulesText } from '../../electron/domain/rules-text';

const LUNCH = { from: 12 * 60, to: 13 * 60 + 30 };
const input = (overrides: Partial<OfficePolicy> = {}, lunch: RulesInput['lunch'] = LUNCH): RulesInput => ({
  choice: { preset: 'default', overrides },
  lunch,
});

/** The sentence that states a setting; exactly one per setting. */
function lineFor(text: RulesText, key: PolicyKey): string {
  const found = text.sections.flatMap((s) => s.lines).filter((l) => l.keys.includes(key));
  expect(found, key).toHaveLength(1);
  return found[0]?.text ?? '';
}

const ALL_KEYS = Object.keys(DEFAULT_POLICY) as PolicyKey[];

describe('客户归属与接待规则: the rules in force in plain words', () => {
  it('states every rotation and ownership setting, in Chinese and in English', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = rulesText(input(), lang);
      for (const key of ALL_KEYS) expect(lineFor(text, key).length).toBeGreaterThan(10);
    }
  });

  it('says the protection period with its days and what it counts from', () => {
    const zh = rulesText(input({ 'ownership.protectionDays': 45, 'ownership.protectionFrom': 'lastContact' }), 'zh');
    expect(lineFor(zh, 'ownership.protectionDays')).toContain('保护期为 45 天,自最近一次来访或跟进起算');
    const byVisit = rulesText(input({ 'ownership.protectionDays': 90, 'ownership.protectionFrom': 'lastVisit' }), 'zh');
    expect(lineFor(byVisit, 'ownership.protectionFrom')).toContain('保护期为 90 天,自最近一次来访起算');
    expect(lineFor(byVisit, 'ownership.protectionFrom')).toContain('跟进不延长保护期');
    const en = rulesText(input({ 'ownership.protectionDays': 90, 'ownership.protectionFrom': 'firstVisit' }), 'en');
    expect(lineFor(en, 'ownership.protectionDays')).toContain('Protection lasts 90 days, counted from the first visit');
  });

  it('says each minute window with its number, and what zero means', () => {
    const on = rulesText(input({ 'rotation.returnWindowMinutes': 5, 'ownership.recognitionWindowMinutes': 15 }), 'zh');
    expect(lineFor(on, 'rotation.returnWindowMinutes')).toContain('5 分钟内回到前台可恢复到队首');
    expect(lineFor(on, 'ownership.recognitionWindowMinutes')).toContain('15 分钟内认出可认领');
    const off = rulesText(input({ 'rotation.returnWindowMinutes': 0, 'ownership.recognitionWindowMinutes': 0 }), 'zh');
    expect(lineFor(off, 'rotation.returnWindowMinutes')).toContain('不补位');
    expect(lineFor(off, 'ownership.recognitionWindowMinutes')).toContain('不能再认领');
  });

  it('says the lunch window by the clock, or that the office keeps none', () => {
    expect(lineFor(rulesText(input(), 'zh'), 'rotation.lunchDutyUsesTurn')).toContain('午餐时段 12:00–13:30');
    expect(lineFor(rulesText(input({}, null), 'zh'), 'rotation.lunchDutyUsesTurn')).toContain('不设午餐时段');
  });

  it('gives each value of a choice its own sentence', () => {
    const choices: { [K in PolicyKey]?: readonly OfficePolicy[K][] } = {
      'rotation.busy': ['keep', 'skip'],
      'rotation.awayPersonal': ['forfeit', 'keep'],
      'rotation.lunchDutyUsesTurn': [false, true],
      'rotation.directedUsesTurn': [false, true],
      'rotation.standIn': ['head', 'last'],
      'rotation.supervisorAssignUsesTurn': [false, true],
      'rotation.startOrder': ['standing', 'continue'],
      'ownership.protectionFrom': ['lastContact', 'lastVisit', 'firstVisit'],
      'ownership.trustNamedWithoutRecord': [true, false],
      'ownership.referral': ['namedOrAccompanied', 'accompaniedOnly', 'none'],
      'ownership.departed': ['pool', 'successor'],
    };
    for (const [key, values] of Object.entries(choices) as [PolicyKey, readonly OfficePolicy[PolicyKey][]][]) {
      for (const lang of ['zh', 'en'] as const) {
        const said = values.map((v) => lineFor(rulesText(input({ [key]: v }), lang), key));
        expect(new Set(said).size, `${key} ${lang}`).toBe(values.length);
      }
    }
  });

  it('says the departure rule as the supervisor set it', () => {
    expect(lineFor(rulesText(input({ 'ownership.departed': 'pool' }), 'zh'), 'ownership.departed')).toBe(
      '顾问离职后,其客户退回案场,下次来访按新客户接待。',
    );
    expect(lineFor(rulesText(input({ 'ownership.departed': 'successor' }), 'zh'), 'ownership.departed')).toBe(
      '顾问离职后,其客户交由主管指定的接替人负责。',
    );
  });
});

describe('presets on the rules page', () => {
  it('names the preset in force and counts the single rules changed from it', () => {
    expect(rulesText(input(), 'zh').preset).toBe('现行方案:标准轮排');
    const changed = rulesText(
      { choice: { preset: 'strict', overrides: { 'ownership.protectionDays': 90 } }, lunch: null },
      'zh',
    );
    expect(changed.preset).toBe('现行方案:严格轮空(另有 1 项单独调整)');
    expect(rulesText({ choice: { preset: 'strict', overrides: {} }, lunch: null }, 'en').preset).toBe(
      'Rules in force: Strict: not at the desk, turn lost',
    );
  });

  it('does not count an override that repeats the preset’s own value', () => {
    const same = rulesText({ choice: { preset: 'strict', overrides: { 'rotation.busy': 'skip' } }, lunch: null }, 'zh');
    expect(same.preset).toBe('现行方案:严格轮空');
  });

  it('yields the sentences of strict: passed over when busy, no make-up', () => {
    const strict = rulesText({ choice: { preset: 'strict', overrides: {} }, lunch: null }, 'zh');
    expect(lineFor(strict, 'rotation.busy')).toContain('被跳过,排到队尾,不补排');
    expect(lineFor(strict, 'rotation.awayPersonal')).toContain('轮空');
    expect(lineFor(strict, 'rotation.returnWindowMinutes')).toContain('不补位');
  });

  it('yields the sentence of 5分钟补位', () => {
    const five = rulesText({ choice: { preset: 'returnWindow5', overrides: {} }, lunch: null }, 'zh');
    expect(lineFor(five, 'rotation.returnWindowMinutes')).toContain('5 分钟内回到前台可恢复到队首');
  });

  it('yields the sentences of 接待即计轮: every reception uses a turn', () => {
    const every = rulesText({ choice: { preset: 'everyReceptionCounts', overrides: {} }, lunch: LUNCH }, 'zh');
    for (const key of [
      'rotation.directedUsesTurn',
      'rotation.lunchDutyUsesTurn',
      'rotation.supervisorAssignUsesTurn',
    ] as const)
      expect(lineFor(every, key)).toContain('计一个轮次');
    const standard = rulesText(input(), 'zh');
    for (const key of [
      'rotation.directedUsesTurn',
      'rotation.lunchDutyUsesTurn',
      'rotation.supervisorAssignUsesTurn',
    ] as const)
      expect(lineFor(standard, key)).toContain('不计轮次');
  });
});

describe('the English page', () => {
  it('has the same sections and the same rules, line for line, for every preset', () => {
    for (const preset of PRESET_IDS) {
      const choice = { preset, overrides: {} };
      const zh = rulesText({ choice, lunch: LUNCH }, 'zh');
      const en = rulesText({ choice, lunch: LUNCH }, 'en');
      expect(en.sections.map((s) => s.id)).toEqual(zh.sections.map((s) => s.id));
      expect(en.sections.map((s) => s.lines.map((l) => l.keys))).toEqual(
        zh.sections.map((s) => s.lines.map((l) => l.keys)),
      );
      expect(en.sections.flatMap((s) => s.lines).every((l) => !/[\u3400-\u9fff]/.test(l.text))).toBe(true);
    }
  });
});
