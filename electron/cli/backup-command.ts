import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkpointFile, copyDatabase, openReadOnly } from '../../db/backup-file';
import { openDatabase } from '../../db/connection';
import { getSetting, SETTINGS } from '../../db/queries/settings';
import { appendAudit } from '../services/audit';
import { backupFileName, ensureBackupDir } from '../services/backup-files';
import { BackupRejectedError, checkBackup, replaceDatabase } from '../services/backup-restore';
import { systemClock } from '../services/deps';
import { parseArgs } from './args';
import { CliInputError } from './input-error';

const BACKUP_USAGE = '用法:npm run cli -- backup --db PATH [--out FILE]';
const RESTORE_USAGE = '用法:npm run cli -- restore --db PATH --from FILE(请先关闭前台程序)';

function databaseOption(options: Map<string, string | true>, usage: string): string {
  const given = options.get('db');
  if (typeof given !== 'string') throw new CliInputError(`请用 --db 指定数据库文件\n${usage}`);
  return resolve(given);
}

/** The office's time zone names the files; a database too damaged to say uses the default. */
function officeTimeZone(dbPath: string): string {
  try {
    const db = openReadOnly(dbPath);
    try {
      return getSetting(db, 'timeZone');
    } finally {
      db.close();
    }
  } catch {
    return SETTINGS.timeZone.parse(undefined);
  }
}

/**
 * `backup --db PATH [--out FILE]`: a consistent copy with SQLite's backup API, safe while the kiosk
 * runs (the file is only read). Without --out it goes where the app keeps its own backups.
 */
export async function backupCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, { values: ['db', 'out'] });
  if (positional.length > 0) throw new CliInputError(`多余的参数:${positional.join(' ')}\n${BACKUP_USAGE}`);
  const dbPath = databaseOption(options, BACKUP_USAGE);
  if (!existsSync(dbPath)) throw new CliInputError(`找不到数据库文件:${dbPath}`);
  const out = options.get('out');
  const dest =
    typeof out === 'string'
      ? resolve(out)
      : join(ensureBackupDir(dirname(dbPath)), backupFileName('manual', systemClock.now(), officeTimeZone(dbPath)));
  if (!existsSync(dirname(dest))) throw new CliInputError(`输出文件夹不存在:${dirname(dest)}`);
  const db = openReadOnly(dbPath);
  try {
    await copyDatabase(db, dest);
  } finally {
    db.close();
  }
  console.log(`已备份到 ${dest}`);
  return 0;
}

/**
 * `restore --db PATH --from FILE`: checks the backup, keeps the current database aside in
 * backups/, then puts the backup in its place. Also for a database too damaged for the app to start.
 */
export function restoreCommand(argv: string[]): number {
  const { positional, options } = parseArgs(argv, { values: ['db', 'from'] });
  if (positional.length > 0) throw new CliInputError(`多余的参数:${positional.join(' ')}\n${RESTORE_USAGE}`);
  const dbPath = databaseOption(options, RESTORE_USAGE);
  const from = options.get('from');
  if (typeof from !== 'string') throw new CliInputError(`请用 --from 指定要恢复的备份文件\n${RESTORE_USAGE}`);
  const backup = resolve(from);
  try {
    checkBackup(backup);
  } catch (err) {
    if (err instanceof BackupRejectedError) throw new CliInputError(`${err.message},数据库未作改动`);
    throw err;
  }
  const timeZone = officeTimeZone(dbPath);
  if (existsSync(dbPath)) checkpointFile(dbPath);
  const { keptAside } = replaceDatabase(dbPath, backup, systemClock.now(), timeZone);
  console.log(`已从 ${backup} 恢复到 ${dbPath}`);
  console.log(`原来的数据库另存为 ${join(dirname(dbPath), 'backups', keptAside)}`);
  // Recorded in the restored database, whose chain goes on from where the backup left it.
  const db = openDatabase(dbPath);
  try {
    appendAudit(
      db,
      systemClock.now(),
      { id: null, name: '命令行' },
      {
        action: 'backup.restore',
        subject: `backup:${basename(backup)}`,
        details: { keptAside },
      },
    );
  } finally {
    db.close();
  }
  return 0;
}
