import { isActive, nameOf } from '../ownership/people';
import type { Reason } from '../reasons';
import { clashReasons as why } from './clash-reasons';
import type { Clash } from './clash-types';

export interface RulingInput {
  clash: Clash;
  /** The consultant the supervisor gives the client to: one of the two sides. */
  ownerId: number;
  /** The written reason, required: the ruling is filed and printed with it. */
  note: string;
  supervisor: { id: number; name: string };
  people: ReadonlyMap<number, { name: string; active: boolean }>;
}

/**
 * What a ruling does to the records: one visitor on two records is merged into the winner's; a household's
 * other record, or a stand-in's client, moves to the decided owner; or the owner is upheld and nothing moves.
 */
export type RulingAction =
  | { kind: 'merge'; winnerId: number; loserId: number }
  | { kind: 'setOwner'; clientId: number; fromId: number; toId: number }
  | { kind: 'uphold'; clientId: number };

export type RulingVerdict =
  | { ok: true; action: RulingAction; ownerId: number; otherId: number; reasons: Reason[] }
  | { ok: false; reasons: Reason[] };

/**
 * The supervisor's ruling on a clash (撞单: 销售经理拥有最终仲裁权): the owner is one of the two sides, given
 * with a written reason. The records follow the ruling — a visitor registered twice keeps one record, a
 * household goes with one consultant (一家人以第一登记为准) — and every change is filed with the reason.
 */
export function planRuling(input: RulingInput): RulingVerdict {
  const { clash, ownerId, people, supervisor } = input;
  const note = input.note.trim();
  const name = nameOf(people, ownerId);
  if (note === '') return { ok: false, reasons: [why.needsNote()] };
  const winner = clash.sides.find((s) => s.consultantId === ownerId);
  const loser = clash.sides.find((s) => s.consultantId !== ownerId);
  if (!winner || !loser) return { ok: false, reasons: [why.notASide(name)] };
  if (!isActive(people, ownerId)) return { ok: false, reasons: [why.ownerInactive(name)] };

  const decided = why.decided(supervisor.name, name, note);
  const base = { ok: true as const, ownerId, otherId: loser.consultantId };
  const from = nameOf(people, loser.consultantId);
  switch (clash.kind) {
    case 'samePerson':
      return {
        ...base,
        action: { kind: 'merge', winnerId: winner.clientId, loserId: loser.clientId },
        reasons: [decided, why.merged(loser.clientRef, winner.clientRef)],
      };
    case 'household':
      return {
        ...base,
        action: { kind: 'setOwner', clientId: loser.clientId, fromId: loser.consultantId, toId: ownerId },
        reasons: [decided, why.ownerChanged(loser.clientName, from, name)],
      };
    case 'standIn': {
      // The owner's side comes first: ruling for them upholds the record as it is.
      const [ownerSide] = clash.sides;
      return ownerSide.consultantId === ownerId
        ? {
            ...base,
            action: { kind: 'uphold', clientId: ownerSide.clientId },
            reasons: [decided, why.upheld(ownerSide.clientName, name)],
          }
        : {
            ...base,
            action: { kind: 'setOwner', clientId: ownerSide.clientId, fromId: ownerSide.consultantId, toId: ownerId },
            reasons: [decided, why.ownerChanged(ownerSide.clientName, from, name)],
          };
    }
  }
}
