import type { Database } from 'better-sqlite3';
import {
  clientsKeptAsShells,
  deleteClients,
  deleteFollowUpsOf,
  deletePhonesAndKeys,
  getVisitAnswers,
  insertErasure,
  insertErasureRedaction,
  listAmendmentTexts,
  listDayEventData,
  listMergesInto,
  listOwnershipReasons,
  listRulingTexts,
  listSaleTexts,
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
import { ERASED, redactChanges, redactSheetRows, scrubber, scrubJson, type Scrub } from '../domain/privacy/redact';
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
 * The frozen records of the person's days — the day log, the closed sheet, its corrections — with
 * their words replaced in place, through the redaction gate (migration 9). A closed day is recorded
 * with the 校验码 it had before, for its reprint to explain why the paper's differs.
 */
function redactFrozenDays(db: Database, target: PersonTarget, scrub: Scrub, erasureId: number, counts: ErasureCounts) {
  const { visitIds, referralVisitIds, needles } = target;
  const own = new Set(visitIds);
  const days = listDaysOfVisits(db, [...visitIds, ...referralVisitIds]);
  const closed = listClosedSnapshots(db, days);
  // The 校验码 the filed paper carries, read before anything changes it.
  const before = new Map(closed.map((c) => [c.day, dailySheet(db, c.day).close?.fingerprint ?? '']));
  const redactedDays = new Set<string>();

  setRedactionGate(db, true);
  for (const e of listDayEventData(db, days, visitIds, needles)) {
    const data = redactJson<Record<string, unknown>>(e.data, (body) => {
      const scrubbed = scrubJson(body, scrub);
      const leftNote = body.type === 'visitor_left' && own.has(body.visitId as number) && body.note !== null;
      return leftNote ? { ...scrubbed, note: ERASED } : scrubbed;
    });
    if (data === null) continue;
    setDayEventData(db, e.id, data);
    counts.dayEvents++;
  }
  for (const c of closed) {
    const snapshot = redactJson<SheetSnapshot>(c.snapshot, (s) =>
      scrubJson({ ...s, rows: redactSheetRows(s.rows, own) }, scrub),
    );
    if (snapshot === null) continue;
    setDayCloseSnapshot(db, c.day, snapshot);
    redactedDays.add(c.day);
  }
  for (const a of listAmendmentTexts(db, days)) {
    const mine = own.has(a.visitId);
    const changes =
      redactJson<SheetChange[]>(a.changes, (ch) => scrubJson(mine ? redactChanges(ch) : ch, scrub)) ?? a.changes;
    const reason = mine ? ERASED : scrub(a.reason);
    if (changes === a.changes && reason === a.reason) continue;
    setAmendmentTexts(db, a.id, reason, changes);
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

  // Rows found by their words may only hold a staff name the needle is part of: counted when something changed.
  const scrubbedJson = (text: string) => redactJson<unknown>(text, (v) => scrubJson(v, scrub)) ?? text;
  for (const r of listRulingTexts(db, clientIds, needles)) {
    const next = { id: r.id, note: scrub(r.note), clash: scrubbedJson(r.clash), reasons: scrubbedJson(r.reasons) };
    if (next.note === r.note && next.clash === r.clash && next.reasons === r.reasons) continue;
    setRulingTexts(db, next);
    counts.rulings++;
  }
  for (const m of listMergesInto(db, clientIds)) {
    const loser = JSON.parse(m.loser) as Record<string, unknown>;
    setMergedLoser(db, m.id, JSON.stringify(scrubJson({ ...loser, name: ERASED, gender: null, phones: [] }, scrub)));
    counts.merges++;
  }
  for (const s of listSaleTexts(db, clientIds, needles)) {
    // The amount, date, unit and shares stay: they are the office's commission records (see docs/privacy.md).
    const reasons = scrubbedJson(s.reasons);
    const note = s.note === null ? null : s.own === 1 ? ERASED : scrub(s.note);
    if (reasons === s.reasons && note === s.note) continue;
    setSaleTexts(db, s.id, note, reasons);
    counts.sales++;
  }
  for (const o of listOwnershipReasons(db, clientIds, needles)) {
    const reasons = scrubbedJson(o.reasons);
    if (reasons === o.reasons) continue;
    setOwnershipReasons(db, o.id, reasons);
    counts.ownershipChanges++;
  }
  for (const visitId of referralVisitIds) {
    const answers = getVisitAnswers(db, visitId);
    if (answers === null) continue;
    const body = JSON.parse(answers) as Record<string, unknown>;
    const typed = body.referredBy !== null && typeof body.referredBy === 'object' && !('clientId' in body.referredBy);
    setVisitAnswers(db, visitId, JSON.stringify(scrubJson(typed ? { ...body, referredBy: null } : body, scrub)));
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
