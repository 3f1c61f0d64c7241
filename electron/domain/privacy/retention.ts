import { officeDay } from '../office-time';

/**
 * How long the office keeps the registrations of people who bought nothing (PIPL art. 19: no
 * longer than the purpose needs). Whole years, 1 to 10; there is no "keep forever": a visitor who
 * never came back and never bought has no purpose left to keep them for.
 */
export const RETENTION_YEARS = { min: 1, max: 10, default: 2 } as const;

/**
 * The first office day still kept (a registration that never became a client's is due when its own day
 * is earlier: db/queries/erasure.ts listLooseVisitsBefore): today's date N years back (29 February falls back to the 28th).
 * A record whose last contact is on an earlier day is due.
 */
export function retentionCutoffDay(now: number, timeZone: string, years: number): string {
  const [y, m, d] = officeDay(now, timeZone).split('-').map(Number) as [number, number, number];
  const year = y - years;
  const lastOfMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(m)}-${pad(Math.min(d, lastOfMonth))}`;
}

/** What the purge needs to know of a client record. */
export interface RetentionFacts {
  /** Any sale on record: a buyer's data is part of the commission records and is kept. */
  bought: boolean;
  /** Every moment the office was in touch: visits, follow-ups, a hand-over, the record's creation. */
  contacts: readonly (number | null)[];
}

/** A client is due for the purge when they bought nothing and the office's last contact is before the cutoff. */
export function clientDue(facts: RetentionFacts, cutoffDay: string, timeZone: string): boolean {
  if (facts.bought) return false;
  const last = Math.max(...facts.contacts.map((at) => at ?? 0));
  return officeDay(last, timeZone) < cutoffDay;
}
