import { z } from 'zod';
import type { BackupFile, BackupsView, RestoreOutcome } from '../backup-types';
import { kioskMethod, method, returns, supervisors, adminsOnly } from '../contract-kit';
import { token } from '../schemas';

const fileName = z.string().trim().min(1, { error: '请选择一个备份' }).max(120);

/** 备份: the day's automatic backups, 立即备份, and restoring one (the current database is kept aside first). */
export const backupsContract = {
  listBackups: method(supervisors, z.object({ token }), returns<BackupsView>()),
  backUpNow: method(supervisors, z.object({ token }), returns<Promise<BackupFile>>()),
  setBackupKeep: kioskMethod(
    adminsOnly,
    z.object({ token, keep: z.int().min(1, { error: '至少保留 1 份' }).max(365, { error: '最多保留 365 份' }) }),
    returns<BackupsView>(),
  ),
  restoreBackup: kioskMethod(adminsOnly, z.object({ token, fileName }), returns<Promise<RestoreOutcome>>()),
};
