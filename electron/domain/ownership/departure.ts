import type { OfficePolicy } from '../policy';
import { reason, type Reason } from '../reasons';

export interface DeparturePerson {
  id: number;
  name: string;
  active: boolean;
}

export interface DepartureInput {
  departing: DeparturePerson;
  /** Who takes over the book; null sends the clients back to the office pool (公海). */
  successor: DeparturePerson | null;
  policy: Pick<OfficePolicy, 'ownership.departed'>;
  supervisor: string;
  /** The supervisor's written reason, filed with every client's move. */
  note: string;
}

/** Where the departing consultant's clients go, and the reasons each client's record carries. */
export type DepartureVerdict = { ok: true; toId: number | null; reasons: Reason[] } | { ok: false; reason: Reason };

const RULE_TEXT: Record<OfficePolicy['ownership.departed'], { zh: string; en: string }> = {
  pool: { zh: '离职顾问的客户视为新客户', en: "a departed consultant's clients are new clients again" },
  successor: { zh: '离职顾问的客户归接替人', en: "a departed consultant's clients go to their successor" },
};

export const departureReasons = {
  toSuccessor: (departed: string, successor: string) =>
    reason(
      'departureSuccessor',
      `${departed}离职,客户由接替人${successor}接管`,
      `${departed} left; ${successor} takes over their clients`,
    ),
  toPool: (departed: string) =>
    reason(
      'departurePool',
      `${departed}离职,客户退回案场,下次来访按新客户接待`,
      `${departed} left; their clients go back to the office and are received as new clients next time`,
    ),
  supervisorNote: (supervisor: string, note: string) =>
    reason('departureNote', `主管${supervisor}:${note}`, `Supervisor ${supervisor}: ${note}`),
  /** The supervisor has the final say (最终裁决权), but a choice against the office's rule is said so on file. */
  againstRule: (rule: OfficePolicy['ownership.departed']) =>
    reason(
      'departureAgainstRule',
      `案场规则为“${RULE_TEXT[rule].zh}”,本次由主管另行决定`,
      `The office's rule is that ${RULE_TEXT[rule].en}; the supervisor decided otherwise this time`,
    ),
  successorIsDeparting: (name: string) =>
    reason(
      'successorIsDeparting',
      `接替人不能是离职的${name}本人,请选择另一位在职顾问`,
      `${name} cannot succeed themself: choose another consultant on the books`,
    ),
  successorInactive: (name: string) =>
    reason(
      'successorInactive',
      `${name}已离职,不能接替客户,请选择在职顾问`,
      `${name} has left and cannot take over clients: choose a consultant on the books`,
    ),
  alreadyDeparted: (name: string) => reason('alreadyDeparted', `${name}已是离职状态`, `${name} has already left`),
};

/**
 * A consultant leaves (离职): the seeds give their clients back to the office — 客户资源归销售部, taken over
 * by whoever takes over their business (由接管其业务者接待), or, unsold, counted as new clients. The office's
 * 'ownership.departed' says which it does; the supervisor picks the successor, or the pool, and every
 * client moves with the same reasons.
 */
export function planDeparture(input: DepartureInput): DepartureVerdict {
  const { departing, successor, policy } = input;
  const why = departureReasons;
  if (!departing.active) return { ok: false, reason: why.alreadyDeparted(departing.name) };
  if (successor !== null) {
    if (successor.id === departing.id) return { ok: false, reason: why.successorIsDeparting(departing.name) };
    if (!successor.active) return { ok: false, reason: why.successorInactive(successor.name) };
  }
  const chosen = successor === null ? 'pool' : 'successor';
  const rule = policy['ownership.departed'];
  return {
    ok: true,
    toId: successor?.id ?? null,
    reasons: [
      successor === null ? why.toPool(departing.name) : why.toSuccessor(departing.name, successor.name),
      ...(chosen === rule ? [] : [why.againstRule(rule)]),
      why.supervisorNote(input.supervisor, input.note.trim()),
    ],
  };
}
