import type { BackupFile } from '../services/backup-files';
import type { IntegrityResult } from '../services/integrity-check';
import type { RestoreOutcome } from '../services/backup-host';

export type { BackupFile, IntegrityResult, RestoreOutcome };

/** 备份: what the supervisor's backup tab shows. */
export interface BackupsView {
  /** The folder the backups are in, to copy them elsewhere (a USB stick, another PC). */
  folder: string;
  /** How many daily and manual backups are kept. */
  keep: number;
  /** Newest first. */
  backups: BackupFile[];
  lastIntegrityCheck: IntegrityResult | null;
  /** Restoring is possible from this screen (the kiosk and serve); otherwise only with the CLI. */
  canRestore: boolean;
}
