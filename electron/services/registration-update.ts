import type { Database } from 'better-sqlite3';
import { listDayEvents } from '../../db/queries/day-events';
import { setVisitClient, updateRegistration, type FullVisit } from '../../db/queries/visits';
import type { Registration } from '../api/check-in-schemas';
import type { AssignedBody } from '../domain/day-events';
import { registrationGaps } from '../domain/registration';
import { createClient, recordReception } from './client-registry';

/** The reception decided for a visit, from its day's log (the last one: a claim replaces the first). */
export function assignmentOf(db: Database, visit: FullVisit): AssignedBody | null {
  const events = listDayEvents(db, visit.day);
  const found = events.filter((e) => e.type === 'assigned' && e.visitId === visit.id).at(-1);
  return found?.type === 'assigned' ? found : null;
}

/**
 * Writes a visit's registration inside the caller's transaction. Once complete it is evidence: the
 * visitor gets a client record if they had none, and the reception settles its owner.
 */
export function applyRegistration(db: Database, visit: FullVisit, r: Registration, now: number): void {
  const complete = registrationGaps(r).length === 0;
  updateRegistration(db, visit.id, { ...r, complete });
  if (!complete || !r.name) return;
  if (visit.clientId === null) {
    const clientId = createClient(db, {
      name: r.name,
      gender: r.gender,
      phone: r.phone,
      referredBy: null,
      at: visit.arrivedAt,
    });
    setVisitClient(db, visit.id, clientId);
  }
  const received = assignmentOf(db, visit);
  if (received) recordReception(db, received, now, null);
}
