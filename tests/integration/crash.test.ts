import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { createBackend } from '../../electron/services/backend';
import { at } from '../helpers/day-builder';
import { TestOffice, testClock } from '../helpers/office';

/**
 * Kill -9 in the middle of registrations, many times in a row on the same database: every
 * registration the desk was told was saved is still there, the file passes integrity_check, and the
 * day's queue folds. FRONT_DESK_CRASH_ROUNDS runs more rounds locally (CI: 8), FRONT_DESK_CRASH_SEED
 * replays the kill moments of a failed run (the seed is printed).
 */
const ROUNDS = Number(process.env.FRONT_DESK_CRASH_ROUNDS ?? 8);
const SEED = Number(process.env.FRONT_DESK_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** A kill lands between this many ms after the child's first acknowledged registration. */
const KILL_WITHIN_MS = [5, 250] as const;

/** mulberry32: a small seeded generator, so a failing run's kill moments can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dir = '';
let child = '';
let file = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'front-desk-crash-'));
  file = join(dir, 'front-desk.db');
  child = join(dir, 'crash-child.cjs');
  // The child runs the real backend as plain Node: bundled like the app (scripts/build-node.mjs).
  await build({
    entryPoints: ['tests/helpers/crash-child.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: child,
    external: ['electron', 'better-sqlite3', 'playwright-core'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  const office = new TestOffice(openDatabase(file), testClock('09:00'));
  office.db.close();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the child and SIGKILLs it `delayMs` after its first acknowledged registration; the ids it acknowledged. */
function registerUntilKilled(
  round: number,
  delayMs: number,
): Promise<{ acknowledged: number[]; signal: string | null }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, file, String(at('10:00') + round * 120_000), String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: resolve('node_modules') },
    });
    const acknowledged: number[] = [];
    let pending = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    proc.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      // Only a complete line was acknowledged: a kill can cut the last one short.
      pending = lines.pop() ?? '';
      for (const line of lines) if (/^\d+$/.test(line)) acknowledged.push(Number(line));
      if (acknowledged.length > 0 && !timer) timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', fail);
    proc.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') fail(new Error(`the child stopped by itself (${String(_code)}): ${stderr}`));
      else done({ acknowledged, signal });
    });
  });
}

describe('a crash in the middle of registrations', () => {
  it(`loses no acknowledged registration over ${ROUNDS} kill -9s in a row (seed ${SEED})`, async () => {
    console.log(`crash test: ${ROUNDS} rounds, seed ${SEED} (FRONT_DESK_CRASH_SEED=${SEED} replays it)`);
    const random = seeded(SEED);
    const everyAcknowledged: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const delayMs = Math.round(KILL_WITHIN_MS[0] + random() * (KILL_WITHIN_MS[1] - KILL_WITHIN_MS[0]));
      const { acknowledged } = await registerUntilKilled(round, delayMs);
      everyAcknowledged.push(...acknowledged);

      const db = openDatabase(file);
      try {
        const present = new Set((db.prepare('SELECT id FROM visits').all() as { id: number }[]).map((v) => v.id));
        const missing = everyAcknowledged.filter((id) => !present.has(id));
        expect(missing, `round ${round} (killed ${delayMs} ms in, seed ${SEED})`).toEqual([]);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const board = createBackend(db, { now: () => at('10:00') + round * 120_000 + 60_000 }).dispatch('getBoard', {});
        expect(board instanceof Promise ? null : board.ok).toBe(true);
      } finally {
        db.close();
      }
    }
    expect(everyAcknowledged.length).toBeGreaterThanOrEqual(ROUNDS);
    console.log(`crash test: ${everyAcknowledged.length} acknowledged registrations survived ${ROUNDS} kills`);
  }, 120_000);
});
