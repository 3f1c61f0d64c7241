import type { Database } from 'better-sqlite3';
import { checkInWorker } from '../../db/check-worker';
import type { OpenOptions } from '../../db/connection';
import { checkPassed } from '../../db/queries/maintenance';
import { getSetting, setSetting, type SettingValue } from '../../db/queries/settings';
import { minuteOfDay, officeDay } from '../domain/office-time';
import type { Clock } from './deps';

export type IntegrityResult = NonNullable<SettingValue<'lastIntegrityCheck'>>;

/** From this office time on, a night's check is due (a kiosk left on runs it while nobody works). */
const NIGHT_FROM_MINUTE = 2 * 60;

/**
 * PRAGMA integrity_check in full, in a worker (minutes on a large office, while the desk keeps answering); the
 * answer is kept in settings (time and result) for the supervisor to see. Null when the database was closed
 * meanwhile (a restore): there is nothing to record it in.
 */
export async function runIntegrityCheck(
  db: Database,
  clock: Clock,
  open: OpenOptions = {},
): Promise<IntegrityResult | null> {
  const problems = await checkInWorker(db.name, 'integrity_check', open);
  if (!db.open) return null;
  const ok = checkPassed(problems);
  const result: IntegrityResult = { at: clock.now(), ok, problems: ok ? [] : problems };
  setSetting(db, 'lastIntegrityCheck', result);
  return result;
}

/**
 * Due once per office day, from 02:00: nightly on a kiosk that runs around the clock, and at the
 * first quiet moment of the morning on one that is switched off at night.
 */
export function integrityCheckDue(db: Database, now: number): boolean {
  const last = getSetting(db, 'lastIntegrityCheck');
  if (!last) return true;
  const timeZone = getSetting(db, 'timeZone');
  return officeDay(last.at, timeZone) < officeDay(now, timeZone) && minuteOfDay(now, timeZone) >= NIGHT_FROM_MINUTE;
}
