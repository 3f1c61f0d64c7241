import { app, BrowserWindow, dialog, ipcMain, net, Notification, protocol, session, shell } from 'electron';
import { mkdirSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase, type Database } from '../db/connection';
import { DB_FILE } from './data-location';
import { createElectronPrinter } from './print/electron-printer';
import { createBackend, type Backend } from './services/backend';
import { createBackupHost } from './services/backup-host';
import { systemClock } from './services/deps';
import { startMaintenance } from './services/maintenance';
import { attachmentHeader, DOWNLOAD_PATH, type Downloads } from './services/downloads';
import { CONTENT_SECURITY_POLICY } from './transport/content-security';
import { APP_ORIGIN } from './transport/ipc-channels';
import { forwardPushes, registerIpc } from './transport/ipc';
import { kioskWindowOptions } from './window-security';

const RENDERER_DIR = join(__dirname, '..', 'renderer');
const windowed = process.argv.includes('--windowed') || process.env.FRONT_DESK_WINDOWED === '1';

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** The Electron build of better-sqlite3: in resources when packaged, in build/native during development. */
function nativeBinding(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(__dirname, '..', '..', 'build', 'native', `${process.platform}-${process.arch}`, 'better_sqlite3.node');
}

/** A file the backend made (a sheet's PDF, an export): the window's download shows the save dialog. */
async function serveDownload(downloads: Downloads, ticket: string): Promise<Response> {
  const file = downloads.take(ticket);
  const response = file ? await net.fetch(pathToFileURL(file.path).toString()).catch(() => null) : null;
  if (!file || !response?.ok) return new Response('下载已过期,请重新生成文件', { status: 404 });
  return new Response(response.body, {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-disposition': attachmentHeader(file.fileName),
      'cache-control': 'no-store',
    },
  });
}

function serveAppProtocol(downloads: Downloads): void {
  protocol.handle('app', async (request) => {
    const { host, pathname } = new URL(request.url);
    if (host === 'front-desk' && pathname.startsWith(DOWNLOAD_PATH))
      return serveDownload(downloads, pathname.slice(DOWNLOAD_PATH.length));
    const file = normalize(join(RENDERER_DIR, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (host !== 'front-desk' || !file.startsWith(RENDERER_DIR + sep))
      return new Response('forbidden', { status: 403 });
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    if (!response?.ok) return new Response('not found', { status: 404 });
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: 200, headers });
  });
}

/** Nothing but our own page: no navigation, no new windows, no permission prompts. */
function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

function createWindow(backend: Backend): BrowserWindow {
  const win = new BrowserWindow(kioskWindowOptions(join(__dirname, 'preload.cjs'), windowed));
  const stopPushes = forwardPushes(backend.deps.bus, win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', stopPushes);
  // A crashed renderer must not leave the desk with a dead screen.
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error('renderer gone:', details.reason);
    if (details.reason !== 'clean-exit') win.reload();
  });
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
    db?.close();
  });

  void app.whenReady().then(() => {
    // FRONT_DESK_DATA_DIR: an office (or a test) may keep the database elsewhere than the user-data folder.
    const dataDir = process.env.FRONT_DESK_DATA_DIR ?? app.getPath('userData');
    mkdirSync(dataDir, { recursive: true });
    const open = { nativeBinding: nativeBinding() };
    try {
      db = openDatabase(join(dataDir, DB_FILE), open);
    } catch (err) {
      // A database from a newer version, a failed migration, a damaged file (quick_check), a read-only
      // or locked one: say so in plain words, write nothing, stop.
      dialog.showErrorBox('案场前台无法启动', err instanceof Error ? err.message : String(err));
      app.quit();
      return;
    }
    // A restore replaces the file under the open database: the app starts again and opens the
    // restored file as at any start (quick_check, migrations), rather than swapping it in-process.
    const backups = createBackupHost({
      db,
      open,
      clock: systemClock,
      restart: 'relaunch',
      afterRestore: () => {
        app.relaunch();
        app.exit(0);
      },
    });
    const backend = createBackend(db, systemClock, { pdf: createElectronPrinter(), backups });
    const upkeep = startMaintenance({ db, dataDir, clock: systemClock, open });
    stopUpkeep = () => upkeep.stop();
    void upkeep.tick();
    serveAppProtocol(backend.deps.downloads);
    lockDown();
    registerIpc(ipcMain, backend.dispatch);
    notifyOwners(backend);
    win = createWindow(backend);
  });
}

start();
