import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isTrustedSender } from '../../electron/transport/ipc';
import {
  hardenSession,
  hardenWebContents,
  kioskMenuTemplate,
  kioskWindowOptions,
  printWindowOptions,
} from '../../electron/window-security';

const kiosk = (over: Partial<Parameters<typeof kioskWindowOptions>[0]> = {}) =>
  kioskWindowOptions({ preload: '/app/preload.cjs', windowed: false, devTools: false, ...over });

/** Electron's checklist, for any page the app loads. */
const LOCKED = {
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
};

describe('the kiosk window', () => {
  it('isolates the page from Node and Electron', () => {
    const prefs = kiosk().webPreferences;
    expect(prefs).toMatchObject({ preload: '/app/preload.cjs', ...LOCKED });
    expect(prefs?.enableBlinkFeatures).toBeUndefined();
  });

  it('has no developer tools unless asked for in development', () => {
    expect(kiosk().webPreferences?.devTools).toBe(false);
    expect(kiosk({ devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('lets the owner’s chime play before anyone has touched the screen', () => {
    expect(kiosk().webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
  });

  it('fills the screen as a kiosk unless asked for a window', () => {
    expect(kiosk()).toMatchObject({ kiosk: true, fullscreen: true });
    expect(kiosk({ windowed: true })).toMatchObject({ kiosk: false, fullscreen: false });
  });
});

describe('the hidden print window', () => {
  it('has the same locks, no preload, no JavaScript and no developer tools', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ ...LOCKED, javascript: false, devTools: false });
    expect(options.webPreferences?.preload).toBeUndefined();
  });
});

/** A web contents that records what hardenWebContents registers, and an event that records preventDefault. */
function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: (...args: unknown[]) => void) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler;
    },
  };
  hardenWebContents(contents as unknown as WebContents);
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, url);
    return event.preventDefault.mock.calls.length > 0 ? 'stopped' : 'allowed';
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

describe('every web contents', () => {
  const page = fakeContents();

  it('may navigate within the app', () => {
    expect(page.fire('will-navigate', 'app://front-desk/index.html')).toBe('allowed');
    expect(page.fire('will-navigate', 'app://front-desk/download/0123abcd')).toBe('allowed');
  });

  it('is stopped from navigating or being redirected anywhere else', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5780/',
      'file:///etc/passwd',
      'app://front-desk.evil/',
      'app://other/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
    ]) {
      expect(page.fire('will-navigate', url), url).toBe('stopped');
      expect(page.fire('will-redirect', url), url).toBe('stopped');
    }
  });

  it('opens no window, not even for a web link', () => {
    for (const url of ['https://example.com/', 'app://front-desk/index.html', 'about:blank'])
      expect(page.open(url), url).toEqual({ action: 'deny' });
  });

  it('attaches no <webview>', () => {
    expect(page.fire('will-attach-webview')).toBe('stopped');
  });
});

describe('the session', () => {
  const handlers: Record<string, (...args: unknown[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (handlers.request = h),
    setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (handlers.check = h),
    setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => (handlers.device = h),
  };
  hardenSession(session as unknown as Session);
  const permissions = ['notifications', 'media', 'geolocation', 'clipboard-read', 'fullscreen', 'openExternal', 'hid'];

  it('refuses every permission the page asks for', () => {
    for (const permission of permissions) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check no', () => {
    for (const permission of permissions)
      expect(handlers.check?.({}, permission, 'app://front-desk', {}), permission).toBe(false);
  });

  it('grants no device (USB, HID, serial)', () => {
    expect(handlers.device?.({ deviceType: 'usb', origin: 'app://front-desk' })).toBe(false);
  });
});

describe('the packaged kiosk’s menu', () => {
  it('is none on Windows and Linux, so no reload or developer-tools shortcut', () => {
    expect(kioskMenuTemplate('win32')).toBeNull();
    expect(kioskMenuTemplate('linux')).toBeNull();
  });

  it('keeps only Quit and Edit (copy and paste) on macOS', () => {
    expect(kioskMenuTemplate('darwin')).toEqual([{ role: 'appMenu' }, { role: 'editMenu' }]);
  });
});

describe('IPC sender check', () => {
  const from = (url: string) => ({ senderFrame: { url } }) as Parameters<typeof isTrustedSender>[0];

  it('accepts calls from the app page only', () => {
    expect(isTrustedSender(from('app://front-desk/index.html'))).toBe(true);
    expect(isTrustedSender(from('app://front-desk'))).toBe(true);
  });

  it('refuses calls from any other page', () => {
    expect(isTrustedSender(from('https://example.com/'))).toBe(false);
    expect(isTrustedSender(from('app://front-desk.evil/'))).toBe(false);
    expect(isTrustedSender(from('file:///etc/passwd'))).toBe(false);
    expect(isTrustedSender(from(''))).toBe(false);
  });

  it('refuses a call whose frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});
