import { maskPhone, normalizePhone } from '../match/phone';
import type { OfficePolicy } from '../policy';
import type { Reason } from '../reasons';
import { ownershipReasons as why } from './ownership-reasons';
import type { FirstAnswers, OwnershipContext, Referrer } from './ownership-types';
import { nameOf, responsibleFor } from './people';

/** What a referral (老带新 / 裙带性原则) means for a visitor who is a new client. */
export interface ReferralVerdict {
  /** The registered referrer the visit counts for. */
  referrerClientId: number | null;
  /** Who the referral gives the visitor to, and the referrer's name; null when it gives them to nobody. */
  owner: { id: number; referrer: string } | null;
  /** Why the referral does or does not decide the owner. */
  reasons: Reason[];
  /** The 老带新 credit, shown whoever ends up owning the visitor. */
  counted: Reason[];
  notes: Reason[];
}

const NONE: ReferralVerdict = {
  referrerClientId: null,
  owner: null,
  reasons: [],
  counted: [],
  notes: [],
};

/** A referrer with no record, as the desk may show them: their name, else their phone masked (PIPL). */
function unrecordedLabel(r: Extract<Referrer, { kind: 'unrecorded' }>): string | null {
  const phone = r.phone === null ? null : normalizePhone(r.phone);
  return r.name?.trim() || (phone ? maskPhone(phone) : '') || null;
}

/**
 * 'ownership.referral': namedOrAccompanied — the visitor names the referrer (the answer to 谁介绍来的)
 * or the referrer came along; accompaniedOnly — only when they came along (老客户带新客户必须亲自陪同);
 * none — referrals do not decide ownership. Either way the visit counts as the referrer's 老带新 once the
 * visitor has said who sent them (自始至终没有说明是介绍而来的, 不计入). The consultant on the referrer's
 * record owns, lapsed or not — so the chain runs down (甲带来的乙也归A).
 */
export function assessReferral(
  answers: FirstAnswers,
  policy: OfficePolicy,
  ctx: OwnershipContext,
  matchedClientId: number | null,
): ReferralVerdict {
  const referrer = answers.referrer;
  if (referrer === null) return NONE;
  if (referrer.kind === 'unrecorded') return { ...NONE, reasons: [why.referrerUnrecorded(unrecordedLabel(referrer))] };
  const { client } = referrer;
  if (client.id === matchedClientId) return { ...NONE, notes: [why.selfReferral()] };

  const credit = { ...NONE, referrerClientId: client.id, counted: [why.referralCounted(client.name)] };
  if (policy['ownership.referral'] === 'none') return { ...credit, reasons: [why.referralNoOwnership()] };
  if (policy['ownership.referral'] === 'accompaniedOnly' && !answers.accompanied) {
    return { ...credit, reasons: [why.referralNeedsCompanion(client.name)] };
  }
  if (client.ownerId === null) return { ...credit, reasons: [why.referrerWithoutConsultant(client.name)] };

  const responsible = responsibleFor(client.ownerId, policy, ctx.people);
  return {
    ...credit,
    owner: responsible.id === null ? null : { id: responsible.id, referrer: client.name },
    reasons: [
      why.referralOwns(client.name, nameOf(ctx.people, client.ownerId), answers.accompanied),
      ...responsible.reasons,
    ],
  };
}

/** A visitor who already has a protected record is not new: the referral earns no 老带新 credit. */
export function referralOfReturning(answers: FirstAnswers, matchedClientId: number): Reason[] {
  const r = answers.referrer;
  if (r?.kind !== 'client') return [];
  return [r.client.id === matchedClientId ? why.selfReferral() : why.referralNotCounted(r.client.name)];
}
