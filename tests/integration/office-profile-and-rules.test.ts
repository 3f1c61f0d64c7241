import { describe, expect, it } from 'vitest';
import { getSetting } from '../../db/queries/settings';
import { answered, memoryOffice } from '../helpers/office';

describe('the office profile: names on every printed document', () => {
  it('starts with the name given at setup, no project, portrait sheets and two idle minutes', () => {
    const office = memoryOffice();
    expect(office.call('getOfficeProfile', { token: office.token() })).toEqual({
      officeName: '滨江壹号案场',
      projectName: '',
      sheetOrientation: 'portrait',
      idleMinutes: 2,
    });
  });

  it('saves the office and project names and the sheet’s orientation, read back by the daily sheet’s keys', () => {
    const office = memoryOffice();
    const saved = office.call('setOfficeProfile', {
      token: office.token(),
      officeName: ' 滨江壹号营销中心 ',
      projectName: '滨江壹号·二期',
      sheetOrientation: 'landscape',
      idleMinutes: 5,
    });
    expect(saved).toEqual({
      officeName: '滨江壹号营销中心',
      projectName: '滨江壹号·二期',
      sheetOrientation: 'landscape',
      idleMinutes: 5,
    });
    expect(office.call('getSetup', {}).idleMinutes).toBe(5);
    expect([getSetting(office.db, 'projectName'), getSetting(office.db, 'sheetOrientation')]).toEqual([
      '滨江壹号·二期',
      'landscape',
    ]);
    expect(office.call('getBoard', {}).officeName).toBe('滨江壹号营销中心');
  });

  it('refuses an empty office name, a name too long or an unknown orientation, in plain Chinese, and keeps the old ones', () => {
    const office = memoryOffice();
    const token = office.token();
    const cases: [Record<string, unknown>, string][] = [
      [{ officeName: '  ', projectName: '', sheetOrientation: 'portrait' }, '案场名称:请填写案场名称'],
      [
        { officeName: '案场', projectName: '项'.repeat(61), sheetOrientation: 'portrait' },
        '项目名称:项目名称最多 60 个字',
      ],
      [{ officeName: '案'.repeat(61), projectName: '', sheetOrientation: 'portrait' }, '案场名称:案场名称最多 60 个字'],
      [{ officeName: '案场', projectName: '', sheetOrientation: 'sideways' }, '登记表方向:请选择纵向或横向'],
      [
        { officeName: '案场', projectName: '', sheetOrientation: 'portrait', idleMinutes: 0 },
        '无操作返回前台:至少 1 分钟',
      ],
    ];
    for (const [input, message] of cases) {
      const r = answered(office.backend.dispatch('setOfficeProfile', { token, ...input }));
      expect(r.ok ? null : r.error).toEqual({ code: 'invalid_input', message: `输入有误:${message}` });
    }
    expect(office.call('getOfficeProfile', { token }).officeName).toBe('滨江壹号案场');
  });
});

describe('客户归属与接待规则, generated from the rules in force', () => {
  it('prints the protection days the supervisor just set, with the office and project names', () => {
    const office = memoryOffice();
    const token = office.token();
    office.call('setOfficeProfile', {
      token,
      officeName: '滨江壹号案场',
      projectName: '滨江壹号',
      sheetOrientation: 'portrait',
    });
    office.call('setPolicy', {
      token,
      preset: 'returnWindow5',
      overrides: { 'ownership.protectionDays': 60, 'ownership.protectionFrom': 'lastVisit' },
      note: '项目调整保护期',
    });
    const page = office.call('getRulesPage', { token, lang: 'zh' });
    expect(page.html).toContain('<h1>客户归属与接待规则</h1>');
    expect(page.html).toContain('滨江壹号案场 · 滨江壹号');
    expect(page.html).toContain('保护期为 60 天,自最近一次来访起算');
    expect(page.html).toContain('现行方案:5分钟补位;分单:五五分(另有 2 项单独调整)');
    expect(page.html).toContain('size: A4 portrait');
    expect(page.html).toContain('2026-11-20');
    expect(office.call('getRulesPage', { token, lang: 'en' }).html).toContain('Protection lasts 60 days');
  });

  it('lets anyone at the desk read the same rules, without signing in', () => {
    const office = memoryOffice();
    office.call('setPolicy', {
      token: office.token(),
      preset: 'default',
      overrides: { 'ownership.departed': 'successor' },
      note: '离职客户归接替人',
    });
    const rules = office.call('readRules', {});
    expect(rules.officeName).toBe('滨江壹号案场');
    const said = rules.zh.sections.flatMap((s) => s.lines.map((l) => l.text));
    expect(said).toContain('顾问离职后,其客户交由主管指定的接替人负责。');
    expect(rules.en.sections.map((s) => s.id)).toEqual(['rotation', 'ownership', 'split']);
  });

  it('keeps the printable page to a signed-in supervisor', () => {
    const office = memoryOffice();
    const r = answered(office.backend.dispatch('getRulesPage', { token: 'x'.repeat(32), lang: 'zh' }));
    expect(r.ok ? null : r.error.code).toBe('unauthorized');
  });

  it('escapes the office’s own words on the printed page', () => {
    const office = memoryOffice();
    const token = office.token();
    office.call('setOfficeProfile', {
      token,
      officeName: '<b>案场</b>',
      projectName: '',
      sheetOrientation: 'portrait',
    });
    const page = office.call('getRulesPage', { token, lang: 'zh' });
    expect(page.html).toContain('<div class="office">&lt;b&gt;案场&lt;/b&gt;</div>');
    expect(page.html).not.toContain('<div class="office"><b>');
  });
});
