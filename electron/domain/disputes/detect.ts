import { analyzeQuery } from '../match/match-keys';
import { scoreCandidate } from '../match/candidates';
import { maskPhone } from '../match/phone';
import { nameOf, responsibleFor } from '../ownership/people';
import { isProtected } from '../ownership/protection';
import { judgeRecord } from '../ownership/record-rules';
import type { OfficePolicy } from '../policy';
import { clashReasons as why } from './clash-reasons';
import type { Clash, ClashContext, RecordEvidence } from './clash-types';
import { firstRegistration, recordAsOf, sideOf, stamp } from './evidence';

const ALL = { visits: () => true, followUps: () => true };

/** The earlier registration first; records with none go last, then by age. */
function byFirstRegistration(a: RecordEvidence, b: RecordEvidence): number {
  const fa = firstRegistration(a) ?? a.client.firstVisitAt ?? Infinity;
  const fb = firstRegistration(b) ?? b.client.firstVisitAt ?? Infinity;
  return fa - fb || a.client.id - b.client.id;
}

/**
 * 撞单 between two records: one phone on both, and two different consultants on them — the same visitor
 * registered twice, or two of one household (一家人). The ownership rules decide who should have them: had the
 * desk matched the later visitor to the first record, would it still have been protected then? Then its owner
 * (or their successor) — first contact and the registration decide (以来访登记和回访记录为准); if it had
 * lapsed, the later registration was rightly a new client's first contact.
 */
export function duplicateClash(
  x: RecordEvidence,
  y: RecordEvidence,
  policy: OfficePolicy,
  ctx: ClashContext,
): Clash | null {
  const ownerX = x.client.ownerId;
  const ownerY = y.client.ownerId;
  if (ownerX === null || ownerY === null || ownerX === ownerY) return null;
  const phone = x.client.phones.find((p) => y.client.phones.includes(p));
  if (phone === undefined) return null;

  const [first, second] = [x, y].sort(byFirstRegistration) as [RecordEvidence, RecordEvidence];
  const firstOwner = first.client.ownerId ?? 0;
  const secondOwner = second.client.ownerId ?? 0;
  const at = firstRegistration(second) ?? second.client.firstVisitAt ?? 0;
  const household = scoreCandidate(analyzeQuery({ name: second.client.name, phone }), first.client)?.household ?? false;

  const [a, b] = [nameOf(ctx.people, firstOwner), nameOf(ctx.people, secondOwner)];
  const firstAt = firstRegistration(first) ?? first.client.firstVisitAt;
  const shown = (t: number | null) => (t === null ? '—' : stamp(t, ctx.timeZone));
  const reasons = household
    ? [why.household(maskPhone(phone), first.client.name, a, second.client.name, b)]
    : [why.samePerson(maskPhone(phone), a, first.client.ref, shown(firstAt), b, second.client.ref, shown(at))];

  const verdict = judgeRecord({ client: recordAsOf(first, at), household }, policy, {
    now: at,
    timeZone: ctx.timeZone,
    people: ctx.people,
  });
  const lead = firstAt === null ? [] : [why.firstRegistration(a, shown(firstAt))];
  let suggestion: Clash['suggestion'];
  if (verdict.kind === 'owned') suggestion = { ownerId: verdict.ownerId, reasons: [...lead, ...verdict.reasons] };
  else {
    const heir = responsibleFor(secondOwner, policy, ctx.people);
    suggestion = { ownerId: heir.id, reasons: [...lead, ...verdict.reasons, why.laterIsNew(b), ...heir.reasons] };
  }

  return {
    key: `dup:${Math.min(x.client.id, y.client.id)}-${Math.max(x.client.id, y.client.id)}`,
    kind: household ? 'household' : 'samePerson',
    at,
    sides: [sideOf(first, firstOwner, at, policy, ALL), sideOf(second, secondOwner, at, policy, ALL)],
    reasons,
    suggestion,
  };
}

/** A visit as the day log recorded its reception: who received it and whose client the rules said it was. */
export interface Reception {
  visitId: number;
  at: number;
  receivedBy: number;
  /** The owner the decision named; the receiver themself for a new client. */
  ownerAtVisit: number;
}

/**
 * 撞单 by a stand-in: the owner's client received by someone else while the owner's protection held. The
 * registration still says whose client it is (代接 gives no claim), so the rules suggest the owner; the clash
 * is listed so the supervisor can rule, and so a later sale is shared by the split rules. A reception since
 * settled — the client claimed back, or moved by a ruling — is no longer a clash.
 */
export function standInClash(
  e: RecordEvidence,
  reception: Reception,
  policy: OfficePolicy,
  ctx: ClashContext,
): Clash | null {
  const { ownerAtVisit: owner, receivedBy: standIn, at } = reception;
  if (standIn === owner || e.client.ownerId !== owner) return null;
  const before = recordAsOf(e, at, owner);
  if (!isProtected(before, at, policy)) return null;

  const ownerSide = sideOf(e, owner, at, policy, {
    visits: (by) => by !== standIn,
    followUps: (by) => by === owner,
  });
  const standInSide = sideOf(e, standIn, at, policy, {
    visits: (by) => by === standIn,
    followUps: (by) => by === standIn,
  });
  const verdict = judgeRecord({ client: before, household: false }, policy, {
    now: at,
    timeZone: ctx.timeZone,
    people: ctx.people,
  });
  const [ownerName, standInName] = [nameOf(ctx.people, owner), nameOf(ctx.people, standIn)];
  const lead =
    ownerSide.firstRegisteredAt === null
      ? []
      : [why.firstRegistration(ownerName, stamp(ownerSide.firstRegisteredAt, ctx.timeZone))];
  return {
    key: `standIn:${reception.visitId}`,
    kind: 'standIn',
    at,
    sides: [ownerSide, standInSide],
    reasons: [why.standIn(standInName, ownerName, e.client.name, stamp(at, ctx.timeZone))],
    suggestion:
      verdict.kind === 'owned'
        ? { ownerId: verdict.ownerId, reasons: [...lead, ...verdict.reasons, why.standInNoClaim(standInName)] }
        : { ownerId: standIn, reasons: [...lead, ...verdict.reasons] },
  };
}
