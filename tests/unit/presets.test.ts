import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, PRESET_IDS, PRESETS, resolvePolicy } from '../../electron/domain/policy';
import { manualAssignment } from '../../electron/domain/supervisor-acts';
import { assigned, DayLog } from '../helpers/day-builder';
import { LI, LIU, queueOf, WANG, ZHANG } from '../helpers/people';

const HAN = /[\u3400-\u9fff]/;

describe('presets: named bundles of the rotation settings', () => {
  it('has the four presets, each named and described in Chinese and English', () => {
    expect(Object.keys(PRESETS).sort()).toEqual([...PRESET_IDS].sort());
    expect(PRESET_IDS).toEqual(['default', 'strict', 'returnWindow5', 'everyReceptionCounts']);
    for (const p of Object.values(PRESETS)) {
      expect(HAN.test(p.zh) && HAN.test(p.descriptionZh)).toBe(true);
      expect(p.en.length > 0 && p.descriptionEn.length > 0).toBe(true);
    }
    expect([PRESETS.strict.zh, PRESETS.returnWindow5.zh]).toEqual(['严格轮空', '5分钟补位']);
  });

  it('lets an office override a single setting on top of a preset', () => {
    const p = resolvePolicy({ preset: 'strict', overrides: { 'rotation.busy': 'keep' } });
    expect(p['rotation.busy']).toBe('keep');
    expect(p['rotation.awayPersonal']).toBe('forfeit');
  });
});

describe('preset "default" (标准轮排)', () => {
  it('is exactly the default settings of issues 3 and 4', () => {
    expect(resolvePolicy({ preset: 'default', overrides: {} })).toEqual({
      'rotation.busy': 'keep',
      'rotation.awayPersonal': 'forfeit',
      'rotation.returnWindowMinutes': 0,
      'rotation.lunchDutyUsesTurn': false,
      'rotation.directedUsesTurn': false,
      'rotation.standIn': 'head',
      'rotation.supervisorAssignUsesTurn': false,
      'rotation.startOrder': 'standing',
      'ownership.protectionDays': 30,
      'ownership.protectionFrom': 'lastContact',
      'ownership.trustNamedWithoutRecord': true,
      'ownership.referral': 'namedOrAccompanied',
      'ownership.departed': 'pool',
      'ownership.recognitionWindowMinutes': 15,
    });
    expect(resolvePolicy({ preset: 'default', overrides: {} })).toEqual(DEFAULT_POLICY);
  });

  it('keeps a busy consultant’s place but sends one away on personal business to the back', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG, LIU] })
      .status('09:00', WANG, 'receiving')
      .status('09:00', LI, 'away_personal');
    assigned(day.walkIn('09:10', 1));
    expect(queueOf(day.state())).toEqual(['王芳', '刘洋', '李雷', '张伟']);
  });
});

describe('preset "strict" (严格轮空)', () => {
  it('sends everyone not at the desk to the back, whatever the reason, with no make-up', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG, LIU], preset: 'strict' })
      .status('09:00', WANG, 'receiving')
      .status('09:00', LI, 'away_work')
      .status('09:00', ZHANG, 'away_personal');
    expect(assigned(day.walkIn('09:10', 1)).consultantId).toBe(LIU);
    expect(queueOf(day.state())).toEqual(['王芳', '李雷', '张伟', '刘洋']);
    expect(day.backAtDesk('09:11', ZHANG)).toBeNull();
  });
});

describe('preset "returnWindow5" (5分钟补位)', () => {
  const passedOver = () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG], preset: 'returnWindow5' }).status(
      '09:00',
      WANG,
      'away_personal',
    );
    day.walkIn('09:10', 1);
    return day;
  };

  it('restores a consultant back within 5 minutes to the head', () => {
    const day = passedOver();
    expect(day.backAtDesk('09:13', WANG)).not.toBeNull();
    expect(queueOf(day.state())).toEqual(['王芳', '张伟', '李雷']);
  });

  it('leaves one back after 6 minutes at the back', () => {
    const day = passedOver();
    expect(day.backAtDesk('09:16', WANG)).toBeNull();
    expect(queueOf(day.state())).toEqual(['张伟', '王芳', '李雷']);
  });
});

describe('preset "everyReceptionCounts" (接待即计轮)', () => {
  const lunch = { from: '12:00', to: '13:30' };

  it('uses a turn for a named visitor', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG], preset: 'everyReceptionCounts' });
    expect(assigned(day.walkIn('09:10', 1, { to: WANG })).turnConsumed).toBe(true);
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
  });

  it('uses a turn for a lunch-duty reception', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG], lunchDuty: [WANG], lunch, preset: 'everyReceptionCounts' });
    expect(assigned(day.walkIn('12:10', 1)).turnConsumed).toBe(true);
    expect(queueOf(day.state())).toEqual(['李雷', '张伟', '王芳']);
  });

  it('uses a turn for a visitor the supervisor assigns by hand', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG], preset: 'everyReceptionCounts' }).push('08:45', {
      type: 'rotation_suspended',
      note: '开盘',
    });
    day.walkIn('09:00', 1);
    const checked = manualAssignment(day.state(), 1, WANG, '陈总', '关系户', day.ctx('09:05'));
    expect(checked.ok && checked.value.turnConsumed).toBe(true);
  });
});

describe('switching the preset during the day', () => {
  it('applies the new rules from the next walk-in on', () => {
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', WANG, 'receiving');
    day.push('10:00', { type: 'policy_changed', policy: { preset: 'strict', overrides: {} }, note: '人手充足' });
    expect(day.state().policy['rotation.busy']).toBe('skip');
    day.walkIn('10:05', 1);
    expect(queueOf(day.state())).toEqual(['张伟', '王芳', '李雷']);
  });
});
