import type { OfficePolicy } from '../policy';
import type { Reason } from '../reasons';
import { ownershipReasons as why } from './ownership-reasons';

/** A consultant as the ownership rules see them: `successorId` is who took over their book on leaving. */
export interface OwnershipPerson {
  name: string;
  active: boolean;
  successorId: number | null;
}
export type OwnershipPeople = ReadonlyMap<number, OwnershipPerson>;

export const nameOf = (people: ReadonlyMap<number, { name: string }>, id: number): string =>
  people.get(id)?.name ?? `#${id}`;

/** Someone not on the books cannot own or receive: treated as departed. */
export const isActive = (people: ReadonlyMap<number, { active: boolean }>, id: number): boolean =>
  people.get(id)?.active === true;

/**
 * Who answers for a consultant's clients today. A departed consultant's clients go back to the office
 * (离职: 客户资源归销售部, 未下订单的视作新客户) under 'pool'; under 'successor' the one who took over
 * their business (由接管其业务者接待) has them — and if that successor has left too, theirs, down the chain.
 * `id` null: nobody; the client is a new client again.
 */
export function responsibleFor(
  ownerId: number,
  policy: Pick<OfficePolicy, 'ownership.departed'>,
  people: OwnershipPeople,
): { id: number | null; reasons: Reason[] } {
  if (isActive(people, ownerId)) return { id: ownerId, reasons: [] };
  const departed = nameOf(people, ownerId);
  if (policy['ownership.departed'] === 'pool') return { id: null, reasons: [why.departedPool(departed)] };

  const seen = new Set([ownerId]);
  let next = people.get(ownerId)?.successorId ?? null;
  while (next !== null && !seen.has(next)) {
    if (isActive(people, next)) return { id: next, reasons: [why.successorOwns(departed, nameOf(people, next))] };
    seen.add(next);
    next = people.get(next)?.successorId ?? null;
  }
  return { id: null, reasons: [why.noActiveSuccessor(departed)] };
}
