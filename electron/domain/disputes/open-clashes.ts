import type { OfficePolicy } from '../policy';
import type { Clash, ClashContext, RecordEvidence } from './clash-types';
import { duplicateClash, standInClash, type Reception } from './detect';

export interface ClashFacts {
  /** Every record a pair or a reception names, with its evidence. */
  records: ReadonlyMap<number, RecordEvidence>;
  /** Records sharing a phone, held by different consultants (from the phone index). */
  pairs: readonly (readonly [number, number])[];
  /** Receptions whose receiver was not the owner the rules named. */
  receptions: readonly (Reception & { clientId: number })[];
  /** Clashes already ruled on: they leave the open list. */
  decided: ReadonlySet<string>;
}

/** The probable clashes still waiting for the supervisor, the latest first; a household waits for its duplicates. */
export function openClashes(facts: ClashFacts, policy: OfficePolicy, ctx: ClashContext): Clash[] {
  const found: Clash[] = [];
  for (const [x, y] of facts.pairs) {
    const [a, b] = [facts.records.get(x), facts.records.get(y)];
    const clash = a && b ? duplicateClash(a, b, policy, ctx) : null;
    if (clash) found.push(clash);
  }
  for (const r of facts.receptions) {
    const e = facts.records.get(r.clientId);
    const clash = e ? standInClash(e, r, policy, ctx) : null;
    if (clash) found.push(clash);
  }
  const open = found.filter((c) => !facts.decided.has(c.key));
  // A visitor on two records is merged first: a household is judged on the merged record (一家人以第一登记为准),
  // not against one of its duplicates.
  const duplicated = new Set(
    open.filter((c) => c.kind === 'samePerson').flatMap((c) => c.sides.map((s) => s.clientId)),
  );
  return open
    .filter((c) => c.kind !== 'household' || !c.sides.some((s) => duplicated.has(s.clientId)))
    .sort((a, b) => b.at - a.at || a.key.localeCompare(b.key));
}
