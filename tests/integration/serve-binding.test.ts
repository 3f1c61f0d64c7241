import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleServe } from '../helpers/serve-bundle';

/** `npm run serve` as an office starts it: this machine only, until a supervisor turns the LAN on. */

let dir = '';
let child: ChildProcess | null = null;
let url: URL | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'front-desk-serve-'));
  const serve = await bundleServe(dir);
  const started = spawn(process.execPath, [serve, '--db', join(dir, 'office.db'), '--port', '0'], {
    env: { ...process.env, NODE_PATH: resolve('node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  url = await new Promise<URL>((ok, fail) => {
    let out = '';
    started.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const found = /http:\/\/[^\s]+/.exec(out);
      if (found) ok(new URL(found[0]));
    });
    started.on('exit', (code) => fail(new Error(`serve exited with ${String(code)} before listening`)));
  });
}, 60_000);

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** Whether anything accepts a TCP connection there. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
    socket.once('timeout', () => (socket.destroy(), done(false)));
  });
}

const lanAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);

describe('serve by default', () => {
  it('listens on 127.0.0.1 and answers there', async () => {
    expect(url?.hostname).toBe('127.0.0.1');
    const res = await fetch(new URL('/api/getSetup', url!), { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
  });

  it('is not reachable from the office network: neither its port nor the LAN port answers on this machine’s LAN addresses', async () => {
    const port = Number(url?.port);
    for (const address of lanAddresses()) {
      expect(await accepts(address, port), `${address}:${port}`).toBe(false);
      expect(await accepts(address, 5781), `${address}:5781 (the LAN port)`).toBe(false);
    }
  });
});
