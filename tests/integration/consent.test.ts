import { describe, expect, it } from 'vitest';
import { checkIn, complete } from '../helpers/check-in';
import { memoryOffice, type TestOffice } from '../helpers/office';

const visitRow = (office: TestOffice, id: number) =>
  office.db
    .prepare(
      `SELECT v.name, v.phone, v.client_id AS clientId, v.party_size AS partySize, v.needs, v.consent,
         v.consent_at AS consentAt, t.text
       FROM visits v LEFT JOIN consent_texts t ON t.hash = v.consent_text WHERE v.id = ?`,
    )
    .get(id) as Record<string, unknown>;

const count = (office: TestOffice, table: string) =>
  (office.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const NOTICE = '您的姓名和电话仅用于滨江壹号案场的接待与回访,保存不超过 2 年(依《个人信息保护法》)';

/** 不同意: a couple looking for a three-room flat, received, but nothing about who they are. */
const anonymous = {
  partySize: 2,
  registration: {
    consent: 'declined' as const,
    needs: { project: '滨江壹号', unitType: '三房', area: null, budget: null },
  },
};

describe('the consent notice at registration', () => {
  it('names the office and how long registrations are kept', () => {
    const office = memoryOffice('09:00');
    expect(office.call('getConsentNotice', {})).toMatchObject({ zh: NOTICE, retentionYears: 2 });
  });

  it('is recorded with the visit: the answer, when, and the very words told', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const r = checkIn(office, { registration: complete('张三', '13900000001') });
    expect(visitRow(office, r.visitId)).toMatchObject({
      name: '张三',
      consent: 'given',
      consentAt: office.clock.now(),
      text: NOTICE,
    });
  });

  it('changes with the office’s retention: the next visit is told the new words, the earlier keeps its own', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const before = checkIn(office, { registration: complete('张三', '13900000001') });
    office.call('setRetention', { token: office.token(), years: 4 });
    const after = checkIn(office, { registration: complete('李四', '13900000002') });
    expect(visitRow(office, before.visitId)).toMatchObject({ text: NOTICE });
    expect(visitRow(office, after.visitId)).toMatchObject({ text: NOTICE.replace('2 年', '4 年') });
    expect(count(office, 'consent_texts')).toBe(2);
  });

  it('refuses a name and phone without the visitor’s answer, and writes nothing', () => {
    const office = memoryOffice('09:00');
    const visits = count(office, 'visits');
    const r = office.attempt('checkIn', { registration: { name: '张三', phone: '13900000001' } });
    expect(r.ok ? null : r.error).toEqual({
      code: 'invalid_input',
      message: expect.stringContaining('请先向访客告知用途并记录其是否同意') as string,
    });
    expect(count(office, 'visits')).toBe(visits);
  });

  it('lets a visit that says nothing about who came go without an answer (a passer-by asking the way)', () => {
    const office = memoryOffice('09:00');
    const r = checkIn(office, { partySize: 1 });
    expect(visitRow(office, r.visitId)).toMatchObject({ consent: null, name: null });
  });
});

describe('a visitor who does not agree', () => {
  it('is received by the rotation all the same, with no name, phone or client on the visit', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const r = checkIn(office, anonymous);
    expect(r).toMatchObject({ receivedBy: { name: '王芳' }, complete: false, clientRef: null });
    expect(visitRow(office, r.visitId)).toMatchObject({
      name: null,
      phone: null,
      clientId: null,
      partySize: 2,
      consent: 'declined',
      text: NOTICE,
    });
    expect(count(office, 'clients')).toBe(0);
    expect(office.queue()).toEqual(['李雷', '张伟', '王芳']);
  });

  it('cannot be registered with a name, a phone or a client record', () => {
    const office = memoryOffice('09:00');
    const declined = { ...anonymous.registration, name: '张三' };
    const r = office.attempt('checkIn', { registration: declined });
    expect(r.ok ? null : r.error.message).toContain('访客不同意登记个人信息');
    const visits = count(office, 'visits');
    expect(office.attempt('checkIn', { ...anonymous, clientId: 1 }).ok).toBe(false);
    expect(count(office, 'visits')).toBe(visits);
  });

  it('is not on the list of registrations to complete, and cannot be completed later', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const { visitId } = checkIn(office, anonymous);
    expect(office.call('listIncompleteRegistrations', { token: office.token() })).toEqual([]);
    const r = office.attempt('completeRegistration', { visitId, registration: complete('张三', '13900000001') });
    expect(r.ok ? null : r.error).toEqual({
      code: 'conflict',
      message: '该访客当时不同意登记个人信息:此次来访只作匿名接待记录,不能补登姓名和电话',
    });
    expect(visitRow(office, visitId)).toMatchObject({ name: null, phone: null });
  });

  it('is on the daily sheet as an anonymous row, saying why it has no name', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    checkIn(office, anonymous);
    const day = office.call('getBoard', {}).day;
    const sheet = office.call('getDailySheet', { token: office.token(), day, orientation: null });
    expect(sheet.rows).toEqual([
      expect.objectContaining({ visitor: '(未同意登记)', maskedPhone: null, partySize: 2, receivedBy: '王芳' }),
    ]);
  });

  it('stays anonymous in the database itself, whatever writes to it', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const { visitId } = checkIn(office, anonymous);
    expect(() => office.db.prepare("UPDATE visits SET phone = '13900000001' WHERE id = ?").run(visitId)).toThrow(
      /declined consent/,
    );
  });
});
