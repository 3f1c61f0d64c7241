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
  } catch (err) {
    return {
      missing: `no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1): ${
        err instanceof Error ? err.message.split('\n')[0] : String(err)
      }`,
    };
  }
}
