import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  DEFAULT_SPLIT_POLICY,
  PRESET_IDS,
  SPLIT_PRESET_IDS,
  type OfficePolicy,
  type PresetId,
  type SplitChoice,
  type SplitPolicy,
} from '../../electron/domain/policy';
import { rulesText, type RuleKey, type RulesLang, type RulesText } from '../../electron/domain/rules-text';

const LUNCH = { from: 12 * 60, to: 13 * 60 + 30 };

interface Office {
  preset?: PresetId;
  overrides?: Partial<OfficePolicy>;
  split?: SplitChoice;
  lunch?: { from: number; to: number } | null;
}

/** The rules page of an office: the standard preset, 五五分 and lunch 12:00–13:30 unless said otherwise. */
function rules(office: Office, lang: RulesLang = 'zh'): RulesText {
  return rulesText(
    {
      choice: { preset: office.preset ?? 'default', overrides: office.overrides ?? {} },
      split: office.split ?? { preset: 'halves', overrides: {} },
      lunch: office.lunch === undefined ? LUNCH : office.lunch,
    },
    lang,
  );
}

/** The sentence that states a setting; exactly one per setting. */
function lineFor(text: RulesText, key: RuleKey): string {
  const found = text.sections.flatMap((s) => s.lines).filter((l) => l.keys.includes(key));
  expect(found, key).toHaveLength(1);
  return found[0]?.text ?? '';
}

const ALL_KEYS = [...Object.keys(DEFAULT_POLICY), ...Object.keys(DEFAULT_SPLIT_POLICY)] as RuleKey[];

describe('客户归属与接待规则: the rules in force in plain words', () => {
  it('states every rotation, ownership and split setting, in Chinese and in English', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = rules({}, lang);
      for (const key of ALL_KEYS) expect(lineFor(text, key).length).toBeGreaterThan(10);
    }
  });

  it('says the protection period with its days and what it counts from', () => {
    const zh = rules({ overrides: { 'ownership.protectionDays': 45, 'ownership.protectionFrom': 'lastContact' } });
    expect(lineFor(zh, 'ownership.protectionDays')).toContain('保护期为 45 天,自最近一次来访或跟进起算');
    const byVisit = rules({ overrides: { 'ownership.protectionDays': 90, 'ownership.protectionFrom': 'lastVisit' } });
    expect(lineFor(byVisit, 'ownership.protectionFrom')).toContain('保护期为 90 天,自最近一次来访起算');
    expect(lineFor(byVisit, 'ownership.protectionFrom')).toContain('跟进不延长保护期');
    const en = rules({ overrides: { 'ownership.protectionDays': 90, 'ownership.protectionFrom': 'firstVisit' } }, 'en');
    expect(lineFor(en, 'ownership.protectionDays')).toContain('Protection lasts 90 days, counted from the first visit');
  });

  it('says each minute window with its number, and what zero means', () => {
    const on = rules({ overrides: { 'rotation.returnWindowMinutes': 5, 'ownership.recognitionWindowMinutes': 15 } });
    expect(lineFor(on, 'rotation.returnWindowMinutes')).toContain('5 分钟内回到前台可恢复到队首');
    expect(lineFor(on, 'ownership.recognitionWindowMinutes')).toContain('15 分钟内认出可认领');
    const off = rules({ overrides: { 'rotation.returnWindowMinutes': 0, 'ownership.recognitionWindowMinutes': 0 } });
    expect(lineFor(off, 'rotation.returnWindowMinutes')).toContain('不补位');
    expect(lineFor(off, 'ownership.recognitionWindowMinutes')).toContain('不能再认领');
  });

  it('says the lunch window by the clock, or that the office keeps none', () => {
    expect(lineFor(rules({}), 'rotation.lunchDutyUsesTurn')).toContain('午餐时段 12:00–13:30');
    expect(lineFor(rules({ lunch: null }), 'rotation.lunchDutyUsesTurn')).toContain('不设午餐时段');
  });

  it('gives each value of a choice its own sentence', () => {
    const choices: { [K in keyof OfficePolicy]?: readonly OfficePolicy[K][] } = {
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
    for (const [key, values] of Object.entries(choices) as [keyof OfficePolicy, readonly unknown[]][]) {
      for (const lang of ['zh', 'en'] as const) {
        const said = values.map((v) => lineFor(rules({ overrides: { [key]: v } }, lang), key));
        expect(new Set(said).size, `${key} ${lang}`).toBe(values.length);
      }
    }
  });

  it('says the departure rule as the supervisor set it', () => {
    expect(lineFor(rules({ overrides: { 'ownership.departed': 'pool' } }), 'ownership.departed')).toBe(
      '顾问离职后,其客户退回案场,下次来访按新客户接待。',
    );
    expect(lineFor(rules({ overrides: { 'ownership.departed': 'successor' } }), 'ownership.departed')).toBe(
      '顾问离职后,其客户交由主管指定的接替人负责。',
    );
  });
});

describe('presets on the rules page', () => {
  it('names the presets in force and counts the single rules changed from them', () => {
    expect(rules({}).preset).toBe('现行方案:标准轮排;分单:五五分');
    const changed = rules({
      preset: 'strict',
      overrides: { 'ownership.protectionDays': 90 },
      split: { preset: 'halves', overrides: { 'split.ownerWithoutFollowUps': 'twenty' } },
    });
    expect(changed.preset).toBe('现行方案:严格轮空;分单:五五分(另有 2 项单独调整)');
    expect(rules({ preset: 'strict' }, 'en').preset).toBe(
      'Rules in force: Strict: not at the desk, turn lost; split: Half each',
    );
  });

  it('does not count an override that repeats the preset’s own value', () => {
    expect(rules({ preset: 'strict', overrides: { 'rotation.busy': 'skip' } }).preset).toBe(
      '现行方案:严格轮空;分单:五五分',
    );
  });

  it('yields the sentences of strict: passed over when busy, no make-up', () => {
    const strict = rules({ preset: 'strict' });
    expect(lineFor(strict, 'rotation.busy')).toContain('被跳过,排到队尾,不补排');
    expect(lineFor(strict, 'rotation.awayPersonal')).toContain('轮空');
    expect(lineFor(strict, 'rotation.returnWindowMinutes')).toContain('不补位');
  });

  it('yields the sentence of 5分钟补位', () => {
    expect(lineFor(rules({ preset: 'returnWindow5' }), 'rotation.returnWindowMinutes')).toContain(
      '5 分钟内回到前台可恢复到队首',
    );
  });

  it('yields the sentences of 接待即计轮: every reception uses a turn', () => {
    const keys = ['rotation.directedUsesTurn', 'rotation.lunchDutyUsesTurn', 'rotation.supervisorAssignUsesTurn'];
    const every = rules({ preset: 'everyReceptionCounts' });
    for (const key of keys) expect(lineFor(every, key as RuleKey)).toContain('计一个轮次');
    for (const key of keys) expect(lineFor(rules({}), key as RuleKey)).toContain('不计轮次');
  });

  it('yields each split preset’s shares', () => {
    const said = (split: SplitChoice['preset'], key: keyof SplitPolicy) =>
      lineFor(rules({ split: { preset: split, overrides: {} } }), key);
    expect(said('halves', 'split.otherCloses')).toContain('成交者与原顾问各得 50%');
    expect(said('closerTwoThirds', 'split.otherCloses')).toContain('成交者得 2/3,原顾问得 1/3');
    expect(said('seventyThirty', 'split.otherCloses')).toContain('成交者得 70%,原顾问得 30%');
    expect(said('followUpsDecide', 'split.ownerWithoutFollowUps')).toContain('原顾问只得 20%,成交者得 80%');
    expect(said('halves', 'split.ownerWithoutFollowUps')).toContain('仍按上一条的比例分配');
  });
});

describe('the English page', () => {
  it('has the same sections and the same rules, line for line, for every preset', () => {
    for (const preset of PRESET_IDS) {
      for (const split of SPLIT_PRESET_IDS) {
        const office = { preset, split: { preset: split, overrides: {} } };
        const zh = rules(office, 'zh');
        const en = rules(office, 'en');
        expect(en.sections.map((s) => s.id)).toEqual(['rotation', 'ownership', 'split']);
        expect(en.sections.map((s) => s.lines.map((l) => l.keys))).toEqual(
          zh.sections.map((s) => s.lines.map((l) => l.keys)),
        );
        expect(en.sections.flatMap((s) => s.lines).every((l) => !/[\u3400-\u9fff]/.test(l.text))).toBe(true);
      }
    }
  });
});
