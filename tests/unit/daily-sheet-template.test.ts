import { describe, expect, it } from 'vitest';
import { dailySheetDocument } from '../../electron/documents/daily-sheet';
import { sheetTotals, weekdayOf, type DailySheet, type SheetRow } from '../../electron/documents/daily-sheet-model';
import { canonicalJson, sheetFingerprint } from '../../electron/documents/fingerprint';
import { cssString, escapeHtml, html } from '../../electron/documents/html';

const row = (no: number, over: Partial<SheetRow> = {}): SheetRow => ({
  no,
  visitId: 100 + no,
  time: '09:1' + String(no),
  visitor: '张伟',
  gender: 'male',
  maskedPhone: '138****5678',
  partySize: 2,
  channel: 'walkIn',
  needs: '三居 · 300万左右',
  returning: false,
  receivedBy: '王芳',
  owner: '王芳',
  notes: null,
  ...over,
});

const sheet = (over: Partial<DailySheet> = {}): DailySheet => ({
  day: '2026-11-20',
  officeName: '滨江壹号案场',
  projectName: '滨江壹号',
  rows: [
    row(1),
    row(2, { visitor: '李娜', gender: 'female', returning: true, receivedBy: '李雷', channel: 'referral' }),
  ],
  onDuty: ['王芳', '李雷', '张伟'],
  amendments: [],
  close: null,
  ...over,
});

const body = (s: DailySheet) => dailySheetDocument(s, 'portrait').html;

describe('the daily registration sheet template', () => {
  it('escapes what people typed, so a name can never become markup', () => {
    const page = body(sheet({ rows: [row(1, { visitor: '<img src=x onerror=alert(1)>', notes: 'a & "b"' })] }));
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('a &amp; &quot;b&quot;');
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
    expect(html`<b>${html`<i>${'<x>'}</i>`}</b>`.text).toBe('<b><i>&lt;x&gt;</i></b>');
  });

  it('heads the sheet with the office, the project and the date with its weekday', () => {
    const page = body(sheet());
    expect(page).toContain('滨江壹号案场 来访客户登记表');
    expect(page).toContain('项目:滨江壹号');
    expect(page).toContain('2026年11月20日 星期五');
    expect(weekdayOf('2026-11-22')).toBe('星期日');
    expect(page).toContain('天气:');
  });

  it('leaves the project out when the office has not named one', () => {
    expect(body(sheet({ projectName: '' }))).not.toContain('项目:');
  });

  it('prints the masked phone, first visit or return, both consultants', () => {
    const page = body(sheet());
    expect(page).toContain('138****5678');
    expect(page).toMatch(/<td>首访<\/td><td>王芳<\/td><td>王芳<\/td>/);
    expect(page).toMatch(/<td>复访<\/td><td>李雷<\/td>/);
  });

  it('repeats the header row on every printed page and never splits a row', () => {
    const page = body(sheet());
    expect(page).toContain('thead { display: table-header-group; }');
    expect(page).toMatch(/tr, \.keep-together \{ break-inside: avoid;/);
    expect(page).toContain('@page { size: A4 portrait;');
    expect(dailySheetDocument(sheet(), 'landscape').html).toContain('@page { size: A4 landscape;');
  });

  it('counts visits, people, new and returning, by consultant and by channel', () => {
    const t = sheetTotals([
      row(1),
      row(2, { returning: true, partySize: 3 }),
      row(3, { receivedBy: '李雷', channel: null }),
    ]);
    expect(t).toMatchObject({ visits: 3, people: 7, newClients: 2, returning: 1 });
    expect(t.byConsultant).toEqual([
      { label: '王芳', count: 2 },
      { label: '李雷', count: 1 },
    ]);
    expect(t.byChannel).toEqual([
      { label: '自然到访', count: 2 },
      { label: '未填', count: 1 },
    ]);
    expect(body(sheet())).toContain('来访 <b>2</b> 组 / 4 人');
  });

  it('says so when nobody visited, and still carries the totals and signatures', () => {
    const page = body(sheet({ rows: [] }));
    expect(page).toContain('本日无来访登记');
    expect(page).toContain('来访 <b>0</b> 组');
    expect(page).toContain('案场各人员签字');
  });

  it('has a signature line for each consultant on duty and for the supervisor', () => {
    const page = body(sheet());
    for (const name of ['王芳', '李雷', '张伟', '案场主管'])
      expect(page).toContain(`<div class="sign">${name}<span class="line">`);
  });

  it('numbers every page: margin boxes for the print dialog, Chromium footer spans for the PDF', () => {
    const doc = dailySheetDocument(sheet(), 'portrait');
    expect(doc.html).toContain('counter(page)');
    expect(doc.html).toContain('counter(pages)');
    expect(doc.pdfHtml).not.toContain('counter(page)');
    expect(doc.footerTemplate).toContain('<span class="pageNumber"></span>');
    expect(doc.footerTemplate).toContain('<span class="totalPages"></span>');
    expect(doc.footerTemplate).toContain('滨江壹号案场 · 来访客户登记表 · 2026-11-20 星期五 · 未日结');
  });

  it('prints corrections as such: the row marked and corrected, the original kept in 更正记录', () => {
    const closed = sheet({
      close: { closedAt: '2026-11-20 18:05', closedBy: '陈总', fingerprint: '1A2B-3C4D', redactions: [] },
      amendments: [
        {
          no: 1,
          visitId: 102,
          at: '2026-11-21 09:30',
          by: '陈总',
          reason: '电话登记错一位',
          changes: [{ field: 'maskedPhone', from: '138****5678', to: '139****5678' }],
        },
      ],
    });
    const page = body(closed);
    expect(page).toContain('更正记录');
    expect(page).toContain('电话:138****5678 → 139****5678');
    expect(page).toContain('电话登记错一位');
    expect(page).toMatch(/<tr class="amended">\s*<td class="num">2<div class="mark">更正①<\/div>/);
    expect(page).toContain('校验码 1A2B-3C4D');
    expect(dailySheetDocument(closed, 'portrait').footerTemplate).toContain('校验码 1A2B-3C4D');
  });
});

describe('the sheet fingerprint (校验码)', () => {
  it('is the same for the same rows whatever order their keys were written in', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: null }] })).toBe('{"a":[{"x":null,"y":2}],"b":1}');
    const rows = [row(1)];
    const shuffled = rows.map((r) => Object.fromEntries(Object.entries(r).reverse()) as unknown as SheetRow);
    expect(sheetFingerprint('2026-11-20', shuffled, [])).toBe(sheetFingerprint('2026-11-20', rows, []));
    expect(sheetFingerprint('2026-11-20', rows, [])).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  });

  it('changes with a correction, and with the day', () => {
    const rows = [row(1)];
    const base = sheetFingerprint('2026-11-20', rows, []);
    const amendment = { no: 1, visitId: 101, at: '2026-11-21 09:30', by: '陈总', reason: '笔误', changes: [] };
    expect(sheetFingerprint('2026-11-20', rows, [amendment])).not.toBe(base);
    expect(sheetFingerprint('2026-11-21', rows, [])).not.toBe(base);
  });
});

describe('text printed from the stylesheet', () => {
  it('cannot close the style element, whatever the office is called', () => {
    const literal = cssString('滨江</style><b>壹号 "A" \\ 案场');
    expect(literal).not.toContain('<');
    expect(literal).toBe('"滨江\\3c /style>\\3c b>壹号 \\"A\\" \\\\ 案场"');
  });
});
