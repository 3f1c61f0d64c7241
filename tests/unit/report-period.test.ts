import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysOf,
  periodAt,
  periodInstants,
  periodOf,
  shiftPeriod,
  weekdayIndex,
} from '../../electron/domain/report-period';

const SHANGHAI = 'Asia/Shanghai';
const span = (p: { from: string; to: string }) => `${p.from}..${p.to}`;

describe('the report week runs Monday to Sunday', () => {
  it('starts on the Monday before a Wednesday and ends on the Sunday after it', () => {
    expect(weekdayIndex('2026-11-25')).toBe(2);
    expect(span(periodOf('week', '2026-11-25'))).toBe('2026-11-23..2026-11-29');
  });

  it('keeps a Monday as its own first day and a Sunday as its own last day', () => {
    expect(span(periodOf('week', '2026-11-23'))).toBe('2026-11-23..2026-11-29');
    expect(span(periodOf('week', '2026-11-29'))).toBe('2026-11-23..2026-11-29');
  });

  it('runs across a month end', () => {
    expect(span(periodOf('week', '2026-12-02'))).toBe('2026-11-30..2026-12-06');
    expect(span(periodOf('week', '2026-11-30'))).toBe('2026-11-30..2026-12-06');
  });

  it('runs across a year end, the same week from either side of New Year', () => {
    expect(span(periodOf('week', '2026-12-31'))).toBe('2026-12-28..2027-01-03');
    expect(span(periodOf('week', '2027-01-03'))).toBe('2026-12-28..2027-01-03');
  });

  it('steps to the week before and after across a year end', () => {
    const newYear = periodOf('week', '2027-01-01');
    expect(span(shiftPeriod(newYear, -1))).toBe('2026-12-21..2026-12-27');
    expect(span(shiftPeriod(newYear, 1))).toBe('2027-01-04..2027-01-10');
  });

  it('has seven days, in order', () => {
    expect(daysOf(periodOf('week', '2026-12-31'))).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });
});

describe('the report month is the calendar month', () => {
  it('ends on the 28th of February, the 29th in a leap year', () => {
    expect(span(periodOf('month', '2026-02-14'))).toBe('2026-02-01..2026-02-28');
    expect(span(periodOf('month', '2028-02-14'))).toBe('2028-02-01..2028-02-29');
  });

  it('steps from January 31st to February, not past it', () => {
    expect(span(shiftPeriod(periodOf('month', '2027-01-31'), 1))).toBe('2027-02-01..2027-02-28');
  });

  it('steps back from January to December of the year before', () => {
    expect(span(shiftPeriod(periodOf('month', '2027-01-15'), -1))).toBe('2026-12-01..2026-12-31');
  });

  it('has as many days as the month', () => {
    expect(daysOf(periodOf('month', '2026-12-05'))).toHaveLength(31);
  });
});

describe('a report day', () => {
  it('is the day itself, and steps across a month end', () => {
    const day = periodOf('day', '2026-11-30');
    expect(span(day)).toBe('2026-11-30..2026-11-30');
    expect(span(shiftPeriod(day, 1))).toBe('2026-12-01..2026-12-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('the office’s time zone decides the period', () => {
  it('puts Monday 00:30 at the office in the new week, while UTC is still on Sunday', () => {
    const mondayHalfPastMidnight = Date.UTC(2026, 10, 29, 16, 30);
    expect(span(periodAt('week', mondayHalfPastMidnight, SHANGHAI))).toBe('2026-11-30..2026-12-06');
    expect(span(periodAt('week', mondayHalfPastMidnight, 'UTC'))).toBe('2026-11-23..2026-11-29');
  });

  it('puts New Year’s Eve 23:30 at the office in December’s month', () => {
    const eve = Date.UTC(2026, 11, 31, 15, 30);
    expect(span(periodAt('month', eve, SHANGHAI))).toBe('2026-12-01..2026-12-31');
    expect(span(periodAt('month', eve + 60 * 60_000, SHANGHAI))).toBe('2027-01-01..2027-01-31');
  });

  it('cuts the week at the office’s midnights: Shanghai’s Monday begins at 16:00 UTC on Sunday', () => {
    const { start, end } = periodInstants(periodOf('week', '2026-11-25'), SHANGHAI);
    expect(start).toBe(Date.UTC(2026, 10, 22, 16, 0));
    expect(end).toBe(Date.UTC(2026, 10, 29, 16, 0));
  });

  it('gives a week with a daylight-saving change its real length, an hour short in spring', () => {
    const { start, end } = periodInstants(periodOf('week', '2027-03-28'), 'Europe/Berlin');
    expect(start).toBe(Date.UTC(2027, 2, 21, 23, 0));
    expect(end).toBe(Date.UTC(2027, 2, 28, 22, 0));
    expect(end - start).toBe(7 * 24 * 3_600_000 - 3_600_000);
  });
});
