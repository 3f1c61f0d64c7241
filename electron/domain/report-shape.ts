import { minuteOfDay } from './office-time';
import { daysOf, type ReportPeriod } from './report-period';

const QUARTER_MS = 15 * 60_000;

export interface HourCount {
  /** 0–23 on the office's clock: 9 = 09:00–09:59. */
  hour: number;
  visits: number;
}

/**
 * Visits per hour of the office's clock, from the first hour with a visit to the last, quiet hours in
 * between shown as 0 so the chart's axis reads as a day. Input: counts per UTC quarter hour (every
 * time zone's offset is a whole number of quarter hours, so a quarter never straddles two local hours).
 */
export function hourSeries(quarters: readonly { quarter: number; visits: number }[], timeZone: string): HourCount[] {
  const perHour = new Map<number, number>();
  for (const q of quarters) {
    const hour = Math.floor(minuteOfDay(q.quarter * QUARTER_MS, timeZone) / 60);
    perHour.set(hour, (perHour.get(hour) ?? 0) + q.visits);
  }
  if (perHour.size === 0) return [];
  const hours = [...perHour.keys()];
  const series: HourCount[] = [];
  for (let h = Math.min(...hours); h <= Math.max(...hours); h++) series.push({ hour: h, visits: perHour.get(h) ?? 0 });
  return series;
}

export interface DayFigures {
  day: string;
  new: number;
  returning: number;
}

interface DayCount {
  day: string;
  visits: number;
  returning: number;
  incomplete: number;
}

/** Every day of the period, quiet days as 0: a week's chart always has seven bars. */
export function daySeries(period: ReportPeriod, counts: readonly DayCount[]): DayFigures[] {
  const byDay = new Map(counts.map((c) => [c.day, c]));
  return daysOf(period).map((day) => {
    const c = byDay.get(day);
    return { day, new: c ? c.visits - c.returning : 0, returning: c?.returning ?? 0 };
  });
}

/** The period's visits: new (首访) is every visit that is not a return. */
export function visitTotals(counts: readonly DayCount[]): {
  visits: number;
  new: number;
  returning: number;
  incomplete: number;
} {
  const sum = (pick: (c: DayCount) => number) => counts.reduce((n, c) => n + pick(c), 0);
  const visits = sum((c) => c.visits);
  const returning = sum((c) => c.returning);
  return { visits, new: visits - returning, returning, incomplete: sum((c) => c.incomplete) };
}

export interface ConsultantFigures {
  consultantId: number;
  name: string;
  active: boolean;
  received: number;
  owned: number;
  broughtBack: number;
  followUps: number;
}

/** The busiest first (received, then owned, brought back, follow-ups); equal figures keep the staff order. */
export function rankConsultants(rows: readonly ConsultantFigures[]): ConsultantFigures[] {
  return [...rows].sort(
    (a, b) =>
      b.received - a.received ||
      b.owned - a.owned ||
      b.broughtBack - a.broughtBack ||
      b.followUps - a.followUps ||
      a.consultantId - b.consultantId,
  );
}

/** The largest channel first; registrations without a channel (未填) last, whatever their number. */
export function rankChannels<C extends { channel: string | null; visits: number }>(rows: readonly C[]): C[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.channel === null) - Number(b.channel === null) ||
      b.visits - a.visits ||
      (a.channel ?? '').localeCompare(b.channel ?? ''),
  );
}
