import { dirname } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/connection';
import { getSetting } from '../../db/queries/settings';
import { restoreCommand } from '../../electron/cli/backup-command';
import { verifyAudit } from '../../electron/services/audit';
import { backupPath } from '../../electron/services/backup-files';
import { TestOffice, tempDataDir, testClock } from '../helpers/office';
import { relaunchingHost } from '../helpers/relaunching-host';

const dirs: { cleanup: () => void }[] = [];
const offices: TestOffice[] = [];
afterEach(() => {
  offices.splice(0).forEach((o) => o.db.open && o.db.close());
  dirs.splice(0).forEach((d) => d.cleanup());
  vi.restoreAllMocks();
});

/**
 * An office on a file with LAN access on and two paired devices, 主管办公室 and 平板, backed up; then 平板
 * is revoked (lost, say). What a restore of that backup must not bring back.
 */
async function officeWithDevices() {
  const dir = tempDataDir();
  dirs.push(dir);
  const office = new TestOffice(openDatabase(dir.file), testClock('09:00'));
  offices.push(office);
  const { lan } = office.backend.deps;
  await office.callAsync('setLanServing', { token: office.token(), enabled: true, port: 5790 });
  const pair = (name: string) => {
    const { code } = office.call('startLanPairing', { token: office.token() });
    const paired = lan.pair(code, name);
    if (!paired.ok) throw new Error(`pairing failed: ${paired.reason}`);
    return paired;
  };
  const desk = pair('主管办公室');
  const tablet = pair('平板');
  const backup = await office.callAsync('backUpNow', { token: office.token() });
  office.call('revokeLanDevice', { token: office.token(), deviceId: tablet.deviceId });
  return { office, file: dir.file, backup, tokens: [desk.token, tablet.token] };
}

const liveDevices = (office: TestOffice) =>
  office.db.prepare('SELECT COUNT(*) AS n FROM device_tokens WHERE revoked_at IS NULL').get() as { n: number };

const lastEntries = (office: TestOffice, n: number) =>
  (
    office.db.prepare('SELECT action, actor_name, subject, details FROM audit_log ORDER BY id DESC LIMIT ?').all(n) as {
      action: string;
    }[]
  ).reverse();

describe('restoring a backup closes the office LAN', () => {
  it('revokes every device paired in the backup and turns LAN access off, in the app, saying so in the audit log', async () => {
    const { office, file, backup, tokens } = await officeWithDevices();
    let reopened: TestOffice | null = null;
    const host = relaunchingHost(office, file, (after) => {
      reopened = after;
      offices.push(after);
    });
    Object.assign(office.backend.deps, { backups: host });
    office.clock.set('10:00');
    await office.callAsync('restoreBackup', { token: office.token(), fileName: backup.fileName });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const after = reopened as TestOffice | null;
    if (!after) throw new Error('the office did not start again');

    // Neither the device revoked after the backup nor the one still paired in it gets in.
    expect(tokens.map((token) => after.backend.deps.lan.deviceOf(token))).toEqual([null, null]);
    expect(liveDevices(after)).toEqual({ n: 0 });
    expect(getSetting(after.db, 'lanServing')).toEqual({ enabled: false, port: 5790 });
    expect(lastEntries(after, 1)).toEqual([
      {
        action: 'lan.restore-reset',
        actor_name: '系统',
        subject: 'lan',
        details: JSON.stringify({ revoked: 2, wasOn: true }),
      },
    ]);
    expect(verifyAudit(after.db).ok).toBe(true);
    // The tab shows them revoked, and pairing waits until a supervisor turns LAN access on again.
    const view = after.call('getLanServing', { token: after.token() });
    expect(view.devices.map((d) => d.revokedAt !== null)).toEqual([true, true]);
    expect(after.attempt('startLanPairing', { token: after.token() })).toMatchObject({ ok: false });
  });

  it('does the same when restored from the command line, before the restore’s own entry', async () => {
    const { office, file, backup, tokens } = await officeWithDevices();
    office.db.close();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(restoreCommand(['--db', file, '--from', backupPath(dirname(file), backup.fileName) ?? ''])).toBe(0);
    const after = office.reopen(openDatabase(file));
    offices.push(after);
    expect(tokens.map((token) => after.backend.deps.lan.deviceOf(token))).toEqual([null, null]);
    expect(getSetting(after.db, 'lanServing').enabled).toBe(false);
    expect(lastEntries(after, 2).map((e) => e.action)).toEqual(['lan.restore-reset', 'backup.restore']);
    expect(verifyAudit(after.db).ok).toBe(true);
  });
});
