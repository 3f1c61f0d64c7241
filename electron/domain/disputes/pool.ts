import type { ClientRecord } from '../clients';
import { officeDay } from '../office-time';
import { isActive, nameOf } from '../ownership/people';
import { shownDate } from '../ownership/dates';
import { ownershipReasons } from '../ownership/ownership-reasons';
import { isProtected, protectionEndsAt, protectionEndsWithin, type ProtectionPolicy } from '../ownership/protection';
import type { Reason } from '../reasons';
import { reason } from '../reasons';

export interface PoolEntry {
  client: ClientRecord;
  /** When protection ended; null when the record has no dates to count from or no owner. */
  endedAt: number | null;
  reasons: Reason[];
}

/**
 * 公海: clients no consultant holds — their protection lapsed (一个月不回访, 再次来访视为新客户), or they have
 * no owner (a departed consultant's, back to the office). The supervisor hands one to a consultant — whose
 * protection then counts from the hand-over, so the client leaves the pool — or leaves them to the rotation:
 * their next visit is a new client's.
 */
export function publicPool(
  records: readonly ClientRecord[],
  now: number,
  policy: ProtectionPolicy,
  ctx: { timeZone: string; people: ReadonlyMap<number, { name: string; active: boolean }> },
): PoolEntry[] {
  return records
    .filter((r) => r.ownerId === null || !isProtected(r, now, policy) || !isActive(ctx.people, r.ownerId))
    .map((client) => {
      const endedAt = protectionEndsAt(client, policy);
      const reasons: Reason[] = [];
      if (client.ownerId === null) reasons.push(ownershipReasons.recordWithoutOwner(client.name));
      else if (endedAt === null) reasons.push(ownershipReasons.noProtectionDates(client.name));
      else if (endedAt <= now)
        reasons.push(
          ownershipReasons.lapsed(nameOf(ctx.people, client.ownerId), shownDate(endedAt, now, ctx.timeZone)),
        );
      if (client.ownerId !== null && !isActive(ctx.people, client.ownerId)) {
        reasons.push(ownershipReasons.departedPool(nameOf(ctx.people, client.ownerId)));
      }
      const ended = client.ownerId !== null && endedAt !== null && endedAt <= now ? endedAt : null;
      return { client, endedAt: ended, reasons };
    })
    .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0) || a.client.id - b.client.id);
}

export const poolReasons = {
  reassigned: (supervisor: string, client: string, to: string, note: string) =>
    reason(
      'poolReassigned',
      `主管${supervisor}将公海客户${client}分配给${to}:${note}`,
      `Supervisor ${supervisor} gave ${client} from the public pool to ${to}: ${note}`,
    ),
};

/** Days from `now` to the end of this office week (Monday to Sunday): 0 on a Sunday. */
export function daysLeftInWeek(now: number, timeZone: string): number {
  const weekday = new Date(`${officeDay(now, timeZone)}T00:00:00Z`).getUTCDay();
  return (7 - weekday) % 7;
}

/** Still protected now, and the protection ends before this office week is out: a follow-up keeps them. */
export function lapsesThisWeek(record: ClientRecord, now: number, policy: ProtectionPolicy, timeZone: string): boolean {
  return protectionEndsWithin(record, now, daysLeftInWeek(now, timeZone), policy, timeZone);
}
