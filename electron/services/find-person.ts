import type { Database } from 'better-sqlite3';
import { findClientIdsByPhone } from '../../db/queries/clients';
import { consultantNames } from '../../db/queries/daily-sheet';
import {
  listClosedSnapshots,
  listFollowUpsOf,
  listPersonClients,
  listPersonVisits,
  listPhonesOf,
  listReferralsOfClients,
  listRulingsOf,
  listSalesOf,
  listTypedReferrers,
  listVisitPhones,
  personVisitIds,
} from '../../db/queries/person-data';
import type { PersonDataView } from '../api/privacy-types';
import { maskPhone, normalizePhone } from '../domain/match/phone';
import { needlesOf, phoneNeedles } from '../domain/privacy/redact';
import { isWholePhone } from '../domain/registration';

/**
 * Everything held about one person, by id: their client records (every record with the number: a
 * household sharing one phone shares the request), their registrations, the other registrations that
 * named them as referrer, and the words that identify them (names, whole phones) — taken out only of
 * the words of records these ids reach, never searched for across the office.
 */
export interface PersonTarget {
  clientIds: number[];
  visitIds: number[];
  referralVisitIds: number[];
  needles: string[];
  /** The staff's names: never scrubbed, even where a visitor's name is part of one. */
  keep: string[];
}

/** The target made of the records given by id; their names and phones become the needles. */
export function targetOf(
  db: Database,
  clientIds: readonly number[],
  looseVisitIds: readonly number[],
  referrals: readonly { visitId: number; name: string | null; phone: string | null }[] = [],
): PersonTarget {
  const clients = listPersonClients(db, clientIds);
  const ids = clients.map((c) => c.id);
  const visitIds = personVisitIds(db, ids, looseVisitIds);
  const visits = listPersonVisits(db, visitIds);
  const own = new Set(visitIds);
  const words = [
    ...clients.map((c) => c.name),
    ...listPhonesOf(db, ids).flatMap((p) => phoneNeedles(p.phone)),
    ...visits.flatMap((v) => [v.name, ...(v.phone === null ? [] : phoneNeedles(v.phone))]),
    ...referrals.flatMap((r) => [r.name, ...(r.phone === null ? [] : phoneNeedles(r.phone))]),
  ];
  return {
    clientIds: ids,
    visitIds,
    referralVisitIds: [...new Set([...referrals.map((r) => r.visitId), ...listReferralsOfClients(db, ids)])].filter(
      (id) => !own.has(id),
    ),
    needles: needlesOf(words),
    keep: [...consultantNames(db).values()],
  };
}

/** The person behind a phone number; null when the text is not a whole number (four digits find half the office). */
export function locatePerson(db: Database, rawPhone: string): { phone: string; target: PersonTarget } | null {
  const phone = isWholePhone(rawPhone) ? normalizePhone(rawPhone) : null;
  if (phone === null) return null;
  const same = (typed: string | null) => typed !== null && normalizePhone(typed) === phone;
  const looseVisitIds = listVisitPhones(db).flatMap((v) => (same(v.phone) ? [v.id] : []));
  const referrals = listTypedReferrers(db).filter((r) => same(r.phone));
  return { phone, target: targetOf(db, findClientIdsByPhone(db, phone), looseVisitIds, referrals) };
}

export function personDataView(db: Database, phone: string, target: PersonTarget): PersonDataView {
  const { clientIds, visitIds } = target;
  const visits = listPersonVisits(db, visitIds);
  const phones = listPhonesOf(db, clientIds);
  const followUps = listFollowUpsOf(db, clientIds);
  const sales = listSalesOf(db, clientIds);
  const rulings = listRulingsOf(db, clientIds);
  const days = [...new Set(visits.map((v) => v.day))].sort();
  const count = <T extends { clientId: number }>(rows: T[], id: number) => rows.filter((r) => r.clientId === id).length;
  const clients = listPersonClients(db, clientIds).map((c) => ({
    ref: c.ref,
    name: c.name,
    phones: phones.filter((p) => p.clientId === c.id).map((p) => maskPhone(p.phone)),
    ownerName: c.ownerName,
    firstVisitAt: c.firstVisitAt,
    lastVisitAt: c.lastVisitAt,
    followUps: count(followUps, c.id),
    sales: count(sales, c.id),
    rulings: count(rulings, c.id),
  }));
  const view = {
    maskedPhone: maskPhone(phone),
    clients,
    visits: visits.length,
    firstDay: days[0] ?? null,
    lastDay: days.at(-1) ?? null,
    looseRegistrations: visits.filter((v) => v.clientId === null || !clientIds.includes(v.clientId)).length,
    referrals: target.referralVisitIds.length,
    closedDays: listClosedSnapshots(db, days).length,
    followUps: followUps.length,
    sales: sales.length,
  };
  return { ...view, found: clients.length + view.visits + view.referrals > 0 };
}
