import type { Database } from 'better-sqlite3';
import {
  consultantNames,
  getDayClose,
  listAmendments,
  listSheetVisits,
  type SheetVisit,
} from '../../db/queries/daily-sheet';
import { declinedAmong } from '../../db/queries/consent';
import { listDayLog } from '../../db/queries/day-events';
import { listErasureRedactions } from '../../db/queries/erasure';
import { getSetting } from '../../db/queries/settings';
import type { DailySheet, SheetAmendment, SheetChange, SheetRow, SheetSnapshot } from '../documents/daily-sheet-model';
import { sheetFingerprint } from '../documents/fingerprint';
import { foldDay } from '../domain/day-state';
import { maskPhone, normalizePhone } from '../domain/match/phone';
import { formatClock, officeDay } from '../domain/office-time';

export const maskedPhoneOf = (phone: string | null): string | null =>
  phone === null ? null : maskPhone(normalizePhone(phone) ?? phone);

export function needsText(needs: SheetVisit['needs']): string | null {
  if (!needs) return null;
  const parts = [needs.project, needs.unitType, needs.area, needs.budget].filter((x): x is string => !!x?.trim());
  return parts.length > 0 ? parts.join(' / ') : null;
}

/** Office date and time of an instant: YYYY-MM-DD HH:MM. */
export function officeStamp(db: Database, at: number): string {
  const tz = getSetting(db, 'timeZone');
  return `${officeDay(at, tz)} ${formatClock(at, tz)}`;
}

/** The visitor cell of a visitor who did not agree to give their name (个人信息告知: 不同意). */
export const ANONYMOUS_VISITOR = '(未同意登记)';

/**
 * The day as it stands in the live data: each visit with who received it and whose client it was
 * (from the day's log, claims included), first visit or return, and who was on duty to sign.
 */
export function liveSheet(db: Database, day: string): SheetSnapshot {
  const timeZone = getSetting(db, 'timeZone');
  // The log without its words: the sheet shows who received and owned, not why.
  const events = listDayLog(db, day);
  const state = foldDay(day, timeZone, events);
  const names = consultantNames(db);
  const nameOf = (id: number | null | undefined) => (id == null ? null : (names.get(id) ?? null));
  // A return is known at the door (matched to a record) or a moment later, when the owner claims
  // the visitor the rotation took as new; the reports count the same two (db/queries/reports.ts).
  const knownReturn = new Set(
    events.flatMap((e) => ((e.type === 'arrival' && e.clientId != null) || e.type === 'claimed' ? [e.visitId] : [])),
  );
  const assignmentOf = new Map(state.assignments.map((a) => [a.visitId, a]));
  const visits = listSheetVisits(db, day);
  // 不同意: the row says why it has no name, so the paper does not read as a registration left half done.
  const anonymous = declinedAmong(
    db,
    visits.map((v) => v.id),
  );
  const rows: SheetRow[] = visits.map((v, i) => {
    const a = assignmentOf.get(v.id);
    return {
      no: i + 1,
      visitId: v.id,
      time: formatClock(v.arrivedAt, timeZone),
      visitor: anonymous.has(v.id) ? ANONYMOUS_VISITOR : v.name,
      gender: v.gender,
      maskedPhone: maskedPhoneOf(v.phone),
      partySize: v.partySize,
      channel: v.channel,
      needs: needsText(v.needs),
      returning: v.seenBefore || knownReturn.has(v.id),
      receivedBy: nameOf(a?.consultantId),
      owner: nameOf(a?.ownerId),
      notes: v.notes,
    };
  });
  const received = new Set(state.assignments.map((a) => a.consultantId));
  const onDuty = [...state.members.values()].filter((m) => m.status !== 'leave' || received.has(m.id)).map((m) => m.id);
  for (const id of received) if (!onDuty.includes(id)) onDuty.push(id);
  return {
    day,
    officeName: getSetting(db, 'officeName'),
    projectName: getSetting(db, 'projectName'),
    rows,
    onDuty: onDuty.flatMap((id) => names.get(id) ?? []),
  };
}

function amendmentsOf(db: Database, day: string): SheetAmendment[] {
  return listAmendments(db, day).map((a, i) => ({
    no: i + 1,
    visitId: a.visitId,
    at: officeStamp(db, a.at),
    by: a.actorName,
    reason: a.reason,
    changes: JSON.parse(a.changes) as SheetChange[],
  }));
}

/** The sheet of a day: once closed, the snapshot frozen at 日结 and the corrections since — never live data. */
export function dailySheet(db: Database, day: string): DailySheet {
  const close = getDayClose(db, day);
  if (!close) return { ...liveSheet(db, day), amendments: [], close: null };
  const snapshot = JSON.parse(close.snapshot) as SheetSnapshot;
  const amendments = amendmentsOf(db, day);
  return {
    ...snapshot,
    amendments,
    close: {
      closedAt: officeStamp(db, close.closedAt),
      closedBy: close.closedByName,
      fingerprint: sheetFingerprint(day, snapshot.rows, amendments),
      redactions: listErasureRedactions(db, day).map((r) => ({
        erasureNo: r.erasureId,
        fingerprintBefore: r.fingerprintBefore,
      })),
    },
  };
}
