import { checksSettled } from '../../db/check-worker';
import { markClosedCleanly, type Database, type OpenOptions } from '../../db/connection';
import { checkpointWal } from '../../db/queries/maintenance';
import { getSetting } from '../../db/queries/settings';
import { replaceDatabase } from './backup-restore';
import type { Clock } from './deps';

/** relaunch: the app starts again by itself (kiosk); manual: whoever started it starts it again (serve). */
export type RestartKind = 'relaunch' | 'manual';

export interface RestoreOutcome {
  /** The database as it was before, in backups/. */
  keptAside: string;
  restart: RestartKind;
}

/**
 * Restoring replaces the file under the open database, so only the process that owns the
 * connection can do it: the kiosk and serve pass one of these to createBackend.
 */
export interface BackupHost {
  /** How this process opens another database file (the kiosk: Electron's build of better-sqlite3). */
  open: OpenOptions;
  /** Closes the live database, puts the (already checked) backup in its place, and has the app start again. */
  restore(file: string): Promise<RestoreOutcome>;
}

export interface HostOptions {
  db: Database;
  open: OpenOptions;
  clock: Clock;
  restart: RestartKind;
  /** Called shortly after the answer went out, whether the restore worked or not: the database is closed. */
  afterRestore: () => void;
  /** Time for the answer to reach the screen before the app goes. */
  graceMs?: number;
}

export function createBackupHost(options: HostOptions): BackupHost {
  const { db, clock, restart } = options;
  return {
    open: options.open,
    async restore(file) {
      const dbPath = db.name;
      // A check still reading the file holds it open, and Windows would refuse to move it aside (a minute or two on
      // a large office, at start or during the nightly check).
      await checksSettled(dbPath);
      const timeZone = getSetting(db, 'timeZone');
      // Everything committed goes into the main file first, so the copy kept aside is complete by itself.
      checkpointWal(db);
      db.close();
      try {
        const { keptAside } = replaceDatabase(dbPath, file, clock.now(), timeZone, options.open);
        // The file in place now is the checked backup, closed: the next start need not check it first.
        markClosedCleanly(dbPath);
        return { keptAside, restart };
      } finally {
        setTimeout(options.afterRestore, options.graceMs ?? 800);
      }
    },
  };
}
