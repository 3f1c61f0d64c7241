import { formatClock, officeDay } from '../office-time';

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Whole office-calendar days from the day of `from` to the day of `to`: 0 = the same day, 1 = tomorrow. */
export function calendarDaysBetween(from: number, to: number, timeZone: string): number {
  return dayNumber(officeDay(to, timeZone)) - dayNumber(officeDay(from, timeZone));
}

/**
 * A date as the desk reads it in a reason: '12-05' this year, '2025-12-05' in another, and with the
 * clock on the day itself — protection ends at the hour of the last contact, so "until 12-05" alone
 * would mislead on the afternoon of 12-05.
 */
export function shownDate(epochMs: number, now: number, timeZone: string): string {
  const day = officeDay(epochMs, timeZone);
  const today = officeDay(now, timeZone);
  const date = day.slice(0, 4) === today.slice(0, 4) ? day.slice(5) : day;
  return day === today ? `${date} ${formatClock(epochMs, timeZone)}` : date;
}
