import type { BrowserWindowConstructorOptions } from 'electron';

/** The kiosk window's options: Electron's security checklist, asserted by tests/unit/window-security.test.ts. */
export function kioskWindowOptions(preload: string, windowed: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    kiosk: !windowed,
    fullscreen: !windowed,
    autoHideMenuBar: true,
    backgroundColor: '#0f172a',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // The owner's chime must sound the moment their client walks in, before anyone has touched the screen.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}
