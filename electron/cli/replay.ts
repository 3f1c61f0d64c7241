import { openDatabase } from '../../db/connection';
import { setSetting } from '../../db/queries/settings';
import type { CallContext } from '../api/handler-types';
import { AppError } from '../api/errors';
import { localToEpoch, parseClock } from '../domain/office-time';
import { createBackend } from '../services/backend';
import { readDay } from '../services/day-tx';
import { locate, parseReplayFile, ReplayFileError, type ReplayEvent, type ReplayFile } from './replay-file';

export interface DecisionLine {
  id: string;
  receivedBy: string | null;
  owner: string | null;
  turnConsumed: boolean;
  standIn: boolean;
  waiting: boolean;
  returning: boolean;
  reasons: string[];
}

export type ReplayLine = DecisionLine | { queue: string[] };

/** Setting up the day from the file: an app error here is a problem of the file, named by its line. */
function setupStep<T>(where: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof AppError) throw new ReplayFileError(`${where}:${err.message}`);
    throw err;
  }
}

const newConsultant = (c: ReplayFile['consultants'][number]) => ({
  token: '',
  id: null,
  name: c.name,
  phone: null,
  role: c.role,
  photo: null,
  pin: REPLAY_PIN,
});

const SYSTEM: CallContext = { actor: { id: null, name: '回放', role: 'supervisor' } };
const REPLAY_PIN = '000000';

/**
 * Replays one day through the app's own handlers on a fresh in-memory database and returns one
 * line per decision, then the final queue.
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

    const ids = new Map<string, number>();
    file.consultants.forEach((c, i) => {
      const where = `${locate(source, ['consultants', i])} 字段 consultants.${i}`;
      if (ids.has(c.name)) throw new ReplayFileError(`${where}:顾问“${c.name}”重复`);
      ids.set(
        c.name,
        setupStep(where, () => h.saveConsultant(newConsultant(c), SYSTEM).id),
      );
    });
    file.consultants.forEach((c, i) => {
      if (c.active) return;
      const where = `${locate(source, ['consultants', i])} 字段 consultants.${i}`;
      setupStep(where, () =>
        h.deactivateConsultant({ token: '', id: ids.get(c.name) ?? 0, note: '回放:已离职' }, SYSTEM),
      );
    });
    const onDuty = file.consultants.filter((c) => c.active);
    const roster = h.getRoster({ token: '' }, SYSTEM);
    const rosterWhere = file.lunch
      ? `${locate(source, ['lunch'])} 字段 lunch`
      : `${locate(source, ['consultants'])} 字段 consultants`;
    setupStep(rosterWhere, () =>
      h.setRoster(
        {
          token: '',
          order: onDuty.map((c) => ids.get(c.name) ?? 0),
          off: [],
          lunchDuty: onDuty.filter((c) => c.lunchDuty).map((c) => ids.get(c.name) ?? 0),
          lunch: file.lunch,
          saveAsStanding: false,
          basedOn: roster.stamp,
        },
        SYSTEM,
      ),
    );

    const visitIds = new Map<string, number>();
    const replayIdOf = new Map<number, string>();
    const reported = new Set<number>();
    const names = new Map([...ids].map(([n, id]) => [id, n]));
    const nameOf = (id: number | null) => (id === null ? null : (names.get(id) ?? null));
    let lastMinute = -1;

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

      // Report every visit whose reception was decided by this event (a waiting visitor served later, too).
      for (const a of readDay(backend.deps).state.assignments) {
        if (reported.has(a.visitId)) continue;
        reported.add(a.visitId);
        out.push({
          id: replayIdOf.get(a.visitId) ?? String(a.visitId),
          receivedBy: nameOf(a.consultantId),
          owner: nameOf(a.ownerId),
          turnConsumed: a.turnConsumed,
          standIn: a.standIn,
          waiting: false,
          returning: false,
          reasons: a.reasons.map((r) => r.zh),
        });
      }

      function runEvent(e: ReplayEvent): void {
        switch (e.type) {
          case 'arrival': {
            if (visitIds.has(e.id)) throw new ReplayFileError(`${where}:访客编号“${e.id}”重复`);
            const directed = e.answers.appointmentWith ?? e.answers.namedConsultant;
            const d = h.registerArrival(
              {
                name: e.visitor.name,
                phone: e.visitor.phone,
                partySize: e.partySize,
                directedTo: directed === null ? null : consultant(directed),
                directedKind: e.answers.appointmentWith ? 'appointment' : directed ? 'named' : null,
              },
              { actor: null },
            );
            visitIds.set(e.id, d.visitId);
            replayIdOf.set(d.visitId, e.id);
            if (d.waiting) {
              out.push({
                id: e.id,
                receivedBy: null,
                owner: d.owner?.name ?? null,
                turnConsumed: false,
                standIn: false,
                waiting: true,
                returning: false,
                reasons: d.reasons.map((r) => r.zh),
              });
            }
            return;
          }
          case 'status': {
            const id = consultant(e.consultant);
            h.setStatus({ consultantId: id, pin: REPLAY_PIN, status: e.status }, as(id));
            return;
          }
          case 'done': {
            const id = consultant(e.consultant);
            h.setStatus({ consultantId: id, pin: REPLAY_PIN, status: 'available' }, as(id));
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
            h.assignVisitor(
              { token: '', visitId: visit(e.id), consultantId: consultant(e.consultant), note: e.note },
              SYSTEM,
            );
            return;
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
