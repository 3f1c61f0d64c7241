import type { ClientRecord } from '../clients';
import type { OfficePolicy } from '../policy';
import { calendarDaysBetween } from './dates';

const DAY_MS = 86_400_000;

/** The dates protection can count from; a client row from any query that carries them will do. */
export type ProtectionDates = Pick<ClientRecord, 'firstVisitAt' | 'lastVisitAt' | 'lastFollowUpAt' | 'handedOverAt'>;
export type ProtectionPolicy = Pick<OfficePolicy, 'ownership.protectionDays' | 'ownership.protectionFrom'>;

const present = (times: (number | null)[]): number[] => times.filter((t): t is number => t !== null);

function latest(times: (number | null)[]): number | null {
  const known = present(times);
  return known.length ? Math.max(...known) : null;
}

function earliest(times: (number | null)[]): number | null {
  const known = present(times);
  return known.length ? Math.min(...known) : null;
}

/**
 * When the protection period (保护期) starts counting, per 'ownership.protectionFrom':
 * - lastContact: the later of the last visit and the last follow-up — follow-ups keep a client (回访记录为准);
 * - lastVisit: the last visit only (以最近一次到售楼部时间往后推一个月);
 * - firstVisit: the first registration (建档有效期).
 * A ledger import may carry one visit date only, so each mode falls back on the other visit date.
 * A client the supervisor handed over counts from the hand-over at the earliest, whatever the mode: the new
 * owner has had no contact yet and must not find the client lapsed on the day they receive it.
 * Null when the record has none of the dates the mode counts from.
 */
export function protectionStart(record: ProtectionDates, policy: ProtectionPolicy): number | null {
  const counted = countedFrom(record, policy);
  return record.handedOverAt === null ? counted : Math.max(counted ?? 0, record.handedOverAt);
}

function countedFrom(record: ProtectionDates, policy: ProtectionPolicy): number | null {
  switch (policy['ownership.protectionFrom']) {
    case 'lastContact':
      return latest([record.firstVisitAt, record.lastVisitAt, record.lastFollowUpAt]);
    case 'lastVisit':
      return latest([record.firstVisitAt, record.lastVisitAt]);
    case 'firstVisit':
      return earliest([record.firstVisitAt, record.lastVisitAt]);
  }
}

/** The instant protection ends: the start plus 'ownership.protectionDays' days. Null when there is no start. */
export function protectionEndsAt(record: ProtectionDates, policy: ProtectionPolicy): number | null {
  const start = protectionStart(record, policy);
  return start === null ? null : start + policy['ownership.protectionDays'] * DAY_MS;
}

/**
 * Protected until the period has fully run: contact at 15:00 on 11-05 with 30 days keeps the client
 * until 15:00 on 12-05, and at 15:00 that day they are a new client again.
 */
export function isProtected(record: ProtectionDates, now: number, policy: ProtectionPolicy): boolean {
  const end = protectionEndsAt(record, policy);
  return end !== null && now < end;
}

/**
 * Office-calendar days until protection ends, for the consultant's list ("保护期3天后结束"):
 * 0 = it ends today. Null when the client is not protected now.
 */
export function protectionDaysLeft(
  record: ProtectionDates,
  now: number,
  policy: ProtectionPolicy,
  timeZone: string,
): number | null {
  const end = protectionEndsAt(record, policy);
  return end !== null && now < end ? calendarDaysBetween(now, end, timeZone) : null;
}

/** Still protected, and the protection ends within `days` office days (0 = ends today). */
export function protectionEndsWithin(
  record: ProtectionDates,
  now: number,
  days: number,
  policy: ProtectionPolicy,
  timeZone: string,
): boolean {
  const left = protectionDaysLeft(record, now, policy, timeZone);
  return left !== null && left <= days;
}
