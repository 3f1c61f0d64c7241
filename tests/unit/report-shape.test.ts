import { describe, expect, it } from 'vitest';
import { localToEpoch } from '../../electron/domain/office-time';
import { periodOf } from '../../electron/domain/report-period';
import { protectionsEndingThisWeek } from '../../electron/domain/report-protections';
import { daySeries, hourSeries, rankChannels, rankConsultants } from '../../electron/domain/report-shape';
import { client, policy, when } from './ownership-fixtures';

const QUARTER_MS = 15 * 60_000;
const quarterOf = (epochMs: number) => Math.floor(epochMs / QUARTER_MS);

describe('visits by hour of the office’s clock', () => {
  it('places UTC quarter hours on Shanghai’s clock, quiet hours between as 0', () => {
    const series = hourSeries(
      [
        { quarter: quarterOf(when('2026-11-20', '09:10')), visits: 2 },
        { quarter: quarterOf(when('2026-11-20', '09:50')), visits: 1 },
        { quarter: quarterOf(when('2026-11-21', '11:05')), visits: 1 },
      ],
      'Asia/Shanghai',
    );
    expect(series).toEqual([
      { hour: 9, visits: 3 },
      { hour: 10, visits: 0 },
      { hour: 11, visits: 1 },
    ]);
  });

  it('keeps quarter hours whole in a zone 45 minutes off the hour (Kathmandu, UTC+5:45)', () => {
    const tz = 'Asia/Kathmandu';
    const series = hourSeries(
      [
        { quarter: quarterOf(localToEpoch('2026-11-20', 8 * 60 + 45, tz)), visits: 1 },
        { quarter: quarterOf(localToEpoch('2026-11-20', 9 * 60, tz)), visits: 4 },
      ],
      tz,
    );
    expect(series).toEqual([
      { hour: 8, visits: 1 },
      { hour: 9, visits: 4 },
    ]);
  });

  it('is empty without visits', () => {
    expect(hourSeries([], 'Asia/Shanghai')).toEqual([]);
  });
});

describe('the days of a period', () => {
  it('has a bar for every day of the week, new = visits − returning', () => {
    const series = daySeries(periodOf('week', '2026-11-25'), [
      { day: '2026-11-24', visits: 5, returning: 2, incomplete: 1 },
    ]);
    expect(series).toHaveLength(7);
    expect(series[1]).toEqual({ day: '2026-11-24', new: 3, returning: 2 });
    expect(series[0]).toEqual({ day: '2026-11-23', new: 0, returning: 0 });
  });
});

describe('ranking', () => {
  const row = (consultantId: number, received: number, owned = 0) => ({
    consultantId,
    name: `#${consultantId}`,
    active: true,
    received,
    owned,
    broughtBack: 0,
    followUps: 0,
  });

  it('lists the consultant who received most first; a tie goes by owned, then by staff order', () => {
    const ranked = rankConsultants([row(1, 2), row(2, 5), row(3, 2, 1), row(4, 2)]);
    expect(ranked.map((r) => r.consultantId)).toEqual([2, 3, 1, 4]);
  });

  it('lists the largest channel first and registrations without a channel last', () => {
    const ranked = rankChannels([
      { channel: null, visits: 9 },
      { channel: 'online', visits: 2 },
      { channel: 'walkIn', visits: 5 },
    ]);
    expect(ranked.map((r) => r.channel)).toEqual(['walkIn', 'online', null]);
  });
});

describe('protections ending this week (30 days from the last contact)', () => {
  // Wednesday 2026-11-25, 10:00 at the office; the week ends at Sunday 2026-11-29 24:00.
  const now = when('2026-11-25', '10:00');
  const visited = (day: string, hhmm = '15:00') =>
    client({ firstVisitAt: when(day, hhmm), lastVisitAt: when(day, hhmm) });

  it('lists the clients still protected whose 30 days run out before Sunday midnight, soonest first', () => {
    const thursday = { ...visited('2026-10-27'), id: 1 };
    const todayLater = { ...visited('2026-10-26', '16:00'), id: 2 };
    const sundayNight = { ...visited('2026-10-30', '23:00'), id: 3 };
    const { week, ending } = protectionsEndingThisWeek(
      [thursday, todayLater, sundayNight],
      now,
      policy(),
      'Asia/Shanghai',
    );
    expect(`${week.from}..${week.to}`).toBe('2026-11-23..2026-11-29');
    expect(ending.map((e) => e.client.id)).toEqual([2, 1, 3]);
    expect(ending[0]?.endsAt).toBe(when('2026-11-25', '16:00'));
  });

  it('leaves out a protection already ended this morning and one that runs into next week', () => {
    const endedThisMorning = visited('2026-10-26', '09:00');
    const nextMonday = visited('2026-10-31', '09:00');
    const { ending } = protectionsEndingThisWeek([endedThisMorning, nextMonday], now, policy(), 'Asia/Shanghai');
    expect(ending).toEqual([]);
  });

  it('follows the ownership rules: a follow-up carries the protection past the week', () => {
    const followedUp = client({
      firstVisitAt: when('2026-10-27'),
      lastVisitAt: when('2026-10-27'),
      lastFollowUpAt: when('2026-11-10'),
    });
    expect(protectionsEndingThisWeek([followedUp], now, policy(), 'Asia/Shanghai').ending).toEqual([]);
    const countedFromVisit = policy({ 'ownership.protectionFrom': 'lastVisit' });
    expect(protectionsEndingThisWeek([followedUp], now, countedFromVisit, 'Asia/Shanghai').ending).toHaveLength(1);
  });
});
