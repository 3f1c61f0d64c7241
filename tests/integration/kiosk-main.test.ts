import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../electron/api/contract';
import { APP_SCHEME } from '../../electron/transport/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/transport/content-security';
import { IPC_PREFIX } from '../../electron/transport/ipc-channels';

/**
 * The real electron/main.ts, started against a stand-in for the `electron` module that records what
 * it is asked to do (the Electron binary cannot be downloaded on CI). The database is the real backend
 * on :memory:. This checks the wiring: that the locks tested one by one in tests/unit are the ones
 * the kiosk actually installs.
 */
type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  class Recorder {
    listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  class FakeWebContents extends Recorder {
    openHandler: Listener | null = null;
    reloads = 0;
    setWindowOpenHandler(handler: Listener) {
      this.openHandler = handler;
    }
    isDestroyed = () => false;
    send = () => undefined;
    reload() {
      this.reloads += 1;
    }
  }
  const app = Object.assign(new Recorder(), {
    isPackaged: false,
    sandboxed: false,
    enableSandbox() {
      app.sandboxed = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => {
      throw new Error('the test gives FRONT_DESK_DATA_DIR');
    },
    quit: () => undefined,
    relaunch: () => undefined,
    exit: () => undefined,
  });
  const windows: FakeWindow[] = [];
  let windowOpened = () => {};
  const opened = new Promise<void>((resolve) => (windowOpened = resolve));
  class FakeWindow extends Recorder {
    webContents = new FakeWebContents();
    loaded: string | null = null;
    constructor(public options: Record<string, unknown>) {
      super();
      windows.push(this);
      windowOpened();
      // As Electron does: every new web contents is announced before anyone loads anything into it.
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    show = () => undefined;
    isMinimized = () => false;
    restore = () => undefined;
    focus = () => undefined;
  }
  const session: Record<string, Listener> = {};
  const ipc = new Map<string, Listener>();
  const schemes: unknown[] = [];
  const protocols = new Map<string, Listener>();
  return {
    app,
    windows,
    opened,
    session,
    ipc,
    schemes,
    protocols,
    menus: [] as unknown[],
    FakeWebContents,
    module: {
      app,
      BrowserWindow: FakeWindow,
      dialog: {
        showErrorBox: (title: string, message: string) => {
          throw new Error(`${title}: ${message}`);
        },
      },
      ipcMain: { handle: (channel: string, handler: Listener) => ipc.set(channel, handler) },
      Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
      net: {
        // Electron's net.fetch of a file: URL, by Node.
        fetch: async (url: string) => {
          const { readFile } = await import('node:fs/promises');
          const { fileURLToPath: toPath } = await import('node:url');
          return new Response(await readFile(toPath(url)), { headers: { 'content-type': 'text/html' } });
        },
      },
      Notification: { isSupported: () => false },
      protocol: {
        registerSchemesAsPrivileged: (list: unknown[]) => schemes.push(...list),
        handle: (scheme: string, handler: Listener) => protocols.set(scheme, handler),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (h: Listener) => (session.request = h),
          setPermissionCheckHandler: (h: Listener) => (session.check = h),
          setDevicePermissionHandler: (h: Listener) => (session.device = h),
        },
      },
    },
  };
});

vi.mock('electron', () => electron.module);
// The kiosk opens its file with the Electron build of better-sqlite3; here the Node build, in memory.
vi.mock(import('../../db/connection'), async (original) => {
  const actual = await original();
  return { ...actual, openDatabase: () => actual.openDatabase(':memory:') };
});

const dataDir = mkdtempSync(join(tmpdir(), 'front-desk-main-'));
const rendererDir = fileURLToPath(new URL('../../renderer', import.meta.url));

beforeAll(async () => {
  process.env.FRONT_DESK_DATA_DIR = dataDir;
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await import('../../electron/main');
  // The database is opened and migrated before the window opens.
  await electron.opened;
}, 30_000);

afterAll(() => {
  electron.app.emit('will-quit');
  delete process.env.FRONT_DESK_DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const kiosk = () => {
  const win = electron.windows[0];
  if (!win) throw new Error('no window');
  return win;
};

describe('the kiosk as main.ts starts it', () => {
  it('registers app:// as its only privileged scheme and sandboxes every renderer', () => {
    expect(electron.schemes).toEqual([APP_SCHEME]);
    expect(electron.app.sandboxed).toBe(true);
  });

  it('opens one full-screen, isolated, sandboxed window on the app:// page', () => {
    expect(electron.windows).toHaveLength(1);
    const { options, loaded } = kiosk();
    expect(options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(loaded).toBe('app://front-desk/index.html');
  });

  it('serves the page with the CSP and refuses a path out of the renderer folder', async () => {
    const handle = electron.protocols.get('app');
    if (!handle) throw new Error('app:// not handled');
    const page = (await handle(new Request('app://front-desk/index.html'))) as Response;
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readFileSync(join(rendererDir, 'index.html'), 'utf8'));
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const escape = (await handle(new Request('app://front-desk/..%2fpackage.json'))) as Response;
    expect(escape.status).toBe(403);
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('locks the kiosk window’s own web contents: no leaving the app, no new windows, no webviews', () => {
    const contents = kiosk().webContents;
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    for (const listener of contents.listeners.get('will-navigate') ?? []) listener(away, away.url);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.listeners.get('will-attach-webview')).toHaveLength(1);
  });

  it('locks any web contents created later the same way', () => {
    const later = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, later);
    const away = { url: 'file:///etc/passwd', preventDefault: vi.fn() };
    for (const listener of later.listeners.get('will-redirect') ?? []) listener(away, away.url);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(later.openHandler?.({ url: 'app://front-desk/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission', () => {
    const callback = vi.fn();
    electron.session.request?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(electron.session.check?.({}, 'notifications', 'app://front-desk', {})).toBe(false);
    expect(electron.session.device?.({})).toBe(false);
  });

  it('answers IPC only from its own page', async () => {
    expect([...electron.ipc.keys()].sort()).toEqual(METHOD_NAMES.map((name) => IPC_PREFIX + name).sort());
    const getSetup = electron.ipc.get(`${IPC_PREFIX}getSetup`);
    if (!getSetup) throw new Error('getSetup not registered');
    expect(await getSetup({ senderFrame: { url: 'https://example.com/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await getSetup({ senderFrame: { url: 'app://front-desk/index.html' } }, {})).toMatchObject({ ok: true });
  });

  it('loads the page again when its renderer crashes', async () => {
    const contents = kiosk().webContents;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(contents.reloads).toBe(1));
  });
});
