import type { Database } from 'better-sqlite3';
import {
  countsByConsultant,
  ownedClientsContactedSince,
  visitsByChannel,
  visitsByDay,
  visitsByQuarterHour,
  type ReportRange,
} from '../../db/queries/reports';
import { getSetting } from '../../db/queries/settings';
import type { Report } from '../api/report-types';
import { resolvePolicy } from '../domain/policy';
import { officeDay } from '../domain/office-time';
import { periodInstants, periodOf, shiftPeriod, type PeriodKind } from '../domain/report-period';
import { protectionsEndingThisWeek } from '../domain/report-protections';
import { daySeries, hourSeries, rankChannels, rankConsultants, visitTotals } from '../domain/report-shape';
import { maskName } from './people';

const DAY_MS = 86_400_000;

function protectionsThisWeek(db: Database, now: number, timeZone: string): Report['protections'] {
  const policy = resolvePolicy(getSetting(db, 'policy'));
  const candidates = ownedClientsContactedSince(db, now - policy['ownership.protectionDays'] * DAY_MS);
  const { week, ending } = protectionsEndingThisWeek(candidates, now, policy, timeZone);
  return {
    weekFrom: week.from,
    weekTo: week.to,
    ending: ending.map(({ client, endsAt }) => ({
      clientId: client.clientId,
      ref: client.ref,
      maskedName: maskName(client.name),
      owner: client.ownerName,
      endsAt,
    })),
  };
}

/**
 * The supervisor's report of the day, week or month containing `date` (today when null), read in one
 * snapshot so its figures agree with each other.
 */
export function buildReport(db: Database, kind: PeriodKind, date: string | null, now: number): Report {
  const timeZone = getSetting(db, 'timeZone');
  const today = officeDay(now, timeZone);
  const period = periodOf(kind, date ?? today);
  const range: ReportRange = { from: period.from, to: period.to, ...periodInstants(period, timeZone) };
  const next = shiftPeriod(period, 1);
  return db.transaction(() => {
    const days = visitsByDay(db, range);
    const byConsultant = rankConsultants(countsByConsultant(db, range));
    return {
      period: {
        kind,
        from: period.from,
        to: period.to,
        previous: shiftPeriod(period, -1).from,
        next: next.from <= today ? next.from : null,
        today,
      },
      totals: { ...visitTotals(days), followUps: byConsultant.reduce((n, c) => n + c.followUps, 0) },
      byDay: kind === 'day' ? [] : daySeries(period, days),
      byConsultant,
      byChannel: rankChannels(visitsByChannel(db, range)),
      byHour: hourSeries(visitsByQuarterHour(db, range), timeZone),
      protections: protectionsThisWeek(db, now, timeZone),
    };
  })();
}
