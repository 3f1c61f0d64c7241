import type { AssignedBody, DayEvent, DayEventBody, MakeupBody } from '../../electron/domain/day-events';
import { foldDay, type DayState, type WaitingVisitor } from '../../electron/domain/day-state';
import { localToEpoch, parseClock } from '../../electron/domain/office-time';
import type { PresetId, OfficePolicy } from '../../electron/domain/policy';
import type { ConsultantStatus, DirectedKind } from '../../electron/domain/reasons';
import { decide, returnMakeup, settleWaiting, type Decision, type RuleContext } from '../../electron/domain/rotation';
import { PEOPLE } from './people';

export const DAY = '2026-11-20';
export const TZ = 'Asia/Shanghai';

/** '09:10' on the test day, office time, as epoch milliseconds. */
export function at(hhmm: string): number {
  const minutes = parseClock(hhmm);
  if (minutes === null) throw new Error(`bad test time ${hhmm}`);
  return localToEpoch(DAY, minutes, TZ);
}

export interface Opening {
  order: number[];
  off?: number[];
  lunchDuty?: number[];
  /** Office time, e.g. { from: '12:00', to: '13:30' }. */
  lunch?: { from: string; to: string } | null;
  preset?: PresetId;
  overrides?: Partial<OfficePolicy>;
}

export interface Directed {
  to: number;
  kind?: DirectedKind;
}

/**
 * A hand-written day log. Inputs (statuses, arrivals) are appended as written; `walkIn`, `settle`
 * and `backAtDesk` ask the rules for their decision and append it, the way the app's handlers do,
 * so a test can play a morning step by step and look at the queue in between.
 */
export class DayLog {
  readonly events: DayEvent[] = [];

  constructor(opening: Opening, time = '08:30') {
    const minutes = (t: string) => parseClock(t) ?? 0;
    this.push(time, {
      type: 'day_opened',
      policy: { preset: opening.preset ?? 'default', overrides: opening.overrides ?? {} },
      timeZone: TZ,
      order: opening.order,
      off: opening.off ?? [],
      lunchDuty: opening.lunchDuty ?? [],
      lunch: opening.lunch ? { from: minutes(opening.lunch.from), to: minutes(opening.lunch.to) } : null,
    });
  }

  push(time: string, body: DayEventBody, actorId: number | null = null): this {
    this.events.push({ ...body, id: this.events.length + 1, at: at(time), actorId });
    return this;
  }

  status(time: string, consultantId: number, status: ConsultantStatus): this {
    return this.push(time, { type: 'status_changed', consultantId, status, note: null });
  }

  arrive(time: string, visitId: number, directed?: Directed): this {
    return this.push(time, {
      type: 'arrival',
      visitId,
      directedTo: directed?.to ?? null,
      directedKind: directed ? (directed.kind ?? 'named') : null,
    });
  }

  state(): DayState {
    return foldDay(DAY, TZ, this.events);
  }

  ctx(time: string): RuleContext {
    return { now: at(time), people: PEOPLE };
  }

  /** The state just after a visitor arrived, and that visitor as they wait to be received. */
  arrived(time: string, visitId: number, directed?: Directed): { state: DayState; visit: WaitingVisitor } {
    const state = this.arrive(time, visitId, directed).state();
    const visit = state.waiting.find((w) => w.visitId === visitId);
    if (!visit) throw new Error(`visitor ${visitId} is not waiting`);
    return { state, visit };
  }

  /** A visitor walks in: the rules decide, and the decision goes into the log. */
  walkIn(time: string, visitId: number, directed?: Directed): Decision {
    const { state, visit } = this.arrived(time, visitId, directed);
    const d = decide(state, visit, this.ctx(time));
    if (d.kind === 'assigned') this.push(time, d.body);
    else this.push(time, { type: 'waiting', visitId, reasons: d.reasons });
    return d;
  }

  /** Rule g: waiting visitors are served with whoever is free now. */
  settle(time: string): AssignedBody[] {
    const bodies = settleWaiting(this.state(), this.ctx(time));
    for (const b of bodies) this.push(time, b);
    return bodies;
  }

  /** A consultant sets themself available: a make-up if the return window allows, then waiting visitors. */
  backAtDesk(time: string, consultantId: number): MakeupBody | null {
    const makeup = returnMakeup(this.state(), consultantId, 'available', this.ctx(time));
    this.status(time, consultantId, 'available');
    if (makeup) this.push(time, makeup);
    this.settle(time);
    return makeup;
  }
}

/** The assigned body of a decision, or a test failure that says the visitor was left waiting. */
export function assigned(d: Decision): AssignedBody {
  if (d.kind !== 'assigned')
    throw new Error(`expected an assignment, the visitor waits: ${d.reasons.map((r) => r.zh).join(' / ')}`);
  return d.body;
}
