import type { Server } from 'node:http';
import { getSetting } from '../../db/queries/settings';
import type { Backend } from '../services/backend';
import type { LanHost, LanListenerState } from '../services/lan';
import type { DeviceGate } from './device-gate';
import { startHttpServer } from './http-server';
import { lanDispatch } from './kiosk-only';
import { lanHosts, lanIPv4Addresses } from './lan-addresses';

const ALL_IPV4 = '0.0.0.0';

/**
 * The LAN listener of a process that owns a backend (the kiosk, serve): the same HTTP server as
 * serve's loopback one, on every IPv4 address, with a device token required on every request.
 * The contract's kioskOnly methods are refused there (kiosk-only.ts). It attaches itself to the
 * backend (deps.lan), so the LAN tab's handlers start and stop it.
 * `portOverride` is serve's --lan-port; otherwise the port is the setting's.
 */
export function createLanListener(backend: Backend, options: { staticDir: string; portOverride?: number }): LanHost {
  const { deps } = backend;
  let server: Server | null = null;
  let boundPort: number | null = null;
  let error: string | null = null;
  // Starts and stops one at a time: a quick on/off/on never leaves two listeners or a stale one.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.then(step, step);
    queue = next.catch(() => undefined);
    return next;
  };

  // Pairing more devices, a person's data and restoring a backup answer only at the kiosk.
  const dispatch = lanDispatch(backend.dispatch);
  const gate: DeviceGate = {
    deviceOf: (token: string) => deps.lan.deviceOf(token),
    pair: (code: string, deviceName: string) => deps.lan.pair(code, deviceName),
    onRevoke: (listener: (deviceId: number) => void) => deps.lan.onRevoke(listener),
    hosts: lanHosts,
  };

  const host: LanHost = {
    start: (settingPort) =>
      serial(async () => {
        if (server) return;
        const port = options.portOverride ?? settingPort;
        try {
          const started = await startHttpServer({
            dispatch,
            bus: deps.bus,
            downloads: deps.downloads,
            staticDir: options.staticDir,
            host: ALL_IPV4,
            port,
            requireDevice: gate,
          });
          server = started.server;
          boundPort = Number(new URL(started.url).port);
          error = null;
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          error =
            code === 'EADDRINUSE'
              ? `端口 ${port} 已被其他程序占用`
              : `无法在端口 ${port} 上提供服务:${err instanceof Error ? err.message : String(err)}`;
          throw new Error(error);
        }
      }),
    stop: () =>
      serial(async () => {
        const closing = server;
        server = null;
        boundPort = null;
        error = null;
        if (!closing) return;
        await new Promise<void>((resolve) => {
          closing.close(() => resolve());
          // Open event streams and keep-alive connections end now, not when the browser lets go.
          closing.closeAllConnections();
        });
      }),
    state: (settingPort): LanListenerState => {
      const port = boundPort ?? options.portOverride ?? settingPort;
      return {
        listening: server !== null,
        port,
        urls: lanIPv4Addresses().map((address) => `http://${address}:${port}`),
        error,
      };
    },
  };
  deps.lan.attach(host);
  return host;
}

/** At start: listen on the LAN if the office turned it on; a taken port is said, not fatal (the tab shows it). */
export async function resumeLanServing(backend: Backend, host: LanHost): Promise<void> {
  const setting = getSetting(backend.deps.db, 'lanServing');
  if (!setting.enabled) return;
  await host.start(setting.port).catch((err: unknown) => {
    console.error(`局域网服务未能启动:${err instanceof Error ? err.message : String(err)}`);
  });
}
