import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { LanHost } from '../../electron/services/lan';
import { startHttpServer } from '../../electron/transport/http-server';
import { createLanListener } from '../../electron/transport/lan-listener';
import { memoryOffice, type TestOffice } from './office';

/**
 * An office served as `serve` serves it: the loopback listener, and the LAN listener (on an
 * ephemeral port) that the supervisor turns on and off. `stop` closes both and removes the files.
 */
export interface LanOffice {
  office: TestOffice;
  lan: LanHost;
  loopbackUrl: string;
  /** http://127.0.0.1:<the LAN listener's port>: loopback reaches the listener on 0.0.0.0. */
  lanUrl(): string;
  turn(enabled: boolean): Promise<void>;
  stop(): Promise<void>;
}

export async function lanOffice(): Promise<LanOffice> {
  const office = memoryOffice('09:00');
  const staticDir = mkdtempSync(join(tmpdir(), 'front-desk-lan-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>案场前台</title><div id="root"></div>');
  const { deps, dispatch } = office.backend;
  const loopback: { server: Server; url: string } = await startHttpServer({
    dispatch,
    bus: deps.bus,
    downloads: deps.downloads,
    staticDir,
    host: '127.0.0.1',
    port: 0,
  });
  const lan = createLanListener(office.backend, { staticDir, portOverride: 0 });
  return {
    office,
    lan,
    loopbackUrl: loopback.url,
    lanUrl: () => `http://127.0.0.1:${lan.state(0).port}`,
    turn: async (enabled) => {
      await office.callAsync('setLanServing', { token: office.token(), enabled });
    },
    stop: async () => {
      await lan.stop();
      loopback.server.close();
      loopback.server.closeAllConnections();
      rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/** Pairs a device with a fresh code from the supervisor; the cookie the browser would keep. */
export async function pairDevice(
  lo: LanOffice,
  deviceName = '主管办公室电脑',
): Promise<{ cookie: string; token: string }> {
  const { code } = lo.office.call('startLanPairing', { token: lo.office.token() });
  const res = await postPair(lo, { code, deviceName });
  if (res.status !== 200) throw new Error(`pairing failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { value: { token: string } };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, token: body.value.token };
}

export const postPair = (lo: LanOffice, fields: { code: string; deviceName: string }) =>
  fetch(`${lo.lanUrl()}/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  });

export const callApi = (base: string, method: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

/** A raw request, for headers fetch will not let a test set (Host). */
export function rawGet(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
