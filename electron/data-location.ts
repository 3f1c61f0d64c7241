import { homedir } from 'node:os';
import { join } from 'node:path';

export const DB_FILE = 'front-desk.sqlite';

/**
 * The folder Electron uses as userData for this app, computed without Electron, so `serve` and the
 * CLI default to the same database as the kiosk.
 */
export function defaultUserDataDir(): string {
  const appName = 'Front Desk';
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appName);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appName);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appName);
}

export const defaultDbPath = () => join(defaultUserDataDir(), DB_FILE);
