import type { Database } from 'better-sqlite3';
import { revokeAllDevices } from '../../db/queries/lan-devices';
import { getSetting, setSetting } from '../../db/queries/settings';
import { appendAudit, SYSTEM_ACTOR } from './audit';

/**
 * A restored database holds the devices and the LAN switch as they were when the backup was made,
 * so a device revoked since would be let in again. Before the restored file is used, every device
 * still paired in it is revoked (each pairs again) and LAN access is off until a supervisor turns
 * it on; the audit entry (in the same transaction) says how many and whether it was on.
 */
export function closeLanAfterRestore(db: Database, now: number): void {
  db.transaction(() => {
    const revoked = revokeAllDevices(db, now);
    const setting = getSetting(db, 'lanServing');
    if (revoked === 0 && !setting.enabled) return;
    setSetting(db, 'lanServing', { enabled: false, port: setting.port });
    appendAudit(db, now, SYSTEM_ACTOR, {
      action: 'lan.restore-reset',
      subject: 'lan',
      details: { revoked, wasOn: setting.enabled },
    });
  }).immediate();
}
