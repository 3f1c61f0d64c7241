import { openDatabase } from '../../db/connection';
import { findClientByRef, getClientRecord } from '../../db/queries/clients';
import { listDayEvents } from '../../db/queries/day-events';
import { setSetting } from '../../db/queries/settings';
import type { CallContext } from '../api/handler-types';
import { AppError } from '../api/errors';
import { localToEpoch, parseClock } from '../domain/office-time';
import { createBackend } from '../services/backend';
import { readDay } from '../services/day-tx';
import { receptionReasons } from '../services/decision-reasons';
import { locate, parseReplayFile, ReplayFileError, type ReplayEvent, type ReplayFile } from './replay-file';
import { REPLAY_PIN, seedClients, setUpConsultants, SYSTEM } from './replay-setup';

export interface DecisionLine {
  id: string;
  receivedBy: string | null;
  owner: string | null;
  turnConsumed: boolean;
  standIn: boolean;
  waiting: boolean;
  returning: boolean;
  matchedClient: string | null;
  reasons: string[];
}

export type ReplayLine = DecisionLine | { queue: string[] };

/**
 * Replays one day through the app's own handlers on a fresh in-memory database and returns one
 * line per decision — each arrival, and again whenever a visit's decision changes (a waiting
 * visitor served, a claim) — then the final queue. The receptionist's confirmation of a match is
 * taken to be the best strong candidate, as the desk's screen preselects it.
 */
export function replay(file: ReplayFile, source = ''): ReplayLine[] {
  const db = openDatabase(':memory:');
  let now = localToEpoch(file.date, 0, file.timeZone);
  const backend = createBackend(db, { now: () => now });
  const h = backend.handlers;
  const out: ReplayLine[] = [];
  try {
    setSetting(db, 'timeZone', file.timeZone);
    setSetting(db, 'officeName', '回放');
    setSetting(db, 'policy', file.policy);
    h.setPolicy({ token: '', preset: file.policy.preset, overrides: file.policy.overrides, note: '回放' }, SYSTEM);
    const ids = setUpConsultants(h, file, source);
    seedClients(db, file, ids, source);

    const visitIds = new Map<string, number>();
    const replayIdOf = new Map<number, string>();
    const printed = new Map<number, string>();
    const names = new Map([...ids].map(([n, id]) => [id, n]));
    const nameOf = (id: number | null) => (id === null ? null : (names.get(id) ?? null));
    let lastMinute = -1;

    /** Every visit whose decision is new or changed since it was last printed. */
    const report = () => {
      const { state } = readDay(backend.deps);
      const matched = new Map<number, number | null>();
      for (const e of listDayEvents(db, state.day))
        if (e.type === 'arrival') matched.set(e.visitId, e.clientId ?? null);
      const ref = (visitId: number) => {
        const clientId = matched.get(visitId) ?? null;
        return clientId === null ? null : (getClientRecord(db, clientId)?.ref ?? null);
      };
      const receptionReasonsOf = receptionReasons(db, state.assignments);
      const lines: DecisionLine[] = [
        ...state.assignments.map((a) => ({
          id: replayIdOf.get(a.visitId) ?? String(a.visitId),
          receivedBy: nameOf(a.consultantId),
          owner: nameOf(a.ownerId),
          turnConsumed: a.turnConsumed,
          standIn: a.standIn,
          waiting: false,
          returning: ref(a.visitId) !== null,
          matchedClient: ref(a.visitId),
          reasons: (receptionReasonsOf.get(a.visitId) ?? []).map((r) => r.zh),
        })),
        ...state.waiting.map((w) => ({
          id: replayIdOf.get(w.visitId) ?? String(w.visitId),
          receivedBy: null,
          // A directed visitor's owner is decided at check-in; the one they wait for owns them.
          owner: nameOf(w.directedTo),
          turnConsumed: false,
          standIn: false,
          waiting: true,
          returning: ref(w.visitId) !== null,
          matchedClient: ref(w.visitId),
          reasons: w.reasons.map((r) => r.zh),
        })),
      ];
      for (const line of lines) {
        const visitId = visitIds.get(line.id) ?? 0;
        const key = JSON.stringify([line.receivedBy, line.owner, line.waiting]);
        if (printed.get(visitId) === key) continue;
        printed.set(visitId, key);
        out.push(line);
      }
    };

    file.events.forEach((event, index) => {
      const where = `第 ${index + 1} 个事件(${locate(source, ['events', index])})`;
      const consultant = (name: string): number => {
        const id = ids.get(name);
        if (id === undefined) throw new ReplayFileError(`${where}:未知顾问“${name}”`);
        return id;
      };
      const visit = (id: string): number => {
        const v = visitIds.get(id);
        if (v === undefined) throw new ReplayFileError(`${where}:未知访客“${id}”`);
        return v;
      };
      const client = (ref: string): number => {
        const c = findClientByRef(db, ref);
        if (!c) throw new ReplayFileError(`${where}:未知客户“${ref}”`);
        return c.id;
      };
      const minute = parseClock(event.at) ?? 0;
      if (minute < lastMinute) throw new ReplayFileError(`${where}:时间 ${event.at} 早于上一个事件`);
      lastMinute = minute;
      now = localToEpoch(file.date, minute, file.timeZone);
      const as = (id: number): CallContext => ({ actor: { id, name: names.get(id) ?? '', role: 'consultant' } });

      try {
        runEvent(event);
      } catch (err) {
        if (err instanceof AppError) throw new ReplayFileError(`${where}:${err.message}`);
        throw err;
      }
      report();

      function runEvent(e: ReplayEvent): void {
        switch (e.type) {
          case 'arrival': {
            if (visitIds.has(e.id)) throw new ReplayFileError(`${where}:访客编号“${e.id}”重复`);
            const { name, phone, gender, needs } = e.visitor;
            const best = h.findCandidates({ name, phone }, { actor: null })[0];
            const named = e.answers.namedConsultant === null ? null : consultant(e.answers.namedConsultant);
            const referredBy = e.answers.referredBy;
            const d = h.checkIn(
              {
                partySize: e.partySize,
                answers: {
                  beenBefore: e.answers.beenBefore,
                  namedConsultant: named,
                  namedEvidence: named === null ? null : 'remembered',
                  familyVisited: null,
                  referredBy:
                    referredBy === null
                      ? null
                      : 'client' in referredBy
                        ? { clientId: client(referredBy.client) }
                        : { name: referredBy.name, phone: referredBy.phone },
                  accompanied: e.answers.accompanied,
                  appointmentWith: e.answers.appointmentWith === null ? null : consultant(e.answers.appointmentWith),
                },
                registration: {
                  // A scenario re-enacts days written down elsewhere: no answer to the notice was recorded.
                  consent: null,
                  name,
                  gender,
                  phone,
                  needs: { project: null, unitType: needs, area: null, budget: null },
                  channel: null,
                  intent: null,
                  party: [],
                  notes: null,
                },
                clientId: best?.level === 'strong' ? best.clientId : null,
                rejectedClientIds: [],
              },
              { actor: null },
            );
            visitIds.set(e.id, d.visitId);
            replayIdOf.set(d.visitId, e.id);
            return;
          }
          case 'status':
          case 'done': {
            const id = consultant(e.consultant);
            const status = e.type === 'done' ? 'available' : e.status;
            h.setStatus({ consultantId: id, pin: REPLAY_PIN, status }, as(id));
            return;
          }
          case 'left':
            h.markVisitorLeft({ visitId: visit(e.id) }, { actor: null });
            return;
          case 'reorder':
            h.reorderQueue(
              { token: '', order: e.order.map(consultant), note: e.note, basedOn: readDay(backend.deps).state.order },
              SYSTEM,
            );
            return;
          case 'skip':
            h.skipTurn({ token: '', consultantId: consultant(e.consultant), note: e.note }, SYSTEM);
            return;
          case 'makeup':
            h.grantMakeup({ token: '', consultantId: consultant(e.consultant), note: e.note }, SYSTEM);
            return;
          case 'assign':
          case 'supervisor': {
            const [visitRef, note] = e.type === 'assign' ? [e.id, e.note] : [e.visit, e.reason];
            h.assignVisitor(
              { token: '', visitId: visit(visitRef), consultantId: consultant(e.consultant), note },
              SYSTEM,
            );
            return;
          }
          case 'followUp': {
            const id = consultant(e.consultant);
            h.logFollowUp(
              {
                consultantId: id,
                pin: REPLAY_PIN,
                clientId: client(e.client),
                channel: 'phone',
                content: '回放:跟进',
                reaction: null,
              },
              as(id),
            );
            return;
          }
          case 'claim': {
            const id = consultant(e.consultant);
            h.claimVisit({ consultantId: id, pin: REPLAY_PIN, visitId: visit(e.visit) }, as(id));
            return;
          }
          case 'suspend':
          case 'resume':
            h.setRotationSuspended({ token: '', suspended: e.type === 'suspend', note: e.note }, SYSTEM);
            return;
          case 'policy':
            h.setPolicy({ token: '', preset: e.preset, overrides: e.overrides, note: e.note }, SYSTEM);
            return;
        }
      }
    });

    out.push({ queue: readDay(backend.deps).state.order.map((id) => names.get(id) ?? `#${id}`) });
    return out;
  } finally {
    db.close();
  }
}

export function replayText(text: string): ReplayLine[] {
  return replay(parseReplayFile(text), text);
}
