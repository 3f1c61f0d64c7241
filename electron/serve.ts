import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { leftUnclosed, markClosedCleanly, markInUse, openDatabase } from '../db/connection';
import { parseArgs } from './cli/args';
import { defaultDbPath } from './data-location';
import { createChromiumPrinter } from './print/chromium-printer';
import { createBackend } from './services/backend';
import { createBackupHost } from './services/backup-host';
import { systemClock } from './services/deps';
import { startMaintenance } from './services/maintenance';
import { startHttpServer } from './transport/http-server';
import { createLanListener, resumeLanServing } from './transport/lan-listener';

function portOption(text: string | true | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效:${String(text)}`);
  return port;
}

/**
 * `npm run serve -- [--port 5780] [--db PATH] [--lan-port N]`: the kiosk's app for any browser on
 * this machine; and, once a supervisor turns it on, for paired devices on the office LAN (docs/lan.md).
 */
async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2), { values: ['port', 'db', 'lan-port'] });
  const port = portOption(options.get('port')) ?? 5780;
  const lanPort = portOption(options.get('lan-port'));
  const dbOption = options.get('db');
  const dbPath = typeof dbOption === 'string' ? resolve(dbOption) : defaultDbPath();
  mkdirSync(dirname(dbPath), { recursive: true });

  // A file the last session closed is checked in the background once serve answers (maintenance.ts); one a crash
  // left open is checked first.
  const checkFirst = leftUnclosed(dbPath);
  const db = openDatabase(dbPath, { quickCheck: checkFirst });
  markInUse(dbPath);
  const pdf = createChromiumPrinter();
  // After a restore, serve does not reopen the database in-process: the HTTP server, the event
  // stream, sign-in sessions and download tickets all belong to the backend of the old file. It
  // stops instead, and started again it opens the restored file as at any start (its check,
  // migrations) — the same path as the kiosk's relaunch. Whoever started it (a person, a service
  // manager) starts it again; the supervisor's screen says so.
  const backups = createBackupHost({
    db,
    open: {},
    clock: systemClock,
    restart: 'manual',
    afterRestore: () => {
      console.log('已从备份恢复数据库,前台服务已停止:请重新运行 npm run serve。');
      stop();
    },
  });
  const backend = createBackend(db, systemClock, { pdf, backups });
  const staticDir = join(__dirname, '..', 'renderer');
  const { server, url } = await startHttpServer({
    dispatch: backend.dispatch,
    bus: backend.deps.bus,
    downloads: backend.deps.downloads,
    staticDir,
    host: '127.0.0.1',
    port,
  });
  console.log(`Front Desk 已启动:${url}  (数据库 ${dbPath})`);
  const lan = createLanListener(backend, { staticDir, portOverride: lanPort });
  await resumeLanServing(backend, lan);
  const upkeep = startMaintenance({
    db,
    dataDir: backend.deps.dataDir,
    clock: systemClock,
    checkAtStart: !checkFirst,
    // Stopped without closing the database: closing would fold what the desk wrote since start into the damaged
    // file. The in-use mark stays, so the next start checks the file before anything else, as the kiosk's does.
    onDamage: (err) => {
      console.error(`前台服务已停止:${err.message}`);
      process.exit(1);
    },
  });
  void upkeep.tick();
  function stop(): void {
    upkeep.stop();
    void lan.stop();
    server.close();
    server.closeAllConnections();
    db.close();
    markClosedCleanly(dbPath);
    void pdf.close().finally(() => process.exit(0));
  }
  process.on('SIGINT', () => stop());
  process.on('SIGTERM', () => stop());
}

main().catch((err: unknown) => {
  console.error(`无法启动:${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
