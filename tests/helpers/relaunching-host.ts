import { openDatabase } from '../../db/connection';
import { createBackupHost, type BackupHost } from '../../electron/services/backup-host';
import type { TestOffice } from './office';

/**
 * The kiosk's backup host for `office`, except that "starting again" after a restore is opening `file` once more
 * in the test: `started` receives the office as it is after the restart.
 */
export function relaunchingHost(office: TestOffice, file: string, started: (after: TestOffice) => void): BackupHost {
  return createBackupHost({
    db: office.db,
    open: {},
    clock: office.clock,
    restart: 'relaunch',
    graceMs: 0,
    afterRestore: () => started(office.reopen(openDatabase(file))),
  });
}
