import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  Session,
  WebContents,
  WebPreferences,
} from 'electron';
import { isAppUrl } from './transport/app-protocol';

/**
 * Electron's security checklist for every page we load: no Node, isolated and sandboxed, web security
 * on, no webviews, no experimental Blink features. Asserted by tests/unit/window-security.test.ts.
 */
const LOCKED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} satisfies WebPreferences;

export interface KioskWindow {
  preload: string;
  /** `--windowed`: an ordinary window, for setting up and for development. */
  windowed: boolean;
  /** Developer tools only in development: at the desk they would hand the page's API to anyone. */
  devTools: boolean;
}

/** The kiosk window's options. */
export function kioskWindowOptions({ preload, windowed, devTools }: KioskWindow): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    kiosk: !windowed,
    fullscreen: !windowed,
    autoHideMenuBar: true,
    backgroundColor: '#0f172a',
    show: false,
    webPreferences: {
      ...LOCKED_PREFERENCES,
      preload,
      devTools,
      // The owner's chime must sound the moment their client walks in, before anyone has touched the screen.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

/** The hidden window that prints a document to PDF: the same locks, no preload, and no JavaScript at all. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return { show: false, webPreferences: { ...LOCKED_PREFERENCES, javascript: false, devTools: false } };
}

type Hardenable = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Nothing but our own page, in every web contents the app creates: navigation and redirects away
 * from app://front-desk are stopped, no page opens a window (the app has no outside links to
 * follow), and no <webview> may attach. Programmatic loads (loadURL, the printer's data: page) are
 * the main process's own and are not navigation events.
 */
export function hardenWebContents(contents: Hardenable): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', (event) => stayHome(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

type Lockable = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * No permission for the page: no camera, microphone, location, clipboard reading, HTML fullscreen,
 * devices or notifications. The kiosk needs none — its window is full screen by its options, the
 * chime is Web Audio (no permission), and owner alerts are shown by the main process's Notification.
 */
export function hardenSession(session: Lockable): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * The packaged kiosk's menu: none on Windows and Linux, so none of the default menu's accelerators
 * either (reload, developer tools, zoom). macOS keeps its application menu (Quit) and the Edit menu,
 * without which copy and paste do not work in the page's inputs there.
 */
export function kioskMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  return platform === 'darwin' ? [{ role: 'appMenu' }, { role: 'editMenu' }] : null;
}
