import type { Lang } from '../stores/locale-store';

const clocks = new Map<string, Intl.DateTimeFormat>();

/** 24-hour wall-clock time in the office's time zone, as the desk reads it in either language. */
export function clockOf(ms: number, timeZone: string): string {
  let f = clocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(timeZone, f);
  }
  return f.format(new Date(ms));
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
