import type { Database } from 'better-sqlite3';
import { recordClientFollowUp, setClientOwner } from '../../db/queries/clients';
import { insertOwnershipChange } from '../../db/queries/ownership-changes';
import type { CallContext, Handlers } from '../api/handler-types';
import { AppError } from '../api/errors';
import { normalizePhone } from '../domain/match/phone';
import { localToEpoch, parseClock } from '../domain/office-time';
import { reason } from '../domain/reasons';
import { createClient } from '../services/client-registry';
import { locate, ReplayFileError, type ReplayFile } from './replay-file';

export const REPLAY_PIN = '000000';
export const SYSTEM: CallContext = { actor: { id: null, name: '回放', role: 'supervisor' } };

/** Setting up the day from the file: an app error here is a problem of the file, named by its line. */
function setupStep<T>(where: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof AppError) throw new ReplayFileError(`${where}:${err.message}`);
    throw err;
  }
}

/** The file's consultants, in today's order, with the departed ones departed; returns their ids by name. */
export function setUpConsultants(h: Handlers, file: ReplayFile, source: string): Map<string, number> {
  const ids = new Map<string, number>();
  const where = (i: number) => `${locate(source, ['consultants', i])} 字段 consultants.${i}`;
  file.consultants.forEach((c, i) => {
    if (ids.has(c.name)) throw new ReplayFileError(`${where(i)}:顾问“${c.name}”重复`);
    const saved = setupStep(where(i), () =>
      h.saveConsultant(
        { token: '', id: null, name: c.name, phone: null, role: c.role, photo: null, pin: REPLAY_PIN },
        SYSTEM,
      ),
    );
    ids.set(c.name, saved.id);
  });
  file.consultants.forEach((c, i) => {
    if (!c.active) {
      setupStep(where(i), () =>
        h.deactivateConsultant({ token: '', id: ids.get(c.name) ?? 0, note: '回放:已离职', successorId: null }, SYSTEM),
      );
    }
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
  return ids;
}

const ON_FILE = reason('replayClient', '回放文件中的既有客户', 'A client on file before the replayed day');

/** The clients already on file before the replayed day, with their owners and last contacts. */
export function seedClients(db: Database, file: ReplayFile, ids: Map<string, number>, source: string): void {
  const when = (text: string) => localToEpoch(text.slice(0, 10), parseClock(text.slice(11)) ?? 0, file.timeZone);
  const refs = new Set<string>();
  file.clients.forEach((c, i) => {
    const where = `${locate(source, ['clients', i])} 字段 clients.${i}`;
    if (refs.has(c.ref)) throw new ReplayFileError(`${where}:客户编号“${c.ref}”重复`);
    refs.add(c.ref);
    const owner = c.owner === null ? null : ids.get(c.owner);
    if (owner === undefined) throw new ReplayFileError(`${where}:未知顾问“${c.owner ?? ''}”`);
    if (normalizePhone(c.phone) === null) throw new ReplayFileError(`${where}:电话“${c.phone}”无效`);
    const lastVisit = when(c.lastVisit);
    db.transaction(() => {
      const id = createClient(db, {
        name: c.name,
        gender: null,
        phone: c.phone,
        referredBy: null,
        at: lastVisit,
        ref: c.ref,
      });
      if (owner !== null) {
        setClientOwner(db, id, owner);
        insertOwnershipChange(db, {
          clientId: id,
          fromId: null,
          toId: owner,
          at: lastVisit,
          actorId: null,
          kind: 'import',
          reasons: [ON_FILE],
        });
      }
      if (c.lastFollowUp !== null) recordClientFollowUp(db, id, when(c.lastFollowUp));
    })();
  });
}
