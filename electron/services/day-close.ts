import type { Database } from 'better-sqlite3';
import {
  getDayClose,
  insertAmendment,
  insertDayClose,
  isDayClosed,
  setVisitPartySize,
} from '../../db/queries/daily-sheet';
import { getVisit } from '../../db/queries/visits';
import type { Registration } from '../api/check-in-schemas';
import { fail } from '../api/errors';
import { amendedRows, type SheetChange, type SheetRow } from '../documents/daily-sheet-model';
import { sheetFingerprint } from '../documents/fingerprint';
import { dailySheet, liveSheet, maskedPhoneOf, needsText, officeStamp } from './daily-sheet';
import { today } from './day-tx';
import type { Actor, Deps } from './deps';
import { addPhone } from './client-registry';
import { applyRegistration } from './registration-update';

/** Registration edits from anywhere but 更正 stop here once the day is closed. */
export function refuseIfClosed(db: Database, day: string): void {
  if (isDayClosed(db, day)) {
    fail('conflict', `${day} 已日结,登记表已冻结:请主管在“登记表”中用“更正”修改,并写明原因`);
  }
}

/** 日结: freezes the day's sheet as it stands now; from then on it prints from this snapshot. */
export function closeDay(deps: Deps, day: string, actor: Actor): void {
  if (day > today(deps)) fail('invalid_input', `${day} 还没有到,不能日结`);
  deps.db
    .transaction(() => {
      const closed = getDayClose(deps.db, day);
      if (closed) {
        fail('conflict', `${day} 已于 ${officeStamp(deps.db, closed.closedAt)} 由 ${closed.closedByName} 日结`);
      }
      const snapshot = liveSheet(deps.db, day);
      insertDayClose(deps.db, {
        day,
        closedAt: deps.clock.now(),
        closedBy: actor.id ?? 0,
        snapshot: JSON.stringify(snapshot),
        fingerprint: sheetFingerprint(day, snapshot.rows, []),
      });
    })
    .immediate();
}

/** A correction: any registration field left undefined stays as it is. */
export interface Correction {
  visitId: number;
  reason: string;
  name?: string | null;
  gender?: Registration['gender'];
  phone?: string | null;
  partySize?: number;
  channel?: Registration['channel'];
  needs?: Registration['needs'];
  notes?: string | null;
}

/** What the correction changes on the sheet, field by field, in the sheet's own terms. */
function sheetChanges(row: SheetRow, c: Correction): SheetChange[] {
  const proposed: Partial<Pick<SheetRow, SheetChange['field']>> = {
    ...(c.name !== undefined && { visitor: c.name }),
    ...(c.gender !== undefined && { gender: c.gender }),
    ...(c.phone !== undefined && { maskedPhone: maskedPhoneOf(c.phone) }),
    ...(c.partySize !== undefined && { partySize: c.partySize }),
    ...(c.channel !== undefined && { channel: c.channel }),
    ...(c.needs !== undefined && { needs: needsText(c.needs) }),
    ...(c.notes !== undefined && { notes: c.notes }),
  };
  return (Object.entries(proposed) as [SheetChange['field'], SheetChange['to']][])
    .filter(([field, to]) => row[field] !== to)
    .map(([field, to]) => ({ field, from: row[field], to }));
}

/**
 * 更正 on a closed day: recorded with who, when and why, printed on the sheet as such (the frozen
 * rows are never rewritten), and applied to the visit so the client records read right from now on.
 */
export function amendVisit(deps: Deps, c: Correction, actor: Actor): string {
  const visit = getVisit(deps.db, c.visitId) ?? fail('not_found', '找不到该来访登记');
  if (!isDayClosed(deps.db, visit.day)) {
    fail('conflict', `${visit.day} 尚未日结:请直接在“待补登记”中修改,无需更正`);
  }
  const sheet = dailySheet(deps.db, visit.day);
  const row =
    amendedRows(sheet.rows, sheet.amendments).find((r) => r.visitId === visit.id) ??
    fail('conflict', '这条来访是日结之后登记的,不在已冻结的登记表上');
  const changes = sheetChanges(row, c);
  if (changes.length === 0) fail('invalid_input', '更正内容与登记表上的一致,没有需要更正的地方');
  const now = deps.clock.now();
  deps.db
    .transaction(() => {
      insertAmendment(deps.db, {
        day: visit.day,
        visitId: visit.id,
        at: now,
        actorId: actor.id ?? 0,
        reason: c.reason,
        changes: JSON.stringify(changes),
      });
      const registration: Omit<Registration, 'consent'> = {
        name: c.name !== undefined ? c.name : visit.name,
        gender: c.gender !== undefined ? c.gender : visit.gender,
        phone: c.phone !== undefined ? c.phone : visit.phone,
        needs: c.needs ?? visit.needs,
        channel: c.channel !== undefined ? c.channel : (visit.channel as Registration['channel']),
        intent: visit.intent,
        party: visit.party,
        notes: c.notes !== undefined ? c.notes : visit.notes,
      };
      applyRegistration(deps.db, visit, registration, now);
      if (c.partySize !== undefined) setVisitPartySize(deps.db, visit.id, c.partySize);
      // The client on file learns the corrected number, so the desk finds them by it next time.
      if (c.phone !== undefined && visit.clientId !== null) addPhone(deps.db, visit.clientId, c.phone);
    })
    .immediate();
  return visit.day;
}
