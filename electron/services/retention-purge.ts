import type { Database } from 'better-sqlite3';
import { listLooseVisitsBefore, listRetentionFacts } from '../../db/queries/erasure';
import { getSetting, setSetting } from '../../db/queries/settings';
import { officeDay } from '../domain/office-time';
import { clientDue, retentionCutoffDay } from '../domain/privacy/retention';
import { appendAudit, SYSTEM_ACTOR } from './audit';
import { addCounts, eraseTarget, newErasure, NO_COUNTS } from './erase-person';
import { targetOf } from './find-person';

export interface PurgeOutcome {
  cutoffDay: string;
  clients: number;
  registrations: number;
}

/** Once per office day, at the first quiet moment (the kiosk may be off at night). */
export function retentionPurgeDue(db: Database, now: number): boolean {
  const last = getSetting(db, 'lastRetentionPurge');
  const timeZone = getSetting(db, 'timeZone');
  return last === null || officeDay(last.at, timeZone) < officeDay(now, timeZone);
}

/**
 * 保存期限: erases every client who bought nothing and whose last contact is older than the office's
 * retention period, and every registration that never became a client's from before it — each with
 * the same engine as a person's request, under one erasure number. One audit entry says how many,
 * written even when none were due: the office can show the purge ran every day.
 */
export function runRetentionPurge(db: Database, now: number): PurgeOutcome {
  return db
    .transaction(() => {
      const timeZone = getSetting(db, 'timeZone');
      const years = getSetting(db, 'retentionYears');
      const cutoffDay = retentionCutoffDay(now, timeZone, years);
      const clients = listRetentionFacts(db).filter((f) =>
        clientDue(
          {
            bought: f.bought === 1,
            contacts: [
              f.firstVisitAt,
              f.lastVisitAt,
              f.lastFollowUpAt,
              f.handedOverAt,
              f.createdAt,
              f.followUpAt,
              f.visitAt,
            ],
          },
          cutoffDay,
          timeZone,
        ),
      );
      const loose = listLooseVisitsBefore(db, cutoffDay);
      const due = [
        ...clients.map((c) => () => targetOf(db, [c.id], [])),
        ...loose.map((visitId) => () => targetOf(db, [], [visitId])),
      ];
      let erasureNo: number | null = null;
      let counts = NO_COUNTS;
      if (due.length > 0) {
        const erasure = newErasure(db, now, 'retention');
        // One person at a time: each redaction scans only that person's days for that person's words.
        counts = due.reduce((sum, target) => addCounts(sum, eraseTarget(db, target(), erasure)), NO_COUNTS);
        erasureNo = erasure;
      }
      appendAudit(db, now, SYSTEM_ACTOR, {
        action: 'retention.purge',
        subject: erasureNo === null ? 'retention' : `erasure:${erasureNo}`,
        details: { years, cutoffDay, clients: clients.length, registrations: loose.length, counts },
      });
      setSetting(db, 'lastRetentionPurge', { at: now, erased: due.length });
      return { cutoffDay, clients: clients.length, registrations: loose.length };
    })
    .immediate();
}
