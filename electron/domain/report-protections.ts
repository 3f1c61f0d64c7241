import { isProtected, protectionEndsAt, type ProtectionDates, type ProtectionPolicy } from './ownership/protection';
import { periodAt, periodInstants, type ReportPeriod } from './report-period';

export interface EndingProtection<C> {
  client: C;
  endsAt: number;
}

/**
 * 本周到期: clients still protected now whose protection (the ownership rules' own reckoning) ends
 * before the office's Sunday midnight — the ones to follow up before they lapse to the pool. Soonest first.
 */
export function protectionsEndingThisWeek<C extends ProtectionDates>(
  clients: readonly C[],
  now: number,
  policy: ProtectionPolicy,
  timeZone: string,
): { week: ReportPeriod; ending: EndingProtection<C>[] } {
  const week = periodAt('week', now, timeZone);
  const { end: weekEnd } = periodInstants(week, timeZone);
  const ending = clients.flatMap((client) => {
    const endsAt = protectionEndsAt(client, policy);
    return endsAt !== null && isProtected(client, now, policy) && endsAt < weekEnd ? [{ client, endsAt }] : [];
  });
  return { week, ending: ending.sort((a, b) => a.endsAt - b.endsAt) };
}
