import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { copyDatabase } from '../../db/backup-file';
import type { Database, OpenOptions } from '../../db/connection';
import { getSetting } from '../../db/queries/settings';
import {
  backupDir,
  backupFileName,
  ensureBackupDir,
  listBackupFiles,
  pruneBackups,
  type BackupFile,
} from './backup-files';
import type { Clock } from './deps';

/** What a backup needs: the live database, the folder beside it, the time, and how to open another file. */
export interface BackupContext {
  db: Database;
  dataDir: string;
  clock: Clock;
  /** The kiosk opens files with Electron's build of better-sqlite3. */
  open?: OpenOptions;
}

/**
 * Copies the live database into <dataDir>/backups (front-desk-YYYY-MM-DD.db for the day's automatic
 * one, front-desk-YYYY-MM-DD-HHMM.db for 立即备份), then keeps the newest `backupKeep`.
 */
export async function backUp(ctx: BackupContext, kind: 'daily' | 'manual'): Promise<BackupFile> {
  const dir = ensureBackupDir(ctx.dataDir);
  const fileName = backupFileName(kind, ctx.clock.now(), getSetting(ctx.db, 'timeZone'));
  await copyDatabase(ctx.db, join(dir, fileName), ctx.open);
  pruneBackups(ctx.dataDir, getSetting(ctx.db, 'backupKeep'));
  const made = listBackupFiles(ctx.dataDir).find((b) => b.fileName === fileName);
  if (!made) throw new Error(`备份文件写入后找不到:${fileName}`);
  return made;
}

/** Today's automatic backup, unless it is already there (made at start, or earlier today). */
export async function dailyBackupIfMissing(ctx: BackupContext): Promise<BackupFile | null> {
  const fileName = backupFileName('daily', ctx.clock.now(), getSetting(ctx.db, 'timeZone'));
  if (existsSync(join(backupDir(ctx.dataDir), fileName))) return null;
  return backUp(ctx, 'daily');
}
