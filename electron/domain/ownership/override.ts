import type { ClientRecord } from '../clients';
import type { Reason } from '../reasons';
import type { People } from '../rotation';
import { ownershipReasons as why } from './ownership-reasons';
import { isActive, nameOf } from './people';

export interface OwnershipOverrideInput {
  client: Pick<ClientRecord, 'id' | 'name' | 'ownerId'>;
  toOwnerId: number;
  supervisor: { id: number; name: string };
  /** The written reason, required: the decision is filed with it. */
  note: string;
  at: number;
  people: People;
}

/** The record of a supervisor's ruling: who decided, when, why, and the client moved from whom to whom. */
export interface OwnershipOverride {
  clientId: number;
  fromOwnerId: number | null;
  toOwnerId: number;
  byId: number;
  at: number;
  note: string;
  reasons: Reason[];
}

export type OverrideVerdict = { ok: true; record: OwnershipOverride } | { ok: false; reasons: Reason[] };

/**
 * The final say (营销总监有客户归属的裁决权 / 销售经理拥有最终仲裁权): a supervisor gives any client to
 * any consultant on the books — a service complaint, a clash (撞单), a client's request — whatever the
 * other rules said, and the ruling is recorded with its reason.
 */
export function overrideOwnership(input: OwnershipOverrideInput): OverrideVerdict {
  const { client, toOwnerId, supervisor, at, people } = input;
  const note = input.note.trim();
  const to = nameOf(people, toOwnerId);
  if (note === '') return { ok: false, reasons: [why.overrideNeedsNote()] };
  if (!isActive(people, toOwnerId)) return { ok: false, reasons: [why.overrideTargetInactive(to)] };
  if (client.ownerId === toOwnerId) return { ok: false, reasons: [why.overrideSameOwner(client.name, to)] };

  const from = client.ownerId === null ? null : nameOf(people, client.ownerId);
  return {
    ok: true,
    record: {
      clientId: client.id,
      fromOwnerId: client.ownerId,
      toOwnerId,
      byId: supervisor.id,
      at,
      note,
      reasons: [why.overridden(supervisor.name, client.name, from, to, note)],
    },
  };
}
