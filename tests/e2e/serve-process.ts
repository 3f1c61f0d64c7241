import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServedApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** libfaketime, from Debian's `faketime` package: moves the server's clock without any hook in the app. */
const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/**
 * Runs the server under libfaketime reading the time from `file` ("@2026-11-24 09:10:00", office
 * local time), re-read on every clock call, so a script can move the office's clock as it goes.
 */
export function fakeClockEnv(file: string): Record<string, string> {
  if (!existsSync(LIBFAKETIME)) throw new Error(`${LIBFAKETIME} not found: apt-get install faketime`);
  return {
    LD_PRELOAD: LIBFAKETIME,
    FAKETIME_TIMESTAMP_FILE: file,
    FAKETIME_NO_CACHE: '1',
    // Only the wall clock moves: Node's timers run on the monotonic clock, which must never go back
    // (a script may start on an earlier day than the machine's, and Node aborts on a clock behind its start).
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    TZ: 'Asia/Shanghai',
  };
}

/** Starts the real `serve` build (dist/electron/serve.cjs) on a free port with a fresh data folder; `extraArgs` go on its command line. */
export async function startServe(extraEnv: Record<string, string> = {}, extraArgs: string[] = []): Promise<ServedApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'front-desk-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['dist/electron/serve.cjs', '--port', '0', '--db', join(dataDir, 'front-desk.sqlite'), ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...extraEnv } },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
