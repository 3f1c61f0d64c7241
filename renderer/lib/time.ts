import type { Lang } from '../stores/locale-store';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formats.get(key);
  if (!f) {
    f = make();
    formats.set(key, f);
  }
  return f;
}

/** 24-hour wall-clock time in the office's time zone, as the desk reads it in either language. */
export function clockOf(ms: number, timeZone: string): string {
  return formatter(`clock ${timeZone}`, () =>
    Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).format(new Date(ms));
}

/** The office's calendar date as YYYY-MM-DD (en-CA writes dates that way). */
export function isoDateOf(ms: number, timeZone: string): string {
  return formatter(`date ${timeZone}`, () =>
    Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ).format(new Date(ms));
}

/**
 * A short date as the desk writes it: "12-05" this year, "2025-12-05" another year, so
 * "保护期至 12-05" reads at a glance and an old visit is not mistaken for a recent one.
 */
export function shortDateOf(ms: number, now: number, timeZone: string): string {
  const date = isoDateOf(ms, timeZone);
  return date.slice(0, 4) === isoDateOf(now, timeZone).slice(0, 4) ? date.slice(5) : date;
}

export function minutesSince(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 60_000));
}

export function dateLine(ms: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(ms));
}
