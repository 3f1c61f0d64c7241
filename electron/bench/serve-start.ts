import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MatchQuery } from '../domain/match/match-keys';
import { START_CHECK_PASSED } from '../services/maintenance';

export interface ServeStartFigures {
  /** Start to first answer, each start in order; the first after the page cache was dropped, when it could be. */
  startsMs: number[];
  cacheDropped: boolean;
  /** How long serve's check after start (quick_check in a worker) took, as serve logged it; null if not seen. */
  startCheckSeconds: number | null;
  /** The backend process's peak resident memory (VmHWM) after the start, its check and the lookups; null off Linux. */
  peakRssMb: number | null;
  lookups: number;
}

/** How long the memory run waits for the check after start: it reads the whole file (a minute on 1M visits). */
const START_CHECK_WAIT_MS = 15 * 60_000;
const READY = /Front Desk 已启动:(http:\/\/\S+)/;

interface Running {
  child: ChildProcess;
  url: string;
  /** Resolves with serve's line once it says its check after start passed. */
  checked: Promise<string>;
}

/**
 * Makes the next start a cold one, as after the PC was switched on: the file's pages are no longer in memory.
 * Only root may (Linux); otherwise the start is measured with the cache as it is, and the report says so.
 */
function dropPageCache(): boolean {
  if (process.platform !== 'linux') return false;
  spawnSync('sync');
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

function startServe(servePath: string, dbPath: string): Promise<Running> {
  // serve loads the bench's own better-sqlite3, wherever its bundle was written (a test writes it to a temp folder).
  const modules = dirname(dirname(require.resolve('better-sqlite3/package.json')));
  const child = spawn(process.execPath, [servePath, '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: modules },
  });
  let said = '';
  let checkedLine: (line: string) => void = () => {};
  const checked = new Promise<string>((resolve) => (checkedLine = resolve));
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const ready = READY.exec(said);
      if (ready?.[1]) resolve({ child, url: ready[1], checked });
      const passed = said.split('\n').find((line) => line.startsWith(START_CHECK_PASSED));
      if (passed) checkedLine(passed);
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) before answering:\n${said}`)));
  });
}

async function call(url: string, method: string, input: object): Promise<unknown> {
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`${method}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

function stopServe(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Peak resident memory of a running process, from the kernel's own account of it. */
function peakRssMb(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  const kb = line ? Number(/(\d+)/.exec(line)?.[1]) : Number.NaN;
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/** The time from starting `serve` to its first answered API call (getSetup, what the screen asks first). */
async function timeOneStart(servePath: string, dbPath: string): Promise<{ ms: number; running: Running }> {
  const started = performance.now();
  const running = await startServe(servePath, dbPath);
  await call(running.url, 'getSetup', {});
  return { ms: performance.now() - started, running };
}

/**
 * Starts the real `serve` (bundled by scripts/bench.mjs) on the database `starts` times, the first after dropping
 * the page cache (when `cold` and allowed), and times each to its first answered API call; then starts it once more, waits for its check
 * after start and asks the typed lookups over HTTP, and reads the process's peak memory. The database must be
 * closed by everyone else (a write-ahead log left with pages in it makes serve check the file before it answers).
 */
export async function benchServeStart(
  servePath: string,
  dbPath: string,
  queries: readonly MatchQuery[],
  run: { starts: number; cold: boolean },
  log: (line: string) => void,
): Promise<ServeStartFigures> {
  const { starts } = run;
  const cacheDropped = run.cold && dropPageCache();
  const startsMs: number[] = [];
  for (let i = 0; i < starts; i++) {
    log(`starting serve (${i + 1} of ${starts}${i === 0 && cacheDropped ? ', page cache dropped' : ''}) …`);
    const { ms, running } = await timeOneStart(servePath, dbPath);
    startsMs.push(ms);
    await stopServe(running.child);
  }

  log('starting serve once more: its check after start, then the lookups over HTTP, then its peak memory …');
  const { running } = await timeOneStart(servePath, dbPath);
  try {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), START_CHECK_WAIT_MS).unref());
    const line = await Promise.race([running.checked, timeout]);
    const seconds = line ? Number(/用时 ([\d.]+) 秒/.exec(line)?.[1]) : Number.NaN;
    for (const query of queries)
      await call(running.url, 'findCandidates', { name: query.name ?? null, phone: query.phone ?? null });
    return {
      startsMs,
      cacheDropped,
      startCheckSeconds: Number.isFinite(seconds) ? seconds : null,
      peakRssMb: running.child.pid === undefined ? null : peakRssMb(running.child.pid),
      lookups: queries.length,
    };
  } finally {
    await stopServe(running.child);
  }
}
