import { getSetting, setSetting } from '../../../db/queries/settings';
import { backUp, type BackupContext } from '../../services/backup';
import { backupDir, backupPath, listBackupFiles, pruneBackups } from '../../services/backup-files';
import { BackupRejectedError, checkBackup } from '../../services/backup-restore';
import type { Deps } from '../../services/deps';
import type { BackupsView } from '../backup-types';
import { fail } from '../errors';
import type { HandlerGroup } from '../handler-types';

function view(deps: Deps): BackupsView {
  return {
    folder: backupDir(deps.dataDir),
    keep: getSetting(deps.db, 'backupKeep'),
    backups: listBackupFiles(deps.dataDir),
    lastIntegrityCheck: getSetting(deps.db, 'lastIntegrityCheck'),
    canRestore: deps.backups !== undefined,
  };
}

const context = (deps: Deps): BackupContext => ({
  db: deps.db,
  dataDir: deps.dataDir,
  clock: deps.clock,
  open: deps.backups?.open,
});

export const backupHandlers: HandlerGroup<'listBackups' | 'backUpNow' | 'setBackupKeep' | 'restoreBackup'> = (
  deps,
) => ({
  listBackups: () => view(deps),
  backUpNow: async () => {
    // Audit (issue 6 §6): a manual backup is recorded here, with the supervisor and the file.
    return backUp(context(deps), 'manual');
  },
  setBackupKeep: ({ keep }) => {
    setSetting(deps.db, 'backupKeep', keep);
    pruneBackups(deps.dataDir, keep);
    return view(deps);
  },
  restoreBackup: async ({ fileName }) => {
    const file = backupPath(deps.dataDir, fileName) ?? fail('invalid_input', `不是一个备份文件名:${fileName}`);
    // Checked before anything is touched: a bad backup leaves the database as it is.
    try {
      checkBackup(file, deps.backups?.open);
    } catch (err) {
      if (err instanceof BackupRejectedError) fail('conflict', err.message);
      throw err;
    }
    const host =
      deps.backups ??
      fail('conflict', '这种运行方式不能在程序里恢复备份:请关闭前台程序,用命令行 npm run cli -- restore 恢复');
    // Audit (issue 6 §6): a restore is recorded here, with the supervisor, the backup and the copy kept aside —
    // before the database closes, so the entry lands in the file that is kept aside.
    return host.restore(file);
  },
});
