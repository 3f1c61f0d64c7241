import type { Database } from 'better-sqlite3';
import { checkInWorker } from '../../db/check-worker';
import { DatabaseDamagedError } from '../../db/connection';
import { checkpointWal, checkpointWalInPlace, checkPassed, totalChanges } from '../../db/queries/maintenance';
import { appendAudit, SYSTEM_ACTOR } from './audit';
import { dailyBackupIfMissing, type BackupContext } from './backup';
import { DOWNLOAD_TTL_MS } from './downloads';
import { clearPersonExports } from './export-person';
import { integrityCheckDue, runIntegrityCheck } from './integrity-check';
import { retentionPurgeDue, runRetentionPurge } from './retention-purge';
import { systemTimers, type Timers } from './timers';

export interface MaintenanceOptions extends BackupContext {
  timers?: Timers;
  /** How long without a write before the WAL is checkpointed (and the nightly check may run). */
  quietMs?: number;
  log?: (message: string) => void;
  /**
   * The file was opened without quick_check (the last session closed it cleanly, connection.ts): it is checked now,
   * in a worker, while the desk already answers; upkeep writes nothing into it before the check has passed.
   */
  checkAtStart?: boolean;
  /** The start check found damage: the kiosk and serve stop, as they would have at start. */
  onDamage?: (err: DatabaseDamagedError) => void;
}

export interface Maintenance {
  /** One round of upkeep; the timer calls it every quietMs, a test calls it itself. */
  tick(): Promise<void>;
  stop(): void;
}

export const QUIET_MS = 30_000;

/**
 * Upkeep folds the write-ahead log into the file when the desk is quiet. SQLite's own automatic checkpoint would
 * do it in the middle of a registration, every thousand pages: on a million-visit office a check-in's p99 went from
 * 12 to 23 ms with it (docs/benchmarks.md). The bench calls this too, to measure the desk as it runs.
 */
export function takeOverCheckpoints(db: Database): void {
  db.pragma('wal_autocheckpoint = 0');
}

/** What upkeep says when the check after start passed (the bench waits for it). */
export const START_CHECK_PASSED = '数据库启动检查(quick_check):正常';

/**
 * The database's upkeep while the kiosk (or serve) runs, on one timer:
 * - checkpoint when idle: once no write has happened for a whole quiet period, the WAL is copied
 *   into the database (checkpointWalInPlace: its file is kept for the next commits to write over, at most
 *   journal_size_limit), so a registration never waits for a checkpoint;
 * - the day's backup, at start if today's is not there yet, and again after midnight;
 * - the nightly integrity_check, at a quiet moment, its result kept in settings;
 * - the day's retention purge (保存期限, retention-purge.ts), at the day's first quiet moment.
 * All writes go through this process's one connection, so its total_changes() counts them. The two checks that
 * read the whole file (quick_check at start, integrity_check at night) run in a worker thread (check-worker.ts).
 */
export function startMaintenance(options: MaintenanceOptions): Maintenance {
  const { db, timers = systemTimers, quietMs = QUIET_MS, log = (m: string) => console.log(m) } = options;
  let seenChanges = totalChanges(db);
  let walDirty = true;
  let backingUp: Promise<void> | null = null;
  let nightlyCheck: Promise<void> | null = null;
  let stopTimer = () => {};
  takeOverCheckpoints(db);

  const checkAtStart = async (): Promise<boolean> => {
    let problems: string[];
    const started = Date.now();
    try {
      problems = await checkInWorker(db.name, 'quick_check', options.open, 10);
    } catch (err) {
      // The checker itself could not run: the desk goes on, and the failure is said where upkeep speaks.
      log(`数据库启动检查未能运行:${err instanceof Error ? err.message : String(err)}`);
      return true;
    }
    // A restore closed the database meanwhile: what the check read is no longer the office's file.
    if (!db.open) return false;
    if (checkPassed(problems)) {
      log(`${START_CHECK_PASSED},用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
      return true;
    }
    stopTimer();
    options.onDamage?.(new DatabaseDamagedError(db.name, problems));
    return false;
  };
  const sound = options.checkAtStart ? checkAtStart() : Promise.resolve(true);

  const backup = () =>
    (backingUp ??= dailyBackupIfMissing(options)
      .then(
        (made) => {
          if (!made) return;
          // A restore may have closed the database while the copy was being made: nothing to record it in.
          if (db.open) {
            // The entry is upkeep's own write, not the office's: it must not put off the quiet moment.
            const before = totalChanges(db);
            appendAudit(db, options.clock.now(), SYSTEM_ACTOR, {
              action: 'backup.daily',
              subject: `backup:${made.fileName}`,
            });
            seenChanges += totalChanges(db) - before;
          }
          log(`已自动备份数据库:${made.fileName}`);
        },
        (err: unknown) => log(`自动备份失败:${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => (backingUp = null)));

  const upkeepWhenQuiet = () => {
    const changes = totalChanges(db);
    const quiet = changes === seenChanges;
    seenChanges = changes;
    if (!quiet) {
      walDirty = true;
      return;
    }
    // Not while the nightly check reads: its snapshot holds the log's last pages back for minutes.
    if (walDirty && nightlyCheck === null) walDirty = !checkpointWalInPlace(db);
    if (nightlyCheck === null && integrityCheckDue(db, options.clock.now())) {
      // The log emptied first, once a day: the check's worker holds the file for minutes, and a close while it reads
      // (the kiosk switched off) cannot remove the log, which the next start must not take for a crash's.
      walDirty = checkpointWal(db).busy;
      nightlyCheck = runIntegrityCheck(db, options.clock, options.open)
        .then(
          (result) => {
            if (!result) return;
            seenChanges = totalChanges(db);
            walDirty = true;
            log(
              result.ok ? '数据库完整性检查:正常' : `数据库完整性检查发现问题:${result.problems.slice(0, 5).join(';')}`,
            );
          },
          (err: unknown) => log(`数据库完整性检查未能运行:${err instanceof Error ? err.message : String(err)}`),
        )
        .finally(() => (nightlyCheck = null));
    }
    if (retentionPurgeDue(db, options.clock.now())) {
      const purge = runRetentionPurge(db, options.clock.now());
      // Files carry the file system's own time, so their age is read against it.
      clearPersonExports(options.dataDir, Date.now() - DOWNLOAD_TTL_MS);
      seenChanges = totalChanges(db);
      walDirty = true;
      log(
        `保存期限清理(${purge.cutoffDay} 之前):${purge.clients} 位未成交客户,${purge.registrations} 条未成客户的登记`,
      );
    }
  };

  const tick = async () => {
    if (!(await sound) || !db.open) return;
    try {
      upkeepWhenQuiet();
    } catch (err) {
      log(`数据库维护失败:${err instanceof Error ? err.message : String(err)}`);
    }
    await Promise.all([backup(), nightlyCheck]);
  };

  stopTimer = timers.every(quietMs, () => void tick());
  return {
    tick,
    stop: () => {
      stopTimer();
      // SQLite's default again, for whoever goes on writing without upkeep.
      if (db.open) db.pragma('wal_autocheckpoint = 1000');
    },
  };
}
