import type { Database } from 'better-sqlite3';
import { listDayEvents } from '../../db/queries/day-events';
import { getVisitConsent } from '../../db/queries/consent';
import { setVisitClient, updateRegistration, type FullVisit } from '../../db/queries/visits';
import type { Registration } from '../api/check-in-schemas';
import { fail } from '../api/errors';
import { identifiesSomeone } from '../domain/privacy/consent';
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
export function applyRegistration(db: Database, visit: FullVisit, r: Omit<Registration, 'consent'>, now: number): void {
  // 不同意: the visit stays anonymous, whoever edits it later (补登, a sheet's 更正).
  if (getVisitConsent(db, visit.id)?.consent === 'declined' && identifiesSomeone({ ...r, clientId: null })) {
    fail('conflict', '该访客当时不同意登记个人信息:此次来访只作匿名接待记录,不能补登姓名和电话');
  }
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
