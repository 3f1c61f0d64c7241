import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatClock, officeDay } from '../domain/office-time';

export const BACKUP_DIR = 'backups';

/** daily: the automatic one of a day; manual: 立即备份; before-restore: the database as it was before a restore. */
export type BackupKind = 'daily' | 'manual' | 'before-restore';

export interface BackupFile {
  fileName: string;
  kind: BackupKind;
  /** Office day and time the name says, for sorting and showing: 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM[:SS]'. */
  taken: string;
  bytes: number;
}

const PATTERNS: [BackupKind, RegExp][] = [
  ['daily', /^front-desk-(\d{4}-\d{2}-\d{2})\.db$/],
  ['manual', /^front-desk-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})\.db$/],
  ['before-restore', /^front-desk-before-restore-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})\.db$/],
];

export const backupDir = (dataDir: string) => join(dataDir, BACKUP_DIR);

export function ensureBackupDir(dataDir: string): string {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const compact = (ms: number, timeZone: string) => formatClock(ms, timeZone).replace(':', '');
const seconds = (ms: number) => String(Math.floor(ms / 1000) % 60).padStart(2, '0');

export function backupFileName(kind: BackupKind, now: number, timeZone: string): string {
  const day = officeDay(now, timeZone);
  if (kind === 'daily') return `front-desk-${day}.db`;
  if (kind === 'manual') return `front-desk-${day}-${compact(now, timeZone)}.db`;
  return `front-desk-before-restore-${day}-${compact(now, timeZone)}${seconds(now)}.db`;
}

/** What a name in the backups folder is, or null for anything else (a .tmp being written, a stray file). */
export function parseBackupName(fileName: string): Omit<BackupFile, 'bytes'> | null {
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(fileName);
    if (!m) continue;
    const [, day, hh, mm, ss] = m;
    const time = hh === undefined ? '' : ` ${hh}:${mm}${ss === undefined ? '' : `:${ss}`}`;
    return { fileName, kind, taken: `${day}${time}` };
  }
  return null;
}

/** Every backup in the folder, newest first. */
export function listBackupFiles(dataDir: string): BackupFile[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map(parseBackupName)
    .filter((b) => b !== null)
    .map((b) => ({ ...b, bytes: statSync(join(dir, b.fileName)).size }))
    .sort((a, b) => (a.taken === b.taken ? 0 : a.taken < b.taken ? 1 : -1));
}

/**
 * Keeps the newest `keep` daily and manual backups. Copies kept aside before a restore are never
 * removed here: they are the only copy of what the restore replaced.
 */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const removable = listBackupFiles(dataDir).filter((b) => b.kind !== 'before-restore');
  const removed = removable.slice(keep).map((b) => b.fileName);
  for (const name of removed) rmSync(join(backupDir(dataDir), name), { force: true });
  return removed;
}

/** A name the user picked must be one of ours, in our folder: no paths. */
export function backupPath(dataDir: string, fileName: string): string | null {
  return parseBackupName(fileName) ? join(backupDir(dataDir), fileName) : null;
}
