import type { OfficePolicy } from '../policy';
import { decideNewClient } from './new-client-rules';
import { ownershipReasons as why } from './ownership-reasons';
import type { OwnershipContext, OwnershipDecision, OwnershipFacts } from './ownership-types';
import { nameOf } from './people';
import { contradictions, judgeRecord } from './record-rules';
import { referralOfReturning } from './referral';

/**
 * Who owns a visitor (客户归属), decided before the rotation routes them. Precedence, first that applies:
 *
 * 1. A matched, protected record — the visitor's own or their household's (一家人, 以第一登记为准) — and
 *    its owner, or the successor of a departed owner. The registration is the only evidence (唯一依据), so
 *    it beats anything the visitor says; contradictions are noted for the supervisor, not obeyed.
 * 2. The visitor's own choice (客户意愿): a named consultant (if the office trusts a name without a
 *    record), else an appointment.
 * 3. A referral (老带新): the consultant on the referrer's record.
 * 4. First contact (首接): the rotation receives, and the receiver owns.
 *
 * A record that lapsed, has no owner, or whose owner left under 'pool' gives no claim: the visitor is
 * decided from 2 on, like any new client, and a lapsed owner who lost them is told.
 */
export function decideOwnership(facts: OwnershipFacts, policy: OfficePolicy, ctx: OwnershipContext): OwnershipDecision {
  const { matched, answers } = facts;
  const found = {
    returning: matched !== null,
    household: matched?.household ?? false,
    matchedClientId: matched?.client.id ?? null,
  };

  if (matched === null) {
    const fresh = decideNewClient(answers, policy, ctx, null);
    return {
      ...found,
      ownerId: fresh.ownerId,
      directedTo: fresh.ownerId,
      directedKind: fresh.directedKind,
      lapsedOwnerToTell: null,
      referrerClientId: fresh.referrerClientId,
      notes: fresh.notes,
      reasons: [...(answers.beenBefore === true ? [why.notRegistered()] : []), ...fresh.reasons],
    };
  }

  const record = judgeRecord(matched, policy, ctx);
  if (record.kind === 'owned') {
    return {
      ...found,
      ownerId: record.ownerId,
      directedTo: record.ownerId,
      directedKind: 'owner',
      lapsedOwnerToTell: null,
      referrerClientId: null,
      notes: [
        ...contradictions(answers, matched, record.ownerId, ctx),
        ...referralOfReturning(answers, matched.client.id),
      ],
      reasons: record.reasons,
    };
  }

  const fresh = decideNewClient(answers, policy, ctx, matched.client.id);
  // The old owner is told they lost the client — unless the visitor's word or a referral gives them back.
  const tell = record.lapsedOwner !== null && record.lapsedOwner !== fresh.ownerId ? record.lapsedOwner : null;
  return {
    ...found,
    ownerId: fresh.ownerId,
    directedTo: fresh.ownerId,
    directedKind: fresh.directedKind,
    lapsedOwnerToTell: tell,
    referrerClientId: fresh.referrerClientId,
    notes: fresh.notes,
    reasons: [
      ...record.reasons,
      ...fresh.reasons,
      ...(tell === null ? [] : [why.oldOwnerTold(nameOf(ctx.people, tell))]),
    ],
  };
}
