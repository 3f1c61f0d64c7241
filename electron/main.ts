import { app, BrowserWindow, dialog, ipcMain, Menu, net, Notification, protocol, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { leftUnclosed, markClosedCleanly, markInUse, openDatabase, type Database } from '../db/connection';
import { DB_FILE } from './data-location';
import { createElectronPrinter } from './print/electron-printer';
import { createBackend, type Backend } from './services/backend';
import { createBackupHost } from './services/backup-host';
import { systemClock } from './services/deps';
import { startMaintenance } from './services/maintenance';
import type { Downloads } from './services/downloads';
import { APP_SCHEME, createAppProtocolHandler } from './transport/app-protocol';
import { APP_ORIGIN } from './transport/ipc-channels';
import { forwardPushes, registerIpc } from './transport/ipc';
import { createLanListener, resumeLanServing } from './transport/lan-listener';
import { reloadOnRendererCrash } from './renderer-recovery';
import { hardenSession, hardenWebContents, kioskMenuTemplate, kioskWindowOptions } from './window-security';

const RENDERER_DIR = join(__dirname, '..', 'renderer');
const windowed = process.argv.includes('--windowed') || process.env.FRONT_DESK_WINDOWED === '1';
// Started by something that starts it again when it exits (Shell Launcher, a systemd service): see
// docs/kiosk-setup.md. Relaunching itself then would leave a copy outside that watch, and the watcher's
// own restart would lose the single-instance lock to it and exit, again and again.
const restartedBySystem = process.argv.includes('--os-restarts');

protocol.registerSchemesAsPrivileged([APP_SCHEME]);
// Every renderer sandboxed, whatever options a window is given.
app.enableSandbox();

/** The Electron build of better-sqlite3: in resources when packaged, in build/native during development. */
function nativeBinding(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(__dirname, '..', '..', 'build', 'native', `${process.platform}-${process.arch}`, 'better_sqlite3.node');
}

function serveAppProtocol(downloads: Downloads): void {
  protocol.handle(
    APP_SCHEME.scheme,
    createAppProtocolHandler({
      rendererDir: RENDERER_DIR,
      downloads,
      fetchFile: (file) => net.fetch(pathToFileURL(file).toString()),
    }),
  );
}

/** Nothing but our own page: the checklist's locks on the session and on every web contents created. */
function lockDown(): void {
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // In development the default menu stays, with its reload and developer tools.
  if (app.isPackaged) {
    const template = kioskMenuTemplate(process.platform);
    Menu.setApplicationMenu(template && Menu.buildFromTemplate(template));
  }
}

function createWindow(backend: Backend): BrowserWindow {
  const win = new BrowserWindow(
    kioskWindowOptions({ preload: join(__dirname, 'preload.cjs'), windowed, devTools: !app.isPackaged }),
  );
  const stopPushes = forwardPushes(backend.deps.bus, win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', stopPushes);
  reloadOnRendererCrash(win.webContents, { now: Date.now, later: setTimeout, log: console.error });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** 您的客户到访: a system notification, so a consultant away from the board still sees it. */
function notifyOwners(backend: Backend): void {
  if (!Notification.isSupported()) return;
  backend.deps.bus.on('ownerAlerted', (a) => {
    const visitor = a.visitor.maskedName
      ? `${a.visitor.sequence}号 ${a.visitor.maskedName}`
      : `${a.visitor.sequence}号访客`;
    const title = a.kind === 'returning' ? `${a.consultantName}:您的客户到访` : `${a.consultantName}:您的原客户到访`;
    const by = a.receivedBy ? `,由${a.receivedBy}接待` : ',正在等候';
    new Notification({
      title,
      body: `${visitor} ${a.maskedPhone ?? ''} · ${a.partySize}人${by}`,
      silent: false,
    }).show();
  });
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let db: Database | null = null;
  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  let stopUpkeep = () => {};
  app.on('will-quit', () => {
    stopUpkeep();
    if (db?.open) {
      db.close();
      markClosedCleanly(db.name);
    }
  });

  void app.whenReady().then(() => {
    // FRONT_DESK_DATA_DIR: an office (or a test) may keep the database elsewhere than the user-data folder.
    const dataDir = process.env.FRONT_DESK_DATA_DIR ?? app.getPath('userData');
    mkdirSync(dataDir, { recursive: true });
    const open = { nativeBinding: nativeBinding() };
    const dbFile = join(dataDir, DB_FILE);
    // A file the last session closed is checked in the background once the desk answers (maintenance.ts); one a
    // crash or power cut left open is checked first.
    const checkFirst = leftUnclosed(dbFile);
    try {
      db = openDatabase(dbFile, { ...open, quickCheck: checkFirst });
      markInUse(dbFile);
    } catch (err) {
      // A database from a newer version, a failed migration, a damaged file (quick_check), a read-only
      // or locked one: say so in plain words, write nothing, stop.
      dialog.showErrorBox('案场前台无法启动', err instanceof Error ? err.message : String(err));
      app.quit();
      return;
    }
    // A restore replaces the file under the open database: the app starts again and opens the
    // restored file as at any start (its check, migrations), rather than swapping it in-process.
    const backups = createBackupHost({
      db,
      open,
      clock: systemClock,
      restart: 'relaunch',
      afterRestore: () => {
        if (!restartedBySystem) app.relaunch();
        app.exit(0);
      },
    });
    const backend = createBackend(db, systemClock, { pdf: createElectronPrinter(), backups });
    const upkeep = startMaintenance({
      db,
      dataDir,
      clock: systemClock,
      open,
      checkAtStart: !checkFirst,
      // The same stop as a damaged file at start: the office restores from a backup (docs/durability.md). app.exit
      // skips will-quit: the log is not folded into the file, the in-use mark stays, and the next start checks first.
      onDamage: (err) => {
        dialog.showErrorBox('案场前台已停止', err.message);
        app.exit(1);
      },
    });
    stopUpkeep = () => upkeep.stop();
    void upkeep.tick();
    serveAppProtocol(backend.deps.downloads);
    lockDown();
    registerIpc(ipcMain, backend.dispatch);
    // The office LAN, if a supervisor turned it on: paired devices only (docs/lan.md).
    void resumeLanServing(backend, createLanListener(backend, { staticDir: RENDERER_DIR }));
    notifyOwners(backend);
    win = createWindow(backend);
  });
}

start();
