import type { PeriodKind } from '../../../../electron/api/report-types';
import type { Lang } from '../../../stores/locale-store';

// Office days are calendar dates: formatted at UTC midnight in UTC, no screen's zone can move them.
const at = (day: string) => new Date(`${day}T00:00:00Z`);
const format = (lang: Lang, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options });

/** "2026年11月20日周五", "2026年11月16日 – 11月22日", "2026年11月" — and in English. */
export function periodLabel(p: { kind: PeriodKind; from: string; to: string }, lang: Lang): string {
  switch (p.kind) {
    case 'day':
      return format(lang, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }).format(at(p.from));
    case 'week': {
      // Chromium's formatRange writes this as 2026/11/23 – 2026/11/29, so the ends are written out: the year
      // once, where each language puts it (2026年11月23日 – 11月29日; November 23 – November 29, 2026).
      const withYear = format(lang, { year: 'numeric', month: 'long', day: 'numeric' });
      const noYear = format(lang, { month: 'long', day: 'numeric' });
      const sameYear = p.from.slice(0, 4) === p.to.slice(0, 4);
      const [first, last] = !sameYear ? [withYear, withYear] : lang === 'en' ? [noYear, withYear] : [withYear, noYear];
      return `${first.format(at(p.from))} – ${last.format(at(p.to))}`;
    }
    case 'month':
      return format(lang, { year: 'numeric', month: 'long' }).format(at(p.from));
  }
}

/** A day on the chart's axis: "周一 16" in a week, "16" in a month. */
export function dayTick(day: string, kind: PeriodKind, lang: Lang): string {
  const date = format(lang, { day: 'numeric' }).format(at(day));
  return kind === 'week' ? `${format(lang, { weekday: 'short' }).format(at(day))} ${date}` : date;
}

/** "11-25" for a short date inside a line. */
export const shortDay = (day: string): string => day.slice(5);
