import { localToEpoch, officeDay } from './office-time';

/** 日 / 周 / 月: a report covers one office day, one Monday–Sunday week, or one calendar month. */
export type PeriodKind = 'day' | 'week' | 'month';

export interface ReportPeriod {
  kind: PeriodKind;
  /** First and last office day of the period, both included, 'YYYY-MM-DD'. */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

// Office days are calendar dates: their arithmetic is done on UTC midnights, where every day has 24 hours.
function toUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(t: Date): string {
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function addDays(day: string, n: number): string {
  return fromUtc(new Date(toUtc(day).getTime() + n * DAY_MS));
}

/** 0 = Monday … 6 = Sunday: the office week starts on Monday (周一至周日). */
export function weekdayIndex(day: string): number {
  return (toUtc(day).getUTCDay() + 6) % 7;
}

function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function monthEnd(day: string): string {
  const t = toUtc(monthStart(day));
  return fromUtc(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)));
}

/** The period of `kind` that contains the office day `anchor`. */
export function periodOf(kind: PeriodKind, anchor: string): ReportPeriod {
  switch (kind) {
    case 'day':
      return { kind, from: anchor, to: anchor };
    case 'week': {
      const from = addDays(anchor, -weekdayIndex(anchor));
      return { kind, from, to: addDays(from, 6) };
    }
    case 'month':
      return { kind, from: monthStart(anchor), to: monthEnd(anchor) };
  }
}

/** The period of `kind` the office is in at the instant `now` (its wall clock decides the day). */
export function periodAt(kind: PeriodKind, now: number, timeZone: string): ReportPeriod {
  return periodOf(kind, officeDay(now, timeZone));
}

/** The period before (-1) or after (+1): the day's neighbour, the week's, the calendar month's. */
export function shiftPeriod(p: ReportPeriod, step: -1 | 1): ReportPeriod {
  return periodOf(p.kind, step === -1 ? addDays(p.from, -1) : addDays(p.to, 1));
}

/** Every office day of the period, in order. */
export function daysOf(p: ReportPeriod): string[] {
  const days: string[] = [];
  for (let d = p.from; d <= p.to; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * The period as instants, [start, end): from the office's midnight before `from` to its midnight after
 * `to`. Follow-ups are stored as instants, visits by office day; both must cut at the office's midnight.
 */
export function periodInstants(p: ReportPeriod, timeZone: string): { start: number; end: number } {
  return { start: localToEpoch(p.from, 0, timeZone), end: localToEpoch(addDays(p.to, 1), 0, timeZone) };
}
