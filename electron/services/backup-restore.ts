import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { inspectDatabaseFile, syncFile } from '../../db/backup-file';
import { openDatabase, type OpenOptions } from '../../db/connection';
import { checkPassed } from '../../db/queries/maintenance';
import { MIGRATIONS } from '../../db/migrations';
import { backupFileName, ensureBackupDir } from './backup-files';
import { closeLanAfterRestore } from './lan-after-restore';

/** A backup that must not be restored, said so the supervisor knows why. */
export class BackupRejectedError extends Error {
  override name = 'BackupRejectedError';
}

/**
 * Checks a backup before anything is touched: it opens read-only, passes quick_check, is the
 * office's database, and was not written by a newer app (which this one could not read).
 */
export function checkBackup(file: string, open: OpenOptions = {}): { version: number } {
  if (!existsSync(file)) throw new BackupRejectedError(`找不到备份文件:${basename(file)}`);
  let report;
  try {
    report = inspectDatabaseFile(file, open);
  } catch (err) {
    throw new BackupRejectedError(
      `无法打开备份文件 ${basename(file)},它可能已损坏或不是数据库文件(${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (!checkPassed(report.problems))
    throw new BackupRejectedError(
      `备份文件 ${basename(file)} 已损坏,不能恢复:${report.problems.slice(0, 3).join(';')}`,
    );
  if (!report.isFrontDesk) throw new BackupRejectedError(`${basename(file)} 不是前台的数据库备份`);
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (report.version > latest)
    throw new BackupRejectedError(
      `备份 ${basename(file)} 来自更新版本的前台程序(数据库版本 ${report.version},本程序支持到 ${latest}),不能恢复`,
    );
  return { version: report.version };
}

export interface Replaced {
  /** The database as it was, kept in backups/ as front-desk-before-restore-<time>.db. */
  keptAside: string;
}

/**
 * Puts a checked backup in place of the database at `dbPath`, which no connection may hold open.
 * First the current file is kept aside (with its -wal if one was left by a crash, so nothing in it
 * is lost), then the backup is copied in under a temporary name, synced, and renamed over the
 * database: at every instant either the old or the restored file is complete. The old -wal and
 * -shm are removed before the rename, or SQLite would replay the old log onto the restored file.
 * Before the rename the copy is opened once (which migrates an older backup) to revoke the LAN
 * devices paired in it and turn LAN access off (lan-after-restore.ts): no device revoked after the
 * backup was made gets in again.
 */
export function replaceDatabase(
  dbPath: string,
  from: string,
  now: number,
  timeZone: string,
  open: OpenOptions = {},
): Replaced {
  const dataDir = dirname(dbPath);
  const dir = ensureBackupDir(dataDir);
  const keptAside = backupFileName('before-restore', now, timeZone);
  const aside = join(dir, keptAside);
  if (existsSync(dbPath)) {
    copyFileSync(dbPath, aside);
    syncFile(aside);
    const wal = `${dbPath}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) {
      copyFileSync(wal, `${aside}-wal`);
      syncFile(`${aside}-wal`);
    }
  }
  const incoming = `${dbPath}.restoring`;
  copyFileSync(from, incoming);
  const restored = openDatabase(incoming, open);
  try {
    closeLanAfterRestore(restored, now);
  } finally {
    // The last connection's close checkpoints the log into the file and removes it.
    restored.close();
  }
  syncFile(incoming);
  rmSync(`${dbPath}-wal`, { force: true });
  rmSync(`${dbPath}-shm`, { force: true });
  renameSync(incoming, dbPath);
  // The rename itself is durable once the folder is synced (POSIX; Windows cannot open a folder to sync it).
  if (process.platform !== 'win32') syncFile(dataDir);
  return { keptAside };
}
