import type { OfficePolicy } from '../policy';
import type { DirectedKind, Reason } from '../reasons';
import { ownershipReasons as why } from './ownership-reasons';
import type { FirstAnswers, OwnershipContext } from './ownership-types';
import { isActive, nameOf } from './people';
import { assessReferral } from './referral';

export interface NewClientVerdict {
  ownerId: number | null;
  directedKind: DirectedKind | null;
  referrerClientId: number | null;
  reasons: Reason[];
  notes: Reason[];
}

interface Choice {
  chosen: { id: number; kind: 'named' | 'appointment' } | null;
  reasons: Reason[];
  notes: Reason[];
}

/**
 * The visitor's own word (客户意愿): a consultant they name — remembered, shown by SMS, or asked for
 * (能说出前一次接待销售员名字的 / 找出销售发的短信 / 直接找某销售员) — owns when the office trusts a name
 * without a record; an appointment (预约客户, 不列入轮值) owns whatever that setting. When both point at
 * different consultants the named one wins: the seeds settle a clash by the client's request
 * (指名由谁接待, 则按客户要求执行).
 */
function visitorChoice(answers: FirstAnswers, policy: OfficePolicy, ctx: OwnershipContext): Choice {
  let chosen: Choice['chosen'] = null;
  const reasons: Reason[] = [];
  const notes: Reason[] = [];
  const named = answers.namedConsultant;
  if (named !== null) {
    const name = nameOf(ctx.people, named.id);
    if (!policy['ownership.trustNamedWithoutRecord']) reasons.push(why.namedNotTrusted(name));
    else if (!isActive(ctx.people, named.id)) reasons.push(why.namedGone(name));
    else {
      chosen = { id: named.id, kind: 'named' };
      reasons.push(why.namedOwns(name, named.evidence));
    }
  }
  const appointment = answers.appointmentWith;
  if (appointment !== null && appointment !== chosen?.id) {
    const withName = nameOf(ctx.people, appointment);
    if (chosen !== null) notes.push(why.namedOverAppointment(nameOf(ctx.people, chosen.id), withName));
    else if (!isActive(ctx.people, appointment)) reasons.push(why.appointmentGone(withName));
    else {
      chosen = { id: appointment, kind: 'appointment' };
      reasons.push(why.appointmentOwns(withName));
    }
  }
  return { chosen, reasons, notes };
}

/**
 * A visitor with no record that holds them — none found, or one that lapsed or lost its owner.
 * Precedence: the visitor's own choice, then the referral, then first contact (首接) through the rotation.
 * The seeds put the choice above the referral: 客户介绍的客户如该客户指定销售人员接待, 则归该指定销售员.
 */
export function decideNewClient(
  answers: FirstAnswers,
  policy: OfficePolicy,
  ctx: OwnershipContext,
  matchedClientId: number | null,
): NewClientVerdict {
  const choice = visitorChoice(answers, policy, ctx);
  const referral = assessReferral(answers, policy, ctx, matchedClientId);
  const base = { referrerClientId: referral.referrerClientId, notes: [...choice.notes, ...referral.notes] };

  const { chosen } = choice;
  if (chosen !== null) {
    const { owner } = referral;
    const overruled =
      owner !== null && owner.id !== chosen.id
        ? [why.choiceOverReferral(nameOf(ctx.people, chosen.id), owner.referrer, nameOf(ctx.people, owner.id))]
        : [];
    return {
      ...base,
      ownerId: chosen.id,
      directedKind: chosen.kind,
      reasons: [...choice.reasons, ...referral.counted],
      notes: [...base.notes, ...overruled],
    };
  }
  if (referral.owner !== null) {
    return {
      ...base,
      ownerId: referral.owner.id,
      directedKind: 'owner',
      reasons: [...choice.reasons, ...referral.reasons, ...referral.counted],
    };
  }
  return {
    ...base,
    ownerId: null,
    directedKind: null,
    reasons: [...choice.reasons, ...referral.reasons, why.newClient(), ...referral.counted],
  };
}
