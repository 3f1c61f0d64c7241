import type { SplitPolicy } from '../policy';
import type { Reason } from '../reasons';
import { nameOf } from '../ownership/people';
import { splitReasons as why } from './split-reasons';

/** Basis points: 10 000 = 100%. Shares are whole basis points and always sum to exactly 10 000. */
export const WHOLE = 10_000;

/** The facts of a sale the split turns on, as the records show them at the moment of the sale. */
export interface SaleFacts {
  closerId: number;
  /** The client's owner on the record at the sale; null when nobody owns them. */
  ownerId: number | null;
  /** The owner's protection was in force at the sale. */
  ownerProtected: boolean;
  /** Follow-ups the owner logged within the protection period before the sale. */
  ownerFollowUps: number;
}

export interface Share {
  consultantId: number;
  role: 'closer' | 'owner';
  bp: number;
  /** The exact fraction the share stands for (2/3 is 6 667 bp, but an amount is cut by 2/3). */
  fraction: [number, number];
}

export interface SplitResult {
  shares: Share[];
  reasons: Reason[];
}

/** The owner's part of the credit for each 'split.otherCloses' variant, as an exact fraction. */
const OWNER_PART: Record<SplitPolicy['split.otherCloses'], [number, number]> = {
  half: [1, 2],
  twoThirds: [1, 3],
  seventy: [3, 10],
};
const OWNER_WITHOUT_FOLLOW_UPS: [number, number] = [1, 5];

/** "50%", "2/3", "66.67%": a share as the paper shows it — a small fraction when it is not a whole percent. */
export function shareLabel([n, d]: [number, number]): string {
  if ((100 * n) % d === 0) return `${(100 * n) / d}%`;
  return d <= 12 ? `${n}/${d}` : `${((100 * n) / d).toFixed(2)}%`;
}

function shared(closerId: number, ownerId: number, ownerPart: [number, number]): Share[] {
  const [n, d] = ownerPart;
  const ownerBp = Math.round((WHOLE * n) / d);
  return [
    { consultantId: closerId, role: 'closer', bp: WHOLE - ownerBp, fraction: [d - n, d] },
    { consultantId: ownerId, role: 'owner', bp: ownerBp, fraction: [n, d] },
  ];
}

/**
 * Who gets the credit for a sale (分单). The owner who closes, or a closer of a client nobody holds, takes it
 * all (首接负责制; 保护期外成交归成交者). When someone else closes the owner's protected client, it is shared by
 * 'split.otherCloses' — unless the owner logged no follow-ups in that protection and the office says such an
 * owner gets 20% (没有回访记录…佣金销售员A获得20%, 销售员B获得80%).
 */
export function splitSale(
  facts: SaleFacts,
  policy: SplitPolicy,
  people: ReadonlyMap<number, { name: string }>,
): SplitResult {
  const closer = nameOf(people, facts.closerId);
  const all = (reasons: Reason[]): SplitResult => ({
    shares: [{ consultantId: facts.closerId, role: 'closer', bp: WHOLE, fraction: [1, 1] }],
    reasons,
  });
  if (facts.ownerId === null) return all([why.noOwner(closer)]);
  const owner = nameOf(people, facts.ownerId);
  if (facts.ownerId === facts.closerId) return all([why.ownerCloses(owner)]);
  if (!facts.ownerProtected) return all([why.ownerLapsed(owner, closer)]);

  if (facts.ownerFollowUps === 0 && policy['split.ownerWithoutFollowUps'] === 'twenty') {
    return {
      shares: shared(facts.closerId, facts.ownerId, OWNER_WITHOUT_FOLLOW_UPS),
      reasons: [why.ownerNoFollowUps(owner)],
    };
  }
  const shares = shared(facts.closerId, facts.ownerId, OWNER_PART[policy['split.otherCloses']]);
  const [c, o] = shares as [Share, Share];
  return {
    shares,
    reasons: [
      why.otherCloses(closer, owner, shareLabel(c.fraction), shareLabel(o.fraction)),
      ...(facts.ownerFollowUps > 0 ? [why.ownerFollowedUp(owner, facts.ownerFollowUps)] : []),
    ],
  };
}

export type SplitOverrideVerdict = { ok: true; split: SplitResult } | { ok: false; reasons: Reason[] };

/**
 * The supervisor's final say on a split (销售经理拥有最终仲裁权): any share for the closer, in whole basis
 * points, the rest to the owner, with the written reason filed beside the preset's own reasons.
 */
export function overrideSplit(
  computed: SplitResult,
  closerBp: number,
  note: string,
  supervisor: string,
): SplitOverrideVerdict {
  const [closer, owner] = computed.shares;
  const text = note.trim();
  if (text === '') return { ok: false, reasons: [why.overrideNeedsNote()] };
  if (!closer || !owner) return { ok: false, reasons: [why.overrideNobody()] };
  if (!Number.isInteger(closerBp) || closerBp < 0 || closerBp > WHOLE) {
    return { ok: false, reasons: [why.overrideOutOfRange()] };
  }
  const shares: Share[] = [
    { ...closer, bp: closerBp, fraction: reduce(closerBp) },
    { ...owner, bp: WHOLE - closerBp, fraction: reduce(WHOLE - closerBp) },
  ];
  return {
    ok: true,
    split: {
      shares,
      reasons: [
        ...computed.reasons,
        why.overridden(supervisor, shareLabel(reduce(closerBp)), shareLabel(reduce(WHOLE - closerBp)), text),
      ],
    },
  };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function reduce(bp: number): [number, number] {
  const g = gcd(bp, WHOLE) || 1;
  return [bp / g, WHOLE / g];
}

/**
 * An amount (in fen) cut by the shares' exact fractions; the owner's part is rounded to the fen and the closer
 * gets the rest, so the parts always add up to the amount.
 */
export function splitAmount(amountFen: number, shares: readonly Share[]): number[] {
  if (shares.length === 1) return [amountFen];
  const parts = shares.map((s) => (s.role === 'owner' ? Math.round((amountFen * s.fraction[0]) / s.fraction[1]) : 0));
  const ownerTotal = parts.reduce((a, b) => a + b, 0);
  return shares.map((s, i) => (s.role === 'owner' ? (parts[i] ?? 0) : amountFen - ownerTotal));
}
