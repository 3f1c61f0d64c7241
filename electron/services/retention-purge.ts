import type { Database } from 'better-sqlite3';
import { listLooseVisitsBefore, listRetentionFacts } from '../../db/queries/erasure';
import { getSetting, setSetting } from '../../db/queries/settings';
import { officeDay } from '../domain/office-time';
import { clientDue, retentionCutoffDay } from '../domain/privacy/retention';
import { appendAudit, SYSTEM_ACTOR } from './audit';
import { addCounts, eraseTarget, newErasure, NO_COUNTS } from './erase-person';
import { targetOf } from './find-person';

/**
 * People erased per transaction. A backlog — the first purge of an office with years of records — is
 * taken a batch per quiet moment, so the desk never waits on one long transaction.
 */
export const PURGE_BATCH = 50;

export interface PurgeOutcome {
  cutoffDay: string;
  clients: number;
  registrations: number;
  /** Nothing more is due today. */
  done: boolean;
}

/** Due once per office day, at the first quiet moment (the kiosk may be off at night), and until the day's backlog is done. */
export function retentionPurgeDue(db: Database, now: number): boolean {
  const last = getSetting(db, 'lastRetentionPurge');
  const timeZone = getSetting(db, 'timeZone');
  return last === null || !last.done || officeDay(last.at, timeZone) < officeDay(now, timeZone);
}

function dueToday(db: Database, now: number) {
  const timeZone = getSetting(db, 'timeZone');
  const years = getSetting(db, 'retentionYears');
  const cutoffDay = retentionCutoffDay(now, timeZone, years);
  const clients = listRetentionFacts(db)
    .filter((f) =>
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
    )
    .map((f) => f.id);
  return { timeZone, years, cutoffDay, clients, loose: listLooseVisitsBefore(db, cutoffDay) };
}

/**
 * 保存期限: erases the clients who bought nothing and whose last contact is older than the office's
 * retention period, and the registrations that never became a client's from before it — with the same
 * engine as a person's request, a batch at a time. Each batch is one transaction with one erasure
 * number and one audit entry saying how many; a day with nothing due writes its entry too, so the
 * office can show the purge ran every day.
 */
export function runRetentionPurge(db: Database, now: number, batch = PURGE_BATCH): PurgeOutcome {
  return db
    .transaction(() => {
      const { timeZone, years, cutoffDay, clients, loose } = dueToday(db, now);
      const takenClients = clients.slice(0, batch);
      const takenLoose = loose.slice(0, batch - takenClients.length);
      const remaining = clients.length + loose.length - takenClients.length - takenLoose.length;
      let erasureNo: number | null = null;
      let counts = NO_COUNTS;
      if (takenClients.length + takenLoose.length > 0) {
        const erasure = newErasure(db, now, 'retention');
        // One client record at a time, by id: a namesake, or a buyer sharing the phone (一家人), keeps every row of theirs.
        const targets = [
          ...takenClients.map((id) => () => targetOf(db, [id], [])),
          ...takenLoose.map((visitId) => () => targetOf(db, [], [visitId])),
        ];
        counts = targets.reduce((sum, target) => addCounts(sum, eraseTarget(db, target(), erasure)), NO_COUNTS);
        erasureNo = erasure;
      }
      appendAudit(db, now, SYSTEM_ACTOR, {
        action: 'retention.purge',
        subject: erasureNo === null ? 'retention' : `erasure:${erasureNo}`,
        details: {
          years,
          cutoffDay,
          clients: takenClients.length,
          registrations: takenLoose.length,
          remaining,
          counts,
        },
      });
      const last = getSetting(db, 'lastRetentionPurge');
      const sameDay = last !== null && officeDay(last.at, timeZone) === officeDay(now, timeZone);
      const erased = (sameDay ? last.erased : 0) + takenClients.length + takenLoose.length;
      setSetting(db, 'lastRetentionPurge', { at: now, erased, done: remaining === 0 });
      return { cutoffDay, clients: takenClients.length, registrations: takenLoose.length, done: remaining === 0 };
    })
    .immediate();
}
