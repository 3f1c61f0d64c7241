import type { Database } from 'better-sqlite3';
import {
  clientsKeptAsShells,
  clientsOfVisits,
  deleteClients,
  deleteFollowUpsOf,
  deletePhonesAndKeys,
  getVisitAnswers,
  insertErasure,
  insertErasureRedaction,
  listAmendmentsOf,
  listDayEventsOf,
  listMergesInto,
  listOwnershipReasonsOf,
  listRulingTextsOf,
  listSaleTextsOf,
  redactClientShells,
  redactVisits,
  setAmendmentTexts,
  setDayCloseSnapshot,
  setDayEventData,
  setMergedLoser,
  setOwnershipReasons,
  setRedactionGate,
  setRulingTexts,
  setSaleTexts,
  setVisitAnswers,
} from '../../db/queries/erasure';
import { listClosedSnapshots, listDaysOfVisits } from '../../db/queries/person-data';
import type { ErasureCounts } from '../api/privacy-types';
import type { SheetChange, SheetSnapshot } from '../documents/daily-sheet-model';
import type { DayEventBody } from '../domain/day-events';
import type { Reason } from '../domain/reasons';
import { ERASED, redactChanges, redactSheetRows, scrubber, type Scrub } from '../domain/privacy/redact';
import { redactEvent, redactRuling, scrubReasons, type RedactableClash } from '../domain/privacy/redact-records';
import { dailySheet } from './daily-sheet';
import type { PersonTarget } from './find-person';

export const NO_COUNTS: ErasureCounts = {
  clientsDeleted: 0,
  clientsKept: 0,
  phones: 0,
  followUps: 0,
  visits: 0,
  referrals: 0,
  dayEvents: 0,
  closedDays: 0,
  amendments: 0,
  rulings: 0,
  merges: 0,
  sales: 0,
  ownershipChanges: 0,
};

export const addCounts = (a: ErasureCounts, b: ErasureCounts): ErasureCounts =>
  Object.fromEntries(Object.entries(a).map(([k, n]) => [k, n + b[k as keyof ErasureCounts]])) as ErasureCounts;

/** Rewrites a JSON column only when redaction changed it (compared in the same serialization). */
function redactJson<T>(text: string, redact: (value: T) => T): string | null {
  const value = JSON.parse(text) as T;
  const next = JSON.stringify(redact(value));
  return next === JSON.stringify(value) ? null : next;
}

/**
 * The frozen records of the person's days — the day log, the closed sheet, its corrections — rewritten
 * in place through the redaction gate (migration 9), each found by the person's ids: their own sheet
 * rows and corrections emptied, the log events about their visits (and the referrals naming them)
 * scrubbed in their words only. Another visitor's row, however alike the name, is not read. A closed
 * day is recorded with the 校验码 it had before, for its reprint to explain why the paper's differs.
 */
function redactFrozenDays(db: Database, target: PersonTarget, scrub: Scrub, erasureId: number, counts: ErasureCounts) {
  const { clientIds, visitIds, referralVisitIds } = target;
  const own = new Set(visitIds);
  const days = listDaysOfVisits(db, [...visitIds, ...referralVisitIds]);
  const closed = listClosedSnapshots(db, listDaysOfVisits(db, visitIds));
  // The 校验码 the filed paper carries, read before anything changes it.
  const before = new Map(closed.map((c) => [c.day, dailySheet(db, c.day).close?.fingerprint ?? '']));
  const redactedDays = new Set<string>();

  setRedactionGate(db, true);
  for (const e of listDayEventsOf(db, days, [...visitIds, ...referralVisitIds], clientIds)) {
    const ownEvent = e.visitId !== null && own.has(e.visitId);
    const data = redactJson<DayEventBody>(e.data, (body) => redactEvent(body, scrub, ownEvent));
    if (data === null) continue;
    setDayEventData(db, e.id, data);
    counts.dayEvents++;
  }
  for (const c of closed) {
    const snapshot = redactJson<SheetSnapshot>(c.snapshot, (s) => ({ ...s, rows: redactSheetRows(s.rows, own) }));
    if (snapshot === null) continue;
    setDayCloseSnapshot(db, c.day, snapshot);
    redactedDays.add(c.day);
  }
  for (const a of listAmendmentsOf(db, visitIds)) {
    setAmendmentTexts(db, a.id, ERASED, redactJson<SheetChange[]>(a.changes, redactChanges) ?? a.changes);
    counts.amendments++;
    redactedDays.add(a.day);
  }
  for (const day of redactedDays) insertErasureRedaction(db, day, erasureId, before.get(day) ?? '');
  counts.closedDays = redactedDays.size;
  setRedactionGate(db, false);
}

/**
 * 删除 (PIPL art. 47): one person's data out of every table, inside the caller's transaction. Live
 * rows that only describe the person are deleted (phones, match keys, follow-ups, a client record
 * nothing kept points at); rows the office keeps for its counts, commission and frozen documents
 * lose their personal words in place, ids and decisions untouched — the day log folds to the same
 * board, the sheet's totals add up, a sale keeps its amount and shares.
 */
export function eraseTarget(db: Database, target: PersonTarget, erasureId: number): ErasureCounts {
  const { clientIds, visitIds, referralVisitIds, needles } = target;
  const scrub = scrubber(needles, target.keep);
  const counts = { ...NO_COUNTS };
  redactFrozenDays(db, target, scrub, erasureId, counts);

  // Kept records, found by the person's client ids; their words are scrubbed, who and how much stay.
  const mine = new Set(clientIds);
  const reasonsText = (text: string) => redactJson<Reason[]>(text, (r) => scrubReasons(r, scrub)) ?? text;
  for (const r of listRulingTextsOf(db, clientIds)) {
    const next = redactRuling(
      { note: r.note, clash: JSON.parse(r.clash) as RedactableClash, reasons: JSON.parse(r.reasons) as Reason[] },
      mine,
      scrub,
    );
    const row = { id: r.id, note: next.note, clash: JSON.stringify(next.clash), reasons: JSON.stringify(next.reasons) };
    if (row.note === r.note && row.clash === r.clash && row.reasons === r.reasons) continue;
    setRulingTexts(db, row);
    counts.rulings++;
  }
  for (const m of listMergesInto(db, clientIds)) {
    // The duplicate merged into the person's record was the person: who they were goes, its ids stay.
    const loser = JSON.parse(m.loser) as Record<string, unknown>;
    setMergedLoser(db, m.id, JSON.stringify({ ...loser, name: ERASED, gender: null, phones: [] }));
    counts.merges++;
  }
  for (const s of listSaleTextsOf(db, clientIds)) {
    // The amount, date, unit and shares stay: they are the office's commission records (see docs/privacy.md).
    const reasons = reasonsText(s.reasons);
    const note = s.note === null ? null : ERASED;
    if (reasons === s.reasons && note === s.note) continue;
    setSaleTexts(db, s.id, note, reasons);
    counts.sales++;
  }
  // The person's ownership history, and that of the visitors they referred (a referral's reasons name the referrer).
  for (const o of listOwnershipReasonsOf(db, [...clientIds, ...clientsOfVisits(db, referralVisitIds)])) {
    const reasons = reasonsText(o.reasons);
    if (reasons === o.reasons) continue;
    setOwnershipReasons(db, o.id, reasons);
    counts.ownershipChanges++;
  }
  for (const visitId of referralVisitIds) {
    const answers = getVisitAnswers(db, visitId);
    if (answers === null) continue;
    const body = JSON.parse(answers) as Record<string, unknown>;
    // Only what was typed about the person (a recorded referrer is an id, and goes with the client record).
    const typed = body.referredBy !== null && typeof body.referredBy === 'object' && !('clientId' in body.referredBy);
    if (typed) setVisitAnswers(db, visitId, JSON.stringify({ ...body, referredBy: null }));
    counts.referrals++;
  }

  counts.followUps = deleteFollowUpsOf(db, clientIds);
  counts.visits = redactVisits(db, visitIds, erasureId);
  counts.phones = deletePhonesAndKeys(db, clientIds);
  const kept = clientsKeptAsShells(db, clientIds);
  counts.clientsKept = redactClientShells(db, [...kept], erasureId);
  counts.clientsDeleted = deleteClients(
    db,
    clientIds.filter((id) => !kept.has(id)),
  );
  return counts;
}

/** A new erasure number (删除记录 #N), for one request or one batch of the retention purge. */
export function newErasure(db: Database, at: number, kind: 'request' | 'retention'): number {
  // Deleted and overwritten content is zeroed in the file, not left in free pages (the WAL is checkpointed when idle).
  db.pragma('secure_delete = ON');
  return insertErasure(db, at, kind);
}
