import { findClientByRef, getClientRecord } from '../../db/queries/clients';
import { countFollowUpsBy } from '../../db/queries/disputes';
import { getSale, insertSale, listSales, type SaleRow } from '../../db/queries/sales';
import { getSetting } from '../../db/queries/settings';
import type { PersonRef, SaleView, ShareView, SplitPreview } from '../api/disputes-types';
import { fail } from '../api/errors';
import { recordAsOf } from '../domain/disputes/evidence';
import {
  overrideSplit,
  shareLabel,
  splitAmount,
  splitSale,
  type Share,
  type SplitResult,
} from '../domain/disputes/split';
import { localToEpoch, officeDay } from '../domain/office-time';
import type { ClientRecord } from '../domain/clients';
import { isActive, nameOf } from '../domain/ownership/people';
import { isProtected } from '../domain/ownership/protection';
import { resolveSplitPolicy, SPLIT_PRESETS } from '../domain/policy';
import { officePolicy } from './check-in';
import { loadEvidence } from './clashes';
import type { Actor, Deps } from './deps';
import { loadPeople } from './people';

const DAY_MS = 86_400_000;

export interface SaleInput {
  clientRef: string;
  closerId: number;
  soldOn: string | null;
  unit: string | null;
  amountYuan: number | null;
  override: { closerBp: number; note: string } | null;
}

interface Planned {
  client: ClientRecord;
  soldOn: string;
  amountFen: number | null;
  ownerProtected: boolean;
  ownerFollowUps: number;
  split: SplitResult;
}

/**
 * The split the rules give this sale, judged at the sale: the owner's protection as the records stood then, and
 * the follow-ups they logged in the protection period before it. A client or closer not on file is refused.
 */
function planSale(deps: Deps, input: SaleInput, supervisor: string): Planned {
  const ref = input.clientRef.trim();
  // As typed, or upper-cased (c00012 → C00012): an imported ledger keeps its own references.
  const client =
    findClientByRef(deps.db, ref) ??
    findClientByRef(deps.db, ref.toUpperCase()) ??
    fail('not_found', `找不到客户档案 ${ref},成交未记录`);
  const { people } = loadPeople(deps.db);
  if (!isActive(people, input.closerId)) fail('invalid_input', '成交顾问不在职或不存在');
  const timeZone = getSetting(deps.db, 'timeZone');
  const now = deps.clock.now();
  const today = officeDay(now, timeZone);
  const soldOn = input.soldOn ?? today;
  if (soldOn > today) fail('invalid_input', '成交日期不能晚于今天');
  // A sale on an earlier day is judged at the end of that day; today's, now.
  const saleAt = soldOn === today ? now : localToEpoch(soldOn, 24 * 60 - 1, timeZone);
  const policy = officePolicy(deps);
  const evidence = loadEvidence(deps.db, [client.id]).get(client.id);
  const ownerProtected =
    client.ownerId !== null && evidence !== undefined && isProtected(recordAsOf(evidence, saleAt + 1), saleAt, policy);
  const ownerFollowUps =
    client.ownerId === null
      ? 0
      : countFollowUpsBy(
          deps.db,
          client.id,
          client.ownerId,
          saleAt - policy['ownership.protectionDays'] * DAY_MS,
          saleAt,
        );
  const computed = splitSale(
    { closerId: input.closerId, ownerId: client.ownerId, ownerProtected, ownerFollowUps },
    resolveSplitPolicy(getSetting(deps.db, 'splitPolicy')),
    people,
  );
  let split = computed;
  if (input.override) {
    const verdict = overrideSplit(computed, input.override.closerBp, input.override.note, supervisor);
    if (!verdict.ok) return fail('invalid_input', verdict.reasons.map((r) => r.zh).join(';'));
    split = verdict.split;
  }
  const amountFen = input.amountYuan === null ? null : Math.round(input.amountYuan * 100);
  return { client, soldOn, amountFen, ownerProtected, ownerFollowUps, split };
}

function shareViews(
  shares: readonly Share[],
  amountFen: number | null,
  person: (id: number) => PersonRef,
): ShareView[] {
  const amounts = amountFen === null ? null : splitAmount(amountFen, shares);
  return shares.map((s, i) => ({
    consultant: person(s.consultantId),
    role: s.role,
    bp: s.bp,
    fraction: s.fraction,
    label: shareLabel(s.fraction),
    amountFen: amounts?.[i] ?? null,
  }));
}

/** What the rules would give this sale, and the preset in force; nothing is written. */
export function previewSale(deps: Deps, input: SaleInput, actor: Actor): SplitPreview {
  const plan = planSale(deps, input, actor.name);
  const { people } = loadPeople(deps.db);
  const person = (id: number) => ({ id, name: nameOf(people, id) });
  const preset = SPLIT_PRESETS[getSetting(deps.db, 'splitPolicy').preset];
  return {
    client: {
      id: plan.client.id,
      ref: plan.client.ref,
      name: plan.client.name,
      owner: plan.client.ownerId === null ? null : person(plan.client.ownerId),
    },
    closer: person(input.closerId),
    preset: { id: preset.id, zh: preset.zh, en: preset.en },
    ownerProtected: plan.ownerProtected,
    ownerFollowUps: plan.ownerFollowUps,
    shares: shareViews(plan.split.shares, plan.amountFen, person),
    reasons: plan.split.reasons,
  };
}

/** 成交 with its split, in one transaction; an override is filed with the supervisor's reason. */
export function recordSale(deps: Deps, input: SaleInput, actor: Actor): SaleView {
  const id = deps.db
    .transaction(() => {
      const plan = planSale(deps, input, actor.name);
      const amounts = plan.amountFen === null ? null : splitAmount(plan.amountFen, plan.split.shares);
      return insertSale(deps.db, {
        clientId: plan.client.id,
        soldOn: plan.soldOn,
        unit: input.unit,
        amountFen: plan.amountFen,
        closerId: input.closerId,
        ownerId: plan.client.ownerId,
        splitPolicy: resolveSplitPolicy(getSetting(deps.db, 'splitPolicy')),
        overridden: input.override !== null,
        note: input.override?.note.trim() ?? null,
        recordedBy: actor.id ?? 0,
        recordedAt: deps.clock.now(),
        reasons: plan.split.reasons,
        shares: plan.split.shares.map((s, i) => ({ ...s, amountFen: amounts?.[i] ?? null })),
      });
    })
    .immediate();
  return saleView(deps, getSale(deps.db, id) ?? fail('internal', '成交未能保存'));
}

export function saleView(deps: Deps, s: SaleRow): SaleView {
  const { people } = loadPeople(deps.db);
  const person = (id: number) => ({ id, name: nameOf(people, id) });
  const client = getClientRecord(deps.db, s.clientId);
  return {
    id: s.id,
    client: client ? { id: client.id, ref: client.ref, name: client.name } : null,
    soldOn: s.soldOn,
    unit: s.unit,
    amountFen: s.amountFen,
    closer: person(s.closerId),
    owner: s.ownerId === null ? null : person(s.ownerId),
    overridden: s.overridden,
    note: s.note,
    recordedBy: person(s.recordedBy),
    recordedAt: s.recordedAt,
    shares: s.shares.map((sh) => ({
      consultant: person(sh.consultantId),
      role: sh.role,
      bp: sh.bp,
      fraction: sh.fraction,
      label: shareLabel(sh.fraction),
      amountFen: sh.amountFen,
    })),
    reasons: s.reasons,
  };
}

export function listSaleViews(deps: Deps, clientId: number | null = null): SaleView[] {
  return listSales(deps.db, clientId).map((s) => saleView(deps, s));
}
