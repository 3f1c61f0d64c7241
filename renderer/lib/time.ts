import type { Lang } from '../stores/locale-store';

const pad = (n: number) => String(n).padStart(2, '0');

/** 24-hour wall-clock time, as the desk reads it in either language. */
export function clockOf(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function minutesSince(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 60_000));
}

export function dateLine(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }).format(
    new Date(ms),
  );
}
