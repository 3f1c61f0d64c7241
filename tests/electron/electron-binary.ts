import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Electron executable if this machine has one, or why not. Installs that skip Electron's
 * download (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as CI must) have the package but no binary.
 */
export function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(__filename)('electron') as unknown as string;
    return existsSync(path) ? { path } : { missing: `Electron binary not found at ${path}` };
  } catch {
    return {
      missing:
        'no Electron binary on this machine: node_modules/electron was installed with ' +
        'ELECTRON_SKIP_BINARY_DOWNLOAD=1 (its download is unreachable here), so the kiosk cannot be launched',
    };
  }
}
