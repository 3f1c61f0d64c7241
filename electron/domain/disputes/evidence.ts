import type { ClientRecord } from '../clients';
import { formatClock, officeDay } from '../office-time';
import type { OfficePolicy } from '../policy';
import type { ClashSide, EvidenceFollowUp, RecordEvidence } from './clash-types';

const DAY_MS = 86_400_000;

const max = (xs: number[]): number | null => (xs.length ? Math.max(...xs) : null);
const min = (xs: number[]): number | null => (xs.length ? Math.min(...xs) : null);

/** The earliest complete registration: the first contact a clash is decided by (以第一登记为准). */
export function firstRegistration(e: Pick<RecordEvidence, 'visits'>): number | null {
  return min(e.visits.filter((v) => v.complete).map((v) => v.at));
}

/**
 * The record as it stood just before `at`: only registrations and follow-ups already on file count, so the
 * protection rules judge the clash as the desk would have judged it then, not with what came after.
 */
export function recordAsOf(e: RecordEvidence, at: number, ownerId: number | null = e.client.ownerId): ClientRecord {
  const visits = e.visits.filter((v) => v.complete && v.at < at).map((v) => v.at);
  // A record with no dated registration (an old import) keeps the dates it was imported with.
  const fallback = visits.length === 0 && e.visits.length === 0;
  return {
    ...e.client,
    ownerId,
    firstVisitAt: fallback ? e.client.firstVisitAt : min(visits),
    lastVisitAt: fallback ? e.client.lastVisitAt : max(visits),
    lastFollowUpAt: max(e.followUps.filter((f) => f.at < at).map((f) => f.at)),
  };
}

/** A follow-up logged in the protection period before the clash: it kept the client (回访记录为准). */
export function withinProtection(
  f: EvidenceFollowUp,
  clashAt: number,
  policy: Pick<OfficePolicy, 'ownership.protectionDays'>,
): boolean {
  return f.at <= clashAt && clashAt - f.at < policy['ownership.protectionDays'] * DAY_MS;
}

/** One side of a clash: a consultant, the record that speaks for them, and the part of it that is theirs. */
export function sideOf(
  e: RecordEvidence,
  consultantId: number,
  clashAt: number,
  policy: Pick<OfficePolicy, 'ownership.protectionDays'>,
  mine: { visits: (receivedBy: number | null) => boolean; followUps: (by: number) => boolean },
): ClashSide {
  const visits = e.visits.filter((v) => mine.visits(v.receivedBy));
  return {
    consultantId,
    clientId: e.client.id,
    clientRef: e.client.ref,
    clientName: e.client.name,
    firstRegisteredAt: firstRegistration({ visits }),
    visits,
    followUps: e.followUps
      .filter((f) => mine.followUps(f.consultantId))
      .map((f) => ({ ...f, withinProtection: withinProtection(f, clashAt, policy) })),
  };
}

/** A date and time as the clash's reasons print them: office-local, with the year. */
export function stamp(at: number, timeZone: string): string {
  return `${officeDay(at, timeZone)} ${formatClock(at, timeZone)}`;
}
