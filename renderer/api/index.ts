import type { Bridge } from '../../electron/api/bridge';
import { createClient } from './client';
import { httpTransport, ipcTransport } from './transports';

declare global {
  interface Window {
    frontDesk?: Bridge;
  }
}

/** The kiosk's preload provides the IPC bridge; in a browser (`npm run serve`) the same API goes over HTTP. */
export const api = createClient(window.frontDesk ? ipcTransport(window.frontDesk) : httpTransport());
export { ApiError } from './client';
