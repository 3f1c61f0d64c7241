import type { Messages } from './zh-CN';

/** Backups in English: the same keys as backups.zh-CN.ts (type-checked). */
export const backupsEn: Messages['backups'] = {
  tab: 'Backups',
  title: 'Database backups',
  intro:
    'A backup is made every day (at start, if today has none yet). Copy the backups folder to another disk or a USB stick now and then.',
  folder: 'Backups folder',
  keep: 'Keep',
  keepSave: 'Save',
  keepSaved: 'The newest {keep} backups will be kept',
  backUpNow: 'Back up now',
  backingUp: 'Backing up…',
  backedUp: 'Backed up: {file}',
  integrity: 'Integrity check',
  integrityNever: 'No integrity check yet (it runs every night)',
  integrityOk: 'Checked {when}: OK',
  integrityBad: 'Checked {when}: problems found: {problems}',
  empty: 'No backups yet.',
  taken: 'Time',
  kind: 'Kind',
  size: 'Size',
  kinds: { daily: 'Daily', manual: 'Manual', 'before-restore': 'Before a restore' },
  restore: 'Restore',
  restoreTitle: 'Restore the backup of {taken}?',
  restoreText:
    'The current database is first kept in the backups folder ("before a restore"), then replaced by this backup. Registrations made after this backup will not be in the restored database. The app restarts afterwards.',
  restoreConfirm: 'Restore',
  restoring: 'Restoring…',
  restoredRelaunch: 'Restored. The previous database was kept as {file}. The app is restarting…',
  restoredManual:
    'Restored. The previous database was kept as {file}. The service has stopped: run npm run serve again.',
  restoreCli: 'To restore, close the app and run: npm run cli -- restore --db DATABASE --from BACKUP',
  adminOnly: 'The newest {keep} are kept. Restoring a backup and how many are kept are set by the administrator.',
};
