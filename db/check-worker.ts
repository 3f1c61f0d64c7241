import { Worker } from 'node:worker_threads';
import type { OpenOptions } from './connection';

export type FileCheck = 'quick_check' | 'integrity_check';

/**
 * The worker's whole program. It is handed to the Worker as source (eval) rather than as a file, so the same
 * code runs from the TypeScript sources (tests), the esbuild bundles (serve, cli) and the packaged kiosk without a
 * second entry point in every build. It opens the file read-only: a check never writes.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const { path, pragma, max, nativeBinding } = workerData;
let db;
try {
  db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  parentPort.postMessage({ lines: db.pragma(pragma + '(' + max + ')').map((row) => row[pragma]) });
} catch (err) {
  parentPort.postMessage({ failed: { code: err && err.code, message: String(err && err.message) } });
} finally {
  if (db) db.close();
}
`;

/** SQLite's answers that mean the file itself is damaged (with their extended codes), not that the check could not run. */
const isDamage = (code: unknown) => /^SQLITE_(CORRUPT|NOTADB)/.test(String(code));

/** The checks running on each file: a restore waits for them before it replaces the file. */
const running = new Map<string, Set<Promise<unknown>>>();

/**
 * Resolves once no check is reading `path`. A worker cannot be stopped inside SQLite's check, and while it holds the
 * file open Windows refuses to delete or replace it: a restore waits for this before closing the database.
 */
export async function checksSettled(path: string): Promise<void> {
  await Promise.allSettled([...(running.get(path) ?? [])]);
}

/**
 * better-sqlite3 for a worker thread. In the packaged kiosk the module sits in app.asar.unpacked (electron-builder's
 * asarUnpack): a worker loads it from there by its real path rather than through Electron's asar layer.
 */
function sqliteModule(): string {
  return require.resolve('better-sqlite3').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

type Reply = { lines: string[] } | { failed: { code: unknown; message: string } };

/**
 * Runs quick_check or integrity_check on a database file in a worker thread, with its own read-only connection.
 * On a million-visit office either reads gigabytes (a minute or more): on the main thread it would stop the
 * desk from answering for all that time. Resolves with the check's lines (['ok'] when sound); a file SQLite
 * finds damaged before the check can start answers with that error as its one line.
 */
export function checkInWorker(
  path: string,
  pragma: FileCheck,
  options: OpenOptions = {},
  max = 100,
): Promise<string[]> {
  const check = runCheck(path, pragma, options, max);
  const checks = running.get(path) ?? new Set();
  running.set(path, checks.add(check));
  const done = () => {
    checks.delete(check);
    if (checks.size === 0) running.delete(path);
  };
  check.then(done, done);
  return check;
}

function runCheck(path: string, pragma: FileCheck, options: OpenOptions, max: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module: sqliteModule(), path, pragma, max, nativeBinding: options.nativeBinding ?? null },
    });
    let settled = false;
    worker.once('message', (reply: Reply) => {
      settled = true;
      if ('lines' in reply) resolve(reply.lines);
      else if (isDamage(reply.failed.code)) resolve([reply.failed.message]);
      else reject(new Error(`无法检查数据库文件 ${path}:${reply.failed.message}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`数据库检查线程意外退出(${code})`));
    });
  });
}
