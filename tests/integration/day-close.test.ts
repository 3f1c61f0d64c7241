import { describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../electron/api/errors';
import { DAY } from '../helpers/day-builder';
import { checkIn, complete } from '../helpers/check-in';
import { memoryOffice, PINS, type TestOffice } from '../helpers/office';
import { registerVisits } from '../helpers/sheet-visits';

function closedOffice(): TestOffice {
  const office = memoryOffice('08:00');
  registerVisits(office, 12);
  office.clock.set('19:45');
  office.call('closeDay', { token: office.token(), day: DAY });
  return office;
}

/** The refusal's code and message; null if the call went through. */
const refusal = (r: ApiResponse<unknown>) => (r.ok ? null : `${r.error.code}: ${r.error.message}`);

const sheetOf = (office: TestOffice) => office.call('getDailySheet', { token: office.token(), day: DAY });

describe('the daily sheet from the live day', () => {
  it('lists every visit with its masked phone, who received it and whose client it is', () => {
    const office = memoryOffice('08:00');
    registerVisits(office, 8);
    const sheet = sheetOf(office);
    expect(sheet.closed).toBeNull();
    expect(sheet.rows).toHaveLength(8);
    expect(sheet.rows[0]).toMatchObject({ no: 1, time: '09:00', visitor: '王伟', returning: false });
    expect(sheet.rows[0]?.maskedPhone).toMatch(/^13\d\*{4}\d{4}$/);
    expect(sheet.rows.map((r) => r.receivedBy)).toEqual(expect.arrayContaining(['王芳', '李雷', '张伟']));
    // Visitor 6 is visitor 1 again, confirmed by the desk: a return, received by the owner.
    expect(sheet.rows[6]).toMatchObject({ visitor: sheet.rows[1]?.visitor, returning: true });
    expect(sheet.rows[6]?.receivedBy).toBe(sheet.rows[1]?.owner);
    expect(sheet.html).not.toMatch(/13[89]\d{8}/);
  });

  it('counts a visitor the owner claimed as a return, as the reports do', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const r = checkIn(office, { registration: complete('钱七', '13900000007') });
    office.clock.set('09:20');
    office.call('claimVisit', { consultantId: office.ids.李雷, pin: PINS.李雷, visitId: r.visitId });
    expect(sheetOf(office).rows[0]).toMatchObject({ visitor: '钱七', returning: true, receivedBy: '李雷' });
  });

  it('says so on a day with no visits', () => {
    const office = memoryOffice('08:00');
    const sheet = office.call('getDailySheet', { token: office.token(), day: '2026-11-19' });
    expect(sheet.rows).toEqual([]);
    expect(sheet.html).toContain('本日无来访登记');
  });

  it('refuses a date that does not exist', () => {
    const office = memoryOffice('08:00');
    const r = office.attempt('getDailySheet', { token: office.token(), day: '2026-02-30' });
    expect(r.ok || r.error.message).toContain('YYYY-MM-DD');
  });
});

describe('日结: closing the day', () => {
  it('freezes the sheet: a later visit or ownership change does not alter it, and the reprint has the same 校验码', () => {
    const office = closedOffice();
    const closed = sheetOf(office);
    expect(closed.closed).toMatchObject({ closedBy: '陈总', closedAt: '2026-11-20 19:45' });
    expect(closed.closed?.fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);

    office.walkIn('19:50', { name: '迟到客', phone: '13700001111' });
    const first = closed.rows[0];
    const { clientId } = office.db
      .prepare('SELECT client_id AS clientId FROM visits WHERE id = ?')
      .get(first?.visitId) as {
      clientId: number;
    };
    const other = first?.owner === '张伟' ? office.ids.李雷 : office.ids.张伟;
    office.call('overrideOwner', {
      token: office.token(),
      clientId,
      consultantId: other,
      note: '客户投诉,改由他人跟进',
    });
    const again = sheetOf(office);
    expect(again.html).toBe(closed.html);
    expect(again.closed?.fingerprint).toBe(closed.closed?.fingerprint);
    expect(again.unlisted).toBe(1);
  });

  it('is done once: a second close, and a close of a day still to come, are refused', () => {
    const office = closedOffice();
    const twice = office.attempt('closeDay', { token: office.token(), day: DAY });
    expect(refusal(twice)).toMatch(/^conflict: .*已于 2026-11-20 19:45 由 陈总 日结/);
    const future = office.attempt('closeDay', { token: office.token(), day: '2026-11-21' });
    expect(refusal(future)).toMatch(/^invalid_input: /);
  });

  it('refuses completing a registration of a closed day, pointing to 更正', () => {
    const office = closedOffice();
    const visitId = sheetOf(office).rows[2]?.visitId ?? 0;
    const r = office.attempt('completeRegistration', { visitId, registration: { name: '改名' } });
    expect(refusal(r)).toMatch(/^conflict: .*更正/);
  });
});

describe('更正: a correction to a closed day', () => {
  it('is printed as a correction with who, when and why, and changes the 校验码 once', () => {
    const office = closedOffice();
    const before = sheetOf(office);
    const row = before.rows[2];
    office.clock.advance(14 * 60 * 60_000);
    const after = office.call('amendSheetRow', {
      token: office.token(),
      visitId: row?.visitId ?? 0,
      note: '电话登记错一位',
      changes: { phone: '139 1234 5678', partySize: 5 },
    });
    expect(after.amendmentCount).toBe(1);
    expect(after.rows[2]).toMatchObject({ maskedPhone: '139****5678', partySize: 5 });
    expect(after.html).toContain('更正记录');
    expect(after.html).toContain(`电话:${row?.maskedPhone} → 139****5678`);
    expect(after.html).toContain('电话登记错一位');
    expect(after.html).toContain('2026-11-21 09:45');
    expect(after.closed?.fingerprint).not.toBe(before.closed?.fingerprint);
    expect(sheetOf(office).closed?.fingerprint).toBe(after.closed?.fingerprint);
    // The visit itself now carries the corrected number: the desk finds the client by it.
    expect(office.call('findCandidates', { name: null, phone: '13912345678' })[0]?.name).toBe(row?.visitor);
  });

  it('refuses a correction that changes nothing, one without a reason, and one on a day not closed', () => {
    const office = closedOffice();
    const row = sheetOf(office).rows[0];
    const same = office.attempt('amendSheetRow', {
      token: office.token(),
      visitId: row?.visitId ?? 0,
      note: '核对',
      changes: { name: row?.visitor ?? null },
    });
    expect(refusal(same)).toMatch(/^invalid_input: /);
    const noReason = office.attempt('amendSheetRow', {
      token: office.token(),
      visitId: row?.visitId ?? 0,
      note: ' ',
      changes: { notes: 'x' },
    });
    expect(noReason.ok || noReason.error.message).toContain('原因');

    const open = memoryOffice('08:00');
    registerVisits(open, 2);
    const visitId = open.call('getDailySheet', { token: open.token(), day: DAY }).rows[0]?.visitId ?? 0;
    const notClosed = open.attempt('amendSheetRow', {
      token: open.token(),
      visitId,
      note: '笔误',
      changes: { notes: 'x' },
    });
    expect(refusal(notClosed)).toMatch(/^conflict: .*尚未日结/);
  });

  it('is kept for good: the database refuses to change or remove a close or a correction', () => {
    const office = closedOffice();
    const visitId = sheetOf(office).rows[0]?.visitId ?? 0;
    office.call('amendSheetRow', { token: office.token(), visitId, note: '笔误', changes: { notes: '补记' } });
    expect(() => office.db.prepare("UPDATE sheet_amendments SET reason = 'x'").run()).toThrow(/append-only/);
    expect(() => office.db.prepare('DELETE FROM sheet_amendments').run()).toThrow(/append-only/);
    expect(() => office.db.prepare("UPDATE day_closes SET fingerprint = 'x'").run()).toThrow(/final/);
    expect(() => office.db.prepare('DELETE FROM day_closes').run()).toThrow(/final/);
  });
});
