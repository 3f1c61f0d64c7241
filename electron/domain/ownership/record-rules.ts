import type { OfficePolicy } from '../policy';
import type { Reason } from '../reasons';
import { shownDate } from './dates';
import { ownershipReasons as why } from './ownership-reasons';
import type { FirstAnswers, OwnershipContext, OwnershipFacts } from './ownership-types';
import { isActive, nameOf, responsibleFor } from './people';
import { isProtected, protectionEndsAt } from './protection';

type Matched = NonNullable<OwnershipFacts['matched']>;

/** What a confirmed client record says: someone owns the visitor, or they are a new client again. */
export type RecordVerdict =
  | { kind: 'owned'; ownerId: number; reasons: Reason[] }
  | { kind: 'new'; lapsedOwner: number | null; reasons: Reason[] };

/**
 * The registration is the evidence (来访登记表是客户归属的唯一依据): a protected record's owner — or,
 * when they have left, whoever 'ownership.departed' gives their clients to — owns the visitor. A record
 * with no owner, or whose protection lapsed, makes a new client again (一个月不回访, 再次来访视为新客户).
 */
export function judgeRecord(matched: Matched, policy: OfficePolicy, ctx: OwnershipContext): RecordVerdict {
  const { client } = matched;
  const lead = matched.household ? [why.household(client.name)] : [];
  if (client.ownerId === null) {
    return { kind: 'new', lapsedOwner: null, reasons: [...lead, why.recordWithoutOwner(client.name)] };
  }

  const owner = nameOf(ctx.people, client.ownerId);
  const endsAt = protectionEndsAt(client, policy);
  if (endsAt === null || !isProtected(client, ctx.now, policy)) {
    const lapsed =
      endsAt === null
        ? why.noProtectionDates(client.name)
        : why.lapsed(owner, shownDate(endsAt, ctx.now, ctx.timeZone));
    // A departed consultant is not told: there is no one to tell.
    const lapsedOwner = isActive(ctx.people, client.ownerId) ? client.ownerId : null;
    return { kind: 'new', lapsedOwner, reasons: [...lead, lapsed] };
  }

  const held = [...lead, why.protected(owner, shownDate(endsAt, ctx.now, ctx.timeZone))];
  const responsible = responsibleFor(client.ownerId, policy, ctx.people);
  return responsible.id === null
    ? { kind: 'new', lapsedOwner: null, reasons: [...held, ...responsible.reasons] }
    : { kind: 'owned', ownerId: responsible.id, reasons: [...held, ...responsible.reasons] };
}

/**
 * A matched record beats what the visitor says (issue 4 §3): what contradicts it is noted for the
 * supervisor, who has the final say (营销总监有最终裁决权), and not obeyed.
 */
export function contradictions(
  answers: FirstAnswers,
  matched: Matched,
  ownerId: number,
  ctx: OwnershipContext,
): Reason[] {
  const owner = nameOf(ctx.people, ownerId);
  const notes: Reason[] = [];
  const named = answers.namedConsultant?.id;
  if (named !== undefined && named !== ownerId) notes.push(why.namedContradicts(nameOf(ctx.people, named), owner));
  if (answers.appointmentWith !== null && answers.appointmentWith !== ownerId) {
    notes.push(why.appointmentContradicts(nameOf(ctx.people, answers.appointmentWith), owner));
  }
  // A household member may truly be here for the first time; the client themselves may not.
  if (answers.beenBefore === false && !matched.household) notes.push(why.firstVisitClaimed(matched.client.name));
  return notes;
}
