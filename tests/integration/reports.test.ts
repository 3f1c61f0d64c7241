import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../electron/api/report-types';
import { localToEpoch } from '../../electron/domain/office-time';
import { complete } from '../helpers/check-in';
import { DAY, TZ } from '../helpers/day-builder';
import { memoryOffice, PINS, type Staff, type TestOffice } from '../helpers/office';

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** Sets the office clock to `hhmm` on `day` (office time). */
function on(office: TestOffice, day: string, hhmm: string): void {
  office.clock.set(hhmm);
  office.clock.advance((dayNumber(day) - dayNumber(DAY)) * DAY_MS);
}

type Channel = NonNullable<ReturnType<typeof complete>['channel']>;

function newClient(office: TestOffice, name: string, phone: string, channel: Channel | null) {
  return office.call('checkIn', { registration: { ...complete(name, phone), channel } });
}

function returningClient(office: TestOffice, name: string, phone: string) {
  const [found] = office.call('findCandidates', { phone });
  return office.call('checkIn', { registration: complete(name, phone), clientId: found?.clientId ?? null });
}

function followUp(office: TestOffice, who: Staff, phone: string) {
  const [found] = office.call('findCandidates', { phone });
  office.call('logFollowUp', {
    consultantId: office.ids[who],
    pin: PINS[who],
    clientId: found?.clientId ?? 0,
    channel: 'phone',
    content: '邀约周末看样板间',
  });
}

const receiver = (r: { receivedBy: { name: string } | null }) => r.receivedBy?.name;

/**
 * Five days at 滨江壹号 (standing order 王芳, 李雷, 张伟; 30 days' protection from the last contact).
 * Each reception is asserted as it happens, so the figures below can be counted by hand from this story.
 */
function seedOffice(): TestOffice {
  const office = memoryOffice('08:00');

  // October: three clients who matter only for "protections ending this week".
  on(office, '2026-10-20', '10:00'); // Tue
  expect(receiver(newClient(office, '冯二', '13900000010', 'outdoor'))).toBe('王芳'); // lapses 11-19 10:00
  on(office, '2026-10-26', '11:00'); // Mon
  expect(receiver(newClient(office, '钱一', '13900000011', 'walkIn'))).toBe('王芳'); // ends 11-25 11:00
  on(office, '2026-10-26', '11:30');
  expect(receiver(newClient(office, '孙二', '13900000012', 'walkIn'))).toBe('李雷');
  on(office, '2026-11-10', '10:00');
  followUp(office, '李雷', '13900000012'); // keeps 孙二 until 12-10

  // Friday 11-20: four new visitors, one registration left incomplete.
  on(office, '2026-11-20', '09:10');
  expect(receiver(newClient(office, '张三', '13900000001', 'walkIn'))).toBe('王芳');
  on(office, '2026-11-20', '09:40');
  expect(receiver(newClient(office, '李四', '13900000002', 'online'))).toBe('李雷');
  on(office, '2026-11-20', '10:20');
  const incomplete = office.call('checkIn', { registration: { consent: 'given', name: '王五', phone: '13900000009' } });
  expect([receiver(incomplete), incomplete.complete]).toEqual(['张伟', false]);
  on(office, '2026-11-20', '10:30');
  for (const who of ['王芳', '李雷', '张伟'] as const) office.setStatus(who, 'available');
  on(office, '2026-11-20', '14:05');
  expect(receiver(newClient(office, '赵六', '13900000003', 'referral'))).toBe('王芳');
  on(office, '2026-11-20', '16:00');
  followUp(office, '王芳', '13900000001');

  // Saturday 11-21: three returning clients — to the owner, to a stand-in, and one claimed.
  on(office, '2026-11-21', '09:00');
  office.setStatus('李雷', 'leave');
  on(office, '2026-11-21', '10:00');
  const zhang = returningClient(office, '张三', '13900000001');
  expect([receiver(zhang), zhang.owner?.name, zhang.returning]).toEqual(['王芳', '王芳', true]);
  on(office, '2026-11-21', '10:30');
  const li = returningClient(office, '李四', '13900000002');
  expect([receiver(li), li.owner?.name, li.standIn]).toEqual(['张伟', '李雷', true]);
  on(office, '2026-11-21', '11:05');
  office.setStatus('张伟', 'available');
  on(office, '2026-11-21', '11:15');
  const wu = newClient(office, '吴九', '13900000004', 'walkIn');
  expect([receiver(wu), wu.returning]).toEqual(['张伟', false]);
  on(office, '2026-11-21', '11:20');
  const claimed = office.call('claimVisit', { consultantId: office.ids.王芳, pin: PINS.王芳, visitId: wu.visitId });
  expect(receiver(claimed)).toBe('王芳');
  on(office, '2026-11-21', '17:00');
  followUp(office, '李雷', '13900000002');

  // Sunday 11-22, half an hour before midnight: still this week, not Monday.
  on(office, '2026-11-22', '23:30');
  followUp(office, '王芳', '13900000003');

  // Monday 11-23: one new visitor; the reports are read at 10:00.
  on(office, '2026-11-23', '09:30');
  expect(receiver(newClient(office, '郑十', '13900000005', 'phone'))).toBe('王芳');
  on(office, '2026-11-23', '10:00');
  return office;
}

let office: TestOffice;
beforeAll(() => {
  office = seedOffice();
});

const report = (period: 'day' | 'week' | 'month', date: string | null) =>
  office.call('getReport', { token: office.token(), period, date });

const figures = (r: Report) => r.byConsultant.map((c) => [c.name, c.received, c.owned, c.broughtBack, c.followUps]);

describe('the day report', () => {
  it('counts Friday: four new visitors, one incomplete, a follow-up in the afternoon', () => {
    const r = report('day', '2026-11-20');
    expect(r.totals).toEqual({ visits: 4, new: 4, returning: 0, incomplete: 1, followUps: 1 });
    // consultant, received, owned, brought back, follow-ups
    expect(figures(r)).toEqual([
      ['王芳', 2, 2, 0, 1],
      ['李雷', 1, 1, 0, 0],
      ['张伟', 1, 1, 0, 0],
    ]);
    expect(r.byChannel).toEqual([
      { channel: 'online', visits: 1 },
      { channel: 'referral', visits: 1 },
      { channel: 'walkIn', visits: 1 },
      { channel: null, visits: 1 },
    ]);
    expect(r.byHour).toEqual([
      { hour: 9, visits: 2 },
      { hour: 10, visits: 1 },
      { hour: 11, visits: 0 },
      { hour: 12, visits: 0 },
      { hour: 13, visits: 0 },
      { hour: 14, visits: 1 },
    ]);
    expect(r.byDay).toEqual([]);
  });

  it('counts Saturday’s returning clients: to the owner, to a stand-in, and claimed back within the window', () => {
    const r = report('day', '2026-11-21');
    expect(r.totals).toEqual({ visits: 3, new: 0, returning: 3, incomplete: 0, followUps: 1 });
    expect(figures(r)).toEqual([
      ['王芳', 2, 2, 2, 0],
      ['张伟', 1, 0, 0, 0],
      ['李雷', 0, 1, 1, 1],
    ]);
  });

  it('shows a day without visits as empty, with the follow-up logged that evening', () => {
    const r = report('day', '2026-11-22');
    expect(r.totals).toEqual({ visits: 0, new: 0, returning: 0, incomplete: 0, followUps: 1 });
    expect(r.byHour).toEqual([]);
    expect(r.byChannel).toEqual([]);
    expect(figures(r)).toEqual([['王芳', 0, 0, 0, 1]]);
  });

  it('is today’s when no date is given, and offers no next day', () => {
    const r = report('day', null);
    expect(r.period).toMatchObject({ from: '2026-11-23', to: '2026-11-23', previous: '2026-11-22', next: null });
    expect(r.totals).toMatchObject({ visits: 1, new: 1, followUps: 0 });
  });
});

describe('the week report (Monday to Sunday)', () => {
  it('adds up Friday to Sunday; the Sunday 23:30 follow-up is in, Monday’s visitor is not', () => {
    const r = report('week', '2026-11-20');
    expect(r.period).toMatchObject({
      from: '2026-11-16',
      to: '2026-11-22',
      previous: '2026-11-09',
      next: '2026-11-23',
    });
    expect(r.totals).toEqual({ visits: 7, new: 4, returning: 3, incomplete: 1, followUps: 3 });
    expect(figures(r)).toEqual([
      ['王芳', 4, 4, 2, 2],
      ['张伟', 2, 1, 0, 0],
      ['李雷', 1, 2, 1, 1],
    ]);
    expect(r.byDay.map((d) => [d.day.slice(5), d.new, d.returning])).toEqual([
      ['11-16', 0, 0],
      ['11-17', 0, 0],
      ['11-18', 0, 0],
      ['11-19', 0, 0],
      ['11-20', 4, 0],
      ['11-21', 0, 3],
      ['11-22', 0, 0],
    ]);
  });
});

describe('the month report (the calendar month)', () => {
  it('counts November, the early follow-up on the 10th included', () => {
    const r = report('month', '2026-11-23');
    expect(r.period).toMatchObject({ from: '2026-11-01', to: '2026-11-30', previous: '2026-10-01', next: null });
    expect(r.totals).toEqual({ visits: 8, new: 5, returning: 3, incomplete: 1, followUps: 4 });
    expect(figures(r)).toEqual([
      ['王芳', 5, 5, 2, 2],
      ['张伟', 2, 1, 0, 0],
      ['李雷', 1, 2, 1, 2],
    ]);
    expect(r.byDay).toHaveLength(30);
    // The returning clients were registered without a channel this time: 未填.
    expect(r.byChannel.map((c) => [c.channel, c.visits])).toEqual([
      ['walkIn', 2],
      ['online', 1],
      ['phone', 1],
      ['referral', 1],
      [null, 3],
    ]);
    expect(r.byHour.map((h) => [h.hour, h.visits])).toEqual([
      [9, 3],
      [10, 3],
      [11, 1],
      [12, 0],
      [13, 0],
      [14, 1],
    ]);
  });

  it('counts October’s three first visits on their own', () => {
    const r = report('month', '2026-10-15');
    expect(r.totals).toEqual({ visits: 3, new: 3, returning: 0, incomplete: 0, followUps: 0 });
    expect(figures(r)).toEqual([
      ['王芳', 2, 2, 0, 0],
      ['李雷', 1, 1, 0, 0],
    ]);
  });
});

describe('protections ending this week', () => {
  it('lists 钱一, whose 30 days from 10-26 11:00 end on Wednesday, masked, with the owner', () => {
    const { protections } = report('day', null);
    expect(protections).toMatchObject({ weekFrom: '2026-11-23', weekTo: '2026-11-29' });
    expect(protections.ending).toEqual([
      {
        clientId: expect.any(Number) as number,
        ref: 'C00002',
        maskedName: '钱*',
        owner: '王芳',
        endsAt: localToEpoch('2026-11-25', 11 * 60, TZ),
      },
    ]);
  });
});

describe('bad input', () => {
  it('refuses a date that does not exist, and a period that is not day, week or month', () => {
    const token = office.token();
    const badDate = office.attempt('getReport', { token, period: 'week', date: '2026-02-30' });
    expect(badDate.ok ? null : badDate.error.message).toContain('日期');
    const badPeriod = office.attempt('getReport', { token, period: 'year' as 'week', date: null });
    expect(badPeriod.ok ? null : badPeriod.error.message).toContain('报表周期');
  });

  it('is for the supervisor only', () => {
    const r = office.attempt('getReport', { token: 'x'.repeat(32), period: 'day', date: null });
    expect(r.ok).toBe(false);
  });
});
