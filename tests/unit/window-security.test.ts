import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../electron/transport/ipc';
import { kioskWindowOptions } from '../../electron/window-security';

describe('the kiosk window', () => {
  it('isolates the page from Node and Electron', () => {
    const prefs = kioskWindowOptions('/app/preload.cjs', false).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('lets the owner’s chime play before anyone has touched the screen', () => {
    expect(kioskWindowOptions('p', false).webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
  });

  it('fills the screen as a kiosk unless asked for a window', () => {
    expect(kioskWindowOptions('p', false)).toMatchObject({ kiosk: true, fullscreen: true });
    expect(kioskWindowOptions('p', true)).toMatchObject({ kiosk: false, fullscreen: false });
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
});
