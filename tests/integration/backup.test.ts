import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseDamagedError, leftUnclosed, markClosedCleanly, markInUse, openDatabase } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations';
import { getSetting } from '../../db/queries/settings';
import { backupCommand, restoreCommand } from '../../electron/cli/backup-command';
import { backUp } from '../../electron/services/backup';
import { backupDir, listBackupFiles } from '../../electron/services/backup-files';
import { startMaintenance, type MaintenanceOptions } from '../../electron/services/maintenance';
import type { Timers } from '../../electron/services/timers';
import { TestOffice, tempDataDir, testClock } from '../helpers/office';
import { relaunchingHost } from '../helpers/relaunching-host';

const DAY_MS = 24 * 60 * 60_000;
const dirs: { cleanup: () => void }[] = [];
const offices: TestOffice[] = [];
afterEach(() => {
  offices.splice(0).forEach((o) => o.db.open && o.db.close());
  dirs.splice(0).forEach((d) => d.cleanup());
});

function fileOffice(): { office: TestOffice; file: string; dataDir: string } {
  const dir = tempDataDir();
  dirs.push(dir);
  const office = new TestOffice(openDatabase(dir.file), testClock('09:00'));
  offices.push(office);
  return { office, file: dir.file, dataDir: dirname(dir.file) };
}

const visitNames = (db: BetterSqlite3.Database) =>
  (db.prepare('SELECT name FROM visits ORDER BY id').all() as { name: string | null }[]).map((v) => v.name);

/** A timer the test runs by hand: the schedule's ticks happen when the test says so. */
const manualTimers: Timers = { every: () => () => undefined };

/** Upkeep on a test office, its ticks run by hand, what it says kept in `logged`. */
function upkeepFor(office: TestOffice, dataDir: string, options: Partial<MaintenanceOptions> = {}) {
  const logged: string[] = [];
  const upkeep = startMaintenance({
    db: office.db,
    dataDir,
    clock: office.clock,
    timers: manualTimers,
    log: (m) => logged.push(m),
    ...options,
  });
  return { upkeep, logged };
}

describe('backups', () => {
  it('copies the live database into backups/front-desk-YYYY-MM-DD.db, one self-contained file that opens read-only', async () => {
    const { office, dataDir } = fileOffice();
    office.walkIn('09:10', { name: '赵六' });
    const made = await backUp({ db: office.db, dataDir, clock: office.clock }, 'daily');
    expect(made).toMatchObject({ fileName: 'front-desk-2026-11-20.db', kind: 'daily', taken: '2026-11-20' });
    const file = join(backupDir(dataDir), made.fileName);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const copy = new BetterSqlite3(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(visitNames(copy)).toEqual(['赵六']);
    copy.close();
    expect(readdirSync(backupDir(dataDir))).toEqual([made.fileName]);
  });

  it('makes the first backup of the day at start, none more that day, and the next one after midnight', async () => {
    const { office, dataDir } = fileOffice();
    const upkeep = startMaintenance({
      db: office.db,
      dataDir,
      clock: office.clock,
      timers: manualTimers,
      log: () => {},
    });
    await upkeep.tick();
    office.walkIn('11:00', { name: '赵六' });
    await upkeep.tick();
    expect(listBackupFiles(dataDir).map((b) => b.fileName)).toEqual(['front-desk-2026-11-20.db']);
    office.clock.advance(DAY_MS);
    await upkeep.tick();
    expect(listBackupFiles(dataDir).map((b) => b.fileName)).toEqual([
      'front-desk-2026-11-21.db',
      'front-desk-2026-11-20.db',
    ]);
    upkeep.stop();
  });

  it('keeps the newest 30 by default (a setting), and never removes a copy kept aside before a restore', async () => {
    const { office, file, dataDir } = fileOffice();
    mkdirSync(backupDir(dataDir));
    copyFileSync(file, join(backupDir(dataDir), 'front-desk-before-restore-2026-11-19-120000.db'));
    for (let day = 0; day < 32; day++) {
      await backUp({ db: office.db, dataDir, clock: office.clock }, 'daily');
      office.clock.advance(DAY_MS);
    }
    const kept = listBackupFiles(dataDir);
    expect(kept.filter((b) => b.kind === 'daily')).toHaveLength(30);
    expect(kept.filter((b) => b.kind === 'before-restore')).toHaveLength(1);
    expect(kept.at(-2)?.taken).toBe('2026-11-22');

    const view = office.call('setBackupKeep', { token: office.token(), keep: 5 });
    expect(view.keep).toBe(5);
    expect(view.backups.filter((b) => b.kind === 'daily').map((b) => b.taken)).toEqual([
      '2026-12-21',
      '2026-12-20',
      '2026-12-19',
      '2026-12-18',
      '2026-12-17',
    ]);
    expect(getSetting(office.db, 'backupKeep')).toBe(5);
    // 32 backups, each checked in a worker thread of its own.
  }, 30_000);

  it('lets a supervisor back up now and list the backups', async () => {
    const { office, dataDir } = fileOffice();
    office.clock.set('10:42');
    const made = await office.callAsync('backUpNow', { token: office.token() });
    expect(made).toMatchObject({ fileName: 'front-desk-2026-11-20-1042.db', kind: 'manual' });
    const view = office.call('listBackups', { token: office.token() });
    expect(view).toMatchObject({ folder: backupDir(dataDir), keep: 30, canRestore: false });
    expect(view.backups.map((b) => b.fileName)).toEqual([made.fileName]);
    expect(view.backups[0]?.bytes).toBeGreaterThan(0);
  });
});

describe('upkeep while the app runs', () => {
  it('copies the WAL into the file once a whole quiet period passed, and keeps its file for the next commits', async () => {
    const { office, file, dataDir } = fileOffice();
    const upkeep = startMaintenance({
      db: office.db,
      dataDir,
      clock: office.clock,
      timers: manualTimers,
      log: () => {},
    });
    await upkeep.tick();
    office.walkIn('09:10', { name: '赵六' });
    office.walkIn('09:11', { name: '孙七' });
    await upkeep.tick();
    const logSize = statSync(`${file}-wal`).size;
    expect(logSize).toBeGreaterThan(0);
    await upkeep.tick();
    // The database file alone holds both visits now.
    const alone = `${file}.alone`;
    copyFileSync(file, alone);
    const copy = new BetterSqlite3(alone, { readonly: true });
    expect(visitNames(copy)).toEqual(['赵六', '孙七']);
    copy.close();
    // Not emptied: the next registration writes from the log's start, over blocks the file already has.
    expect(statSync(`${file}-wal`).size).toBe(logSize);
    office.walkIn('09:20', { name: '周八' });
    expect(statSync(`${file}-wal`).size).toBe(logSize);
    expect(office.db.pragma('journal_size_limit', { simple: true })).toBe(4 * 1024 * 1024);
    upkeep.stop();
  });

  it('runs the full integrity_check once a night at a quiet moment and keeps the time and result in settings', async () => {
    const { office, dataDir } = fileOffice();
    const { upkeep, logged } = upkeepFor(office, dataDir);
    await upkeep.tick();
    const first = getSetting(office.db, 'lastIntegrityCheck');
    expect(first).toEqual({ at: office.clock.now(), ok: true, problems: [] });
    office.clock.set('23:00');
    await upkeep.tick();
    expect(getSetting(office.db, 'lastIntegrityCheck')).toEqual(first);
    office.clock.set('01:00');
    office.clock.advance(DAY_MS);
    await upkeep.tick();
    expect(getSetting(office.db, 'lastIntegrityCheck')).toEqual(first);
    office.clock.set('02:30');
    office.clock.advance(DAY_MS);
    await upkeep.tick();
    expect(getSetting(office.db, 'lastIntegrityCheck')?.at).toBe(office.clock.now());
    expect(logged.filter((m) => m === '数据库完整性检查:正常')).toHaveLength(2);
    expect(office.call('listBackups', { token: office.token() }).lastIntegrityCheck?.ok).toBe(true);
    upkeep.stop();
  });

  it('empties the write-ahead log before the nightly check, which holds the file while the kiosk may be closed', async () => {
    const { office, file, dataDir } = fileOffice();
    const { upkeep } = upkeepFor(office, dataDir);
    await upkeep.tick();
    office.walkIn('09:10', { name: '赵六' });
    office.walkIn('09:11', { name: '孙七' });
    await upkeep.tick();
    await upkeep.tick();
    const kept = statSync(`${file}-wal`).size;
    expect(kept).toBeGreaterThan(0);
    office.clock.set('02:30');
    office.clock.advance(DAY_MS);
    await upkeep.tick();
    expect(getSetting(office.db, 'lastIntegrityCheck')?.at).toBe(office.clock.now());
    // Emptied, then written again only by the check's own result: far less than the log kept before it.
    expect(statSync(`${file}-wal`).size).toBeLessThan(kept / 2);
    upkeep.stop();
  });
});

describe('restoring a backup', () => {
  /** The kiosk's host, except that "starting again" is opening the file once more in the test. */
  function restorable() {
    const { office, file, dataDir } = fileOffice();
    let reopened: TestOffice | null = null;
    const host = relaunchingHost(office, file, (after) => {
      reopened = after;
      offices.push(after);
    });
    const withHost = new TestOffice(office.db, office.clock, office);
    Object.assign(withHost.backend.deps, { backups: host });
    return { office: withHost, file, dataDir, reopened: () => reopened };
  }

  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('puts the chosen backup in place after keeping the current database aside', async () => {
    const { office, dataDir, reopened } = restorable();
    office.walkIn('09:10', { name: '赵六' });
    const backup = await office.callAsync('backUpNow', { token: office.token() });
    office.walkIn('09:40', { name: '孙七' });

    const outcome = await office.callAsync('restoreBackup', { token: office.token(), fileName: backup.fileName });
    expect(outcome.restart).toBe('relaunch');
    expect(outcome.keptAside).toMatch(/^front-desk-before-restore-2026-11-20-0940\d\d\.db$/);
    await tick();
    const after = reopened();
    expect(after && visitNames(after.db)).toEqual(['赵六']);
    const aside = new BetterSqlite3(join(backupDir(dataDir), outcome.keptAside), { readonly: true });
    expect(visitNames(aside)).toEqual(['赵六', '孙七']);
    aside.close();
    expect(after?.call('getBoard', {}).queue.length).toBe(3);
  });

  it('refuses a damaged backup, one from a newer app, or another file, and leaves the database untouched', async () => {
    const { office, file, dataDir } = restorable();
    office.walkIn('09:10', { name: '赵六' });
    await office.callAsync('backUpNow', { token: office.token() });
    const dir = backupDir(dataDir);
    const [good] = readdirSync(dir);
    const latest = MIGRATIONS.at(-1)?.version ?? 0;

    writeFileSync(join(dir, 'front-desk-2026-11-01.db'), 'not a database at all, just some bytes '.repeat(200));
    const newer = new BetterSqlite3(join(dir, 'front-desk-2026-11-02.db'));
    newer.exec('CREATE TABLE settings (key TEXT) STRICT; CREATE TABLE visits (id INTEGER) STRICT;');
    newer.pragma(`user_version = ${latest + 1}`);
    newer.close();
    const other = new BetterSqlite3(join(dir, 'front-desk-2026-11-03.db'));
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    const damaged = readFileSync(join(dir, good ?? ''));
    damaged.fill(0x5a, 4096 + 100, 4096 * 3);
    writeFileSync(join(dir, 'front-desk-2026-11-04.db'), damaged);

    const before = readFileSync(file);
    const refusals = [];
    for (const fileName of [
      'front-desk-2026-11-01.db',
      'front-desk-2026-11-02.db',
      'front-desk-2026-11-03.db',
      'front-desk-2026-11-04.db',
      '../front-desk.db',
    ]) {
      const r = await office.attemptAsync('restoreBackup', { token: office.token(), fileName });
      expect(r.ok).toBe(false);
      if (!r.ok) refusals.push(r.error.message);
    }
    expect(refusals[0]).toMatch(/无法打开备份文件 front-desk-2026-11-01\.db|已损坏/);
    expect(refusals[1]).toContain(`来自更新版本的前台程序(数据库版本 ${latest + 1}`);
    expect(refusals[2]).toBe('front-desk-2026-11-03.db 不是前台的数据库备份');
    expect(refusals[3]).toMatch(/front-desk-2026-11-04\.db/);
    expect(refusals[4]).toBe('不是一个备份文件名:../front-desk.db');
    expect(office.db.open).toBe(true);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(visitNames(office.db)).toEqual(['赵六']);
  });

  it('is refused by the in-app screen where nothing owns the database file (the CLI restores then)', async () => {
    const { office } = fileOffice();
    const backup = await office.callAsync('backUpNow', { token: office.token() });
    const r = await office.attemptAsync('restoreBackup', { token: office.token(), fileName: backup.fileName });
    expect(r.ok ? null : r.error.message).toContain('npm run cli -- restore');
  });
});

describe('opening a damaged database', () => {
  /** An office file with some days in it, closed, then damaged on disk the way a failing disk does. */
  function damagedFile() {
    const { office, file, dataDir } = fileOffice();
    for (let i = 0; i < 40; i++)
      office.walkIn('09:10', { name: `访客${i}`, phone: `1380000${String(i).padStart(4, '0')}` });
    office.db.close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096 * 4, 4096 * 6);
    writeFileSync(file, bytes);
    return { file, dataDir, bytes, clock: office.clock };
  }

  it('checks a file a crash left open before anything, and stops with a plain message, writing nothing into it', () => {
    const { file, bytes } = damagedFile();
    // What a power cut leaves beside the file: its write-ahead log (here a torn one, which SQLite ignores).
    writeFileSync(`${file}-wal`, Buffer.alloc(4096, 0x11));
    expect(leftUnclosed(file)).toBe(true);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/数据库文件(未通过完整性检查|已损坏)/);
    if (error instanceof DatabaseDamagedError) expect(error.problems.length).toBeGreaterThan(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('checks first a file the app never closed, even when the power went while all was quiet and the log was empty', () => {
    const { file, bytes } = damagedFile();
    markInUse(file);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(leftUnclosed(file)).toBe(true);
    expect(() => openDatabase(file)).toThrow(/数据库文件(未通过完整性检查|已损坏)/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    markClosedCleanly(file);
    expect(leftUnclosed(file)).toBe(false);
  });

  it('opens a file closed cleanly at once, and the check right after start stops the app before upkeep writes', async () => {
    const { file, dataDir, bytes, clock } = damagedFile();
    expect(leftUnclosed(file)).toBe(false);
    const db = openDatabase(file);
    const damage: DatabaseDamagedError[] = [];
    const logged: string[] = [];
    const upkeep = startMaintenance({
      db,
      dataDir,
      clock,
      timers: manualTimers,
      log: (m) => logged.push(m),
      checkAtStart: true,
      onDamage: (err) => damage.push(err),
    });
    await upkeep.tick();
    expect(damage).toHaveLength(1);
    expect(damage[0]?.message).toMatch(/^数据库文件未通过完整性检查,为免损坏更多数据,程序不会写入。/);
    expect(damage[0]?.problems.length).toBeGreaterThan(0);
    expect(listBackupFiles(dataDir)).toEqual([]);
    expect(logged).toEqual([]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    db.close();
  });

  it('lets upkeep go on once the check after start finds a cleanly closed file sound', async () => {
    const { office, dataDir } = fileOffice();
    office.walkIn('09:10', { name: '赵六' });
    const damage: DatabaseDamagedError[] = [];
    const { upkeep, logged } = upkeepFor(office, dataDir, {
      checkAtStart: true,
      onDamage: (err) => damage.push(err),
    });
    await upkeep.tick();
    expect(damage).toEqual([]);
    expect(logged[0]).toMatch(/^数据库启动检查\(quick_check\):正常,用时 \d+\.\d 秒$/);
    expect(listBackupFiles(dataDir).map((b) => b.kind)).toEqual(['daily']);
    // Upkeep checkpoints when quiet, instead of SQLite in the middle of a registration.
    expect(office.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    upkeep.stop();
    expect(office.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});

describe('backing up and restoring from the command line', () => {
  it('backs up while the app runs, and restores with the app closed, keeping the current database aside', async () => {
    const { office, file, dataDir } = fileOffice();
    office.walkIn('09:10', { name: '赵六' });
    const copy = join(dataDir, 'copy.db');
    const said = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await backupCommand(['--db', file, '--out', copy])).toBe(0);
      office.walkIn('09:40', { name: '孙七' });
      office.db.close();

      expect(restoreCommand(['--db', file, '--from', copy])).toBe(0);
      expect(said.mock.calls.map((c) => String(c[0]))).toEqual([
        `已备份到 ${copy}`,
        `已从 ${copy} 恢复到 ${file}`,
        expect.stringMatching(/^原来的数据库另存为 .*front-desk-before-restore-.*\.db$/) as string,
      ]);
    } finally {
      said.mockRestore();
    }
    const restored = office.reopen(openDatabase(file));
    offices.push(restored);
    expect(visitNames(restored.db)).toEqual(['赵六']);
    const [aside] = listBackupFiles(dataDir);
    expect(aside?.kind).toBe('before-restore');
    const kept = new BetterSqlite3(join(backupDir(dataDir), aside?.fileName ?? ''), { readonly: true });
    expect(visitNames(kept)).toEqual(['赵六', '孙七']);
    kept.close();
  });

  it('refuses to restore a file that is not a sound backup, and changes nothing', () => {
    const { office, file, dataDir } = fileOffice();
    office.walkIn('09:10', { name: '赵六' });
    office.db.close();
    const junk = join(dataDir, 'junk.db');
    writeFileSync(junk, 'not a database '.repeat(100));
    const before = readFileSync(file);
    expect(() => restoreCommand(['--db', file, '--from', junk])).toThrow(
      /^无法打开备份文件 junk\.db,它可能已损坏或不是数据库文件.*,数据库未作改动$/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(backupDir(dataDir))).toBe(false);
  });
});
