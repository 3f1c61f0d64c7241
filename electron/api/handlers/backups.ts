import { getSetting, setSetting } from '../../../db/queries/settings';
import { appendAudit } from '../../services/audit';
import { backUp, type BackupContext } from '../../services/backup';
import { backupDir, backupPath, listBackupFiles, pruneBackups } from '../../services/backup-files';
import { BackupRejectedError, checkBackup } from '../../services/backup-restore';
import type { Deps } from '../../services/deps';
import type { BackupsView } from '../backup-types';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';

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
  // Recorded in the audit log by withAudit (audited-handlers.ts) once the file is there.
  backUpNow: () => backUp(context(deps), 'manual'),
  setBackupKeep: ({ keep }) => {
    setSetting(deps.db, 'backupKeep', keep);
    pruneBackups(deps.dataDir, keep);
    return view(deps);
  },
  restoreBackup: async ({ fileName }, call) => {
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
    // Recorded before the database closes, so the entry lands in the file that is kept aside: the
    // restored database's own chain goes on from where the backup left it.
    appendAudit(deps.db, deps.clock.now(), actorOf(call), { action: 'backup.restore', subject: `backup:${fileName}` });
    return host.restore(file);
  },
});
