import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/connection';
import { auditCommand } from '../../electron/cli/audit-command';
import { restoreCommand } from '../../electron/cli/backup-command';
import { backupPath } from '../../electron/services/backup-files';
import { verifyAudit } from '../../electron/services/audit';
import { memoryOffice, TestOffice, tempDataDir, testClock } from '../helpers/office';

const dirs: { cleanup: () => void }[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  dirs.splice(0).forEach((d) => d.cleanup());
});

const entries = (office: TestOffice) =>
  office.db.prepare('SELECT id, actor_name, action, subject, details FROM audit_log ORDER BY id').all() as {
    id: number;
    actor_name: string;
    action: string;
    subject: string;
    details: string;
  }[];

describe('audit log', () => {
  it('records a supervisor act with who did it, in the same write as the act', () => {
    const office = memoryOffice('09:00');
    const before = entries(office).length;
    office.call('skipTurn', { token: office.token(), consultantId: office.ids.王芳, note: '迟到' });
    const added = entries(office).slice(before);
    expect(added).toEqual([
      expect.objectContaining({ actor_name: '陈总', action: 'queue.skip', subject: `consultant:${office.ids.王芳}` }),
    ]);
  });

  it('writes no entry for an act that fails', () => {
    const office = memoryOffice('09:00');
    const before = entries(office).length;
    const events = office.eventCount();
    const r = office.attempt('skipTurn', { token: office.token(), consultantId: 9999, note: '迟到' });
    expect(r.ok).toBe(false);
    expect(entries(office)).toHaveLength(before);
    expect(office.eventCount()).toBe(events);
  });

  it('records settings changes and staff, without the free-text reason', () => {
    const office = memoryOffice('09:00');
    office.call('setPolicy', { token: office.token(), preset: 'strict', overrides: {}, note: '换规则 13800138000' });
    office.call('setBackupKeep', { token: office.token(), keep: 7 });
    const log = entries(office);
    expect(log.filter((e) => e.action === 'staff.add')).toHaveLength(3);
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['settings.policy', 'settings.backup-keep']));
    expect(JSON.stringify(log)).not.toContain('13800138000');
  });

  it('records a look-up of a person’s data by who looked and what was found, never the number', () => {
    const office = memoryOffice('09:00');
    office.walkIn('09:10', { name: '孙丽', phone: '13800138000' });
    office.call('findPersonData', { token: office.token(), phone: '13800138000' });
    const found = entries(office).filter((e) => e.action === 'person.find');
    expect(found).toEqual([expect.objectContaining({ actor_name: '陈总', subject: 'person' })]);
    expect(JSON.parse(found[0]?.details ?? '{}')).toMatchObject({ found: true });
    expect(JSON.stringify(entries(office))).not.toMatch(/13800138000|孙丽/);
  });

  it('refuses to change or delete an entry', () => {
    const office = memoryOffice('09:00');
    expect(() => office.db.prepare("UPDATE audit_log SET subject = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => office.db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('lets the supervisor page back through the log, newest first, with the chain checked', () => {
    const office = memoryOffice('09:00');
    office.call('grantMakeup', { token: office.token(), consultantId: office.ids.李雷, note: '补位' });
    const first = office.call('listAuditLog', { token: office.token(), limit: 2, beforeId: null });
    expect(first.chain).toEqual({ ok: true, entries: 4 });
    expect(first.entries.map((e) => e.action)).toEqual(['queue.makeup', 'staff.add']);
    const next = office.call('listAuditLog', { token: office.token(), limit: 2, beforeId: first.nextBeforeId });
    expect(next.entries.map((e) => e.id)).toEqual([2, 1]);
    expect(next.nextBeforeId).toBeNull();
  });
});

describe('imports and backups in the audit log', () => {
  const LEDGER = ['姓名,手机,来访日期,顾问', '赵六,13800000006,2026-10-06,王芳', '孙八,13800000008,上周三,李雷'].join(
    '\r\n',
  );
  const importInput = (office: TestOffice, skipBad: boolean) => ({
    token: office.token(),
    fileName: '台账.csv',
    content: Buffer.from(LEDGER, 'utf8').toString('base64'),
    mapping: { ref: null, name: 0, phone: 1, gender: null, visitedAt: 2, consultant: 3, needs: null },
    skipBad,
  });

  it('records an import with its counts, not the people in it, and nothing for an import refused', async () => {
    const office = memoryOffice('09:00');
    const before = entries(office).length;
    expect((await office.attemptAsync('importLedger', importInput(office, false))).ok).toBe(false);
    expect(entries(office)).toHaveLength(before);

    await office.callAsync('importLedger', importInput(office, true));
    const [entry] = entries(office).slice(before);
    expect(entry).toMatchObject({ action: 'import.ledger', subject: 'import' });
    expect(JSON.parse(entry?.details ?? '')).toEqual({ imported: 1, clientsCreated: 1, clientsMatched: 0, skipped: 1 });
    expect(JSON.stringify(entries(office))).not.toMatch(/赵六|13800000006/);
  });

  it('records a manual backup, and a restore from the command line in the restored database', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const office = new TestOffice(openDatabase(dir.file), testClock('09:00'));
    const made = await office.callAsync('backUpNow', { token: office.token() });
    expect(entries(office).at(-1)).toMatchObject({ action: 'backup.manual', subject: `backup:${made.fileName}` });
    office.db.close();

    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(restoreCommand(['--db', dir.file, '--from', backupPath(dirname(dir.file), made.fileName) ?? ''])).toBe(0);
    const restored = openDatabase(dir.file);
    const last = restored.prepare('SELECT action, actor_name FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(last).toEqual({ action: 'backup.restore', actor_name: '命令行' });
    // The backup holds the three staff entries made before it; the restore chains on from them.
    expect(verifyAudit(restored)).toEqual({ ok: true, entries: 4 });
    restored.close();
  });
});

describe('npm run cli -- audit verify', () => {
  function officeFile() {
    const dir = tempDataDir();
    dirs.push(dir);
    const office = new TestOffice(openDatabase(dir.file), testClock('09:00'));
    office.call('skipTurn', { token: office.token(), consultantId: office.ids.王芳, note: '迟到' });
    office.call('grantMakeup', { token: office.token(), consultantId: office.ids.李雷, note: '补位' });
    office.db.close();
    return dir.file;
  }

  it('says ok with the number of entries for an untouched log', () => {
    const file = officeFile();
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(auditCommand(['verify', '--db', file])).toBe(0);
    expect(out).toHaveBeenCalledWith('ok: 5 entries');
  });

  it('points at the first broken entry of a tampered copy', () => {
    const file = officeFile();
    const copy = `${file}.tampered.db`;
    copyFileSync(file, copy);
    const raw = new BetterSqlite3(copy);
    raw.exec('DROP TRIGGER audit_log_append_only_update; DROP TRIGGER audit_log_append_only_delete;');
    raw.prepare("UPDATE audit_log SET subject = 'consultant:99' WHERE id = 4").run();
    raw.prepare('DELETE FROM audit_log WHERE id = 5').run();
    raw.close();
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(auditCommand(['verify', '--db', copy])).toBe(1);
    expect(err).toHaveBeenCalledWith(expect.stringMatching(/^broken at entry 4 \(hash\)/));
  });

  it('points at the entry after one removed from the middle', () => {
    const file = officeFile();
    const raw = new BetterSqlite3(file);
    raw.exec('DROP TRIGGER audit_log_append_only_delete;');
    raw.prepare('DELETE FROM audit_log WHERE id = 2').run();
    raw.close();
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(auditCommand(['verify', '--db', file])).toBe(1);
    expect(err).toHaveBeenCalledWith(expect.stringMatching(/^broken at entry 3 \(prev_hash\)/));
  });
});
