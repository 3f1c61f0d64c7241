import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { openDatabase } from '../../db/connection';
import { officeSize, sampleClients } from '../../db/queries/bench-probes';
import { parseArgs } from '../cli/args';
import { CliInputError } from '../cli/input-error';
import { seedOffice } from '../cli/seed-command';
import { officeDay } from '../domain/office-time';
import { SEED_TIME_ZONE } from '../seed/day-plan';
import { shiftDay } from '../seed/office-history';
import type { MatchQuery } from '../domain/match/match-keys';
import { createBackend } from '../services/backend';
import { benchFloor } from './floor-bench';
import { floorRows } from './floor-report';
import { keystrokes, TYPING_KINDS } from './keystrokes';
import { benchLookup } from './lookup-bench';
import { thisMachine } from './machine';
import { lookupRows, markdown, textTable, type BenchReport } from './report';
import { benchServeStart } from './serve-start';
import { serveStartRows } from './serve-start-report';

const USAGE = 'usage: npm run bench -- [--db PATH] [--quick] [--probes N] [--out docs/benchmarks.md]';

/**
 * The office measured when no --db is given, so that `npm run bench` works from a fresh clone: half a year of a
 * small office (about 19,000 visits, seconds to generate); --quick a few weeks, for the smoke test.
 */
const SMALL = { years: 0.5, visitsPerDay: 100, consultants: 12, probes: 100 };
const QUICK = { years: 0.05, visitsPerDay: 40, consultants: 6, probes: 5 };
/** The day on the floor: issue 7's sizes (500 arrivals, a sheet of 300 visits); --quick a small day. */
const FLOOR = { arrivals: 500, sheetVisits: 300, queueRuns: 50, sheetWarmRuns: 4 };
const QUICK_FLOOR = { arrivals: 60, sheetVisits: 30, queueRuns: 10, sheetWarmRuns: 2 };
/** `serve` started this many times for the start figure (the first cold), and clients typed into it for the memory. */
const SERVE = { starts: 4, typedClients: 20, cold: true };
/** The smoke run leaves the machine's page cache alone: other tests run beside it. */
const QUICK_SERVE = { starts: 2, typedClients: 2, cold: false };

export interface BenchOptions {
  db: string | null;
  quick: boolean;
  probes: number;
  out: string;
  /** The bundled `serve` to start for the start and memory figures (scripts/bench.mjs builds it); null: not run. */
  serve: string | null;
}

export function readBenchOptions(argv: string[], serve: string | null = null): BenchOptions {
  const { positional, options } = parseArgs(argv, { values: ['db', 'probes', 'out'], flags: ['quick'] });
  if (positional.length > 0) throw new CliInputError(`unexpected arguments: ${positional.join(' ')}\n${USAGE}`);
  const quick = options.get('quick') === true;
  const probesText = options.get('probes');
  const probes = typeof probesText === 'string' ? Number(probesText) : (quick ? QUICK : SMALL).probes;
  if (!Number.isInteger(probes) || probes < 1) throw new CliInputError(`--probes must be a whole number ≥ 1\n${USAGE}`);
  const db = options.get('db');
  if (typeof db === 'string' && !existsSync(db)) throw new CliInputError(`no database at ${db}\n${USAGE}`);
  const out = options.get('out');
  return {
    db: typeof db === 'string' ? resolve(db) : null,
    quick,
    probes,
    out: resolve(typeof out === 'string' ? out : 'docs/benchmarks.md'),
    serve,
  };
}

function bytesOnDisk(path: string): number {
  return [path, `${path}-wal`].reduce((sum, p) => sum + (existsSync(p) ? statSync(p).size : 0), 0);
}

/**
 * The database passed with --db, copied: the day on the floor writes into it, and it may be an office's own file.
 * A reflink where the file system has them, else a byte copy (a minute for the million-visit file).
 */
function copyInto(dir: string, source: string, log: (line: string) => void): string {
  const path = join(dir, 'office.sqlite');
  log(`copying ${source} to ${path} (the bench writes into its copy, never into the file passed) …`);
  copyFileSync(source, path, constants.COPYFILE_FICLONE);
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${path}-wal`, constants.COPYFILE_FICLONE);
  return path;
}

function seedInto(dir: string, quick: boolean, log: (line: string) => void): string {
  const path = join(dir, 'office.sqlite');
  log(`seeding a ${quick ? 'tiny' : 'small'} office into ${path} …`);
  const endDay = shiftDay(officeDay(Date.now(), SEED_TIME_ZONE), -1);
  seedOffice(path, { ...(quick ? QUICK : SMALL), seed: 'bench', endDay });
  return path;
}

/** Runs the benchmarks, writes the report to `options.out` and returns it. */
export async function runBench(options: BenchOptions, log: (line: string) => void = () => {}): Promise<BenchReport> {
  const scratch = mkdtempSync(join(tmpdir(), 'front-desk-bench-'));
  try {
    const path = options.db ? copyInto(scratch, options.db, log) : seedInto(scratch, options.quick, log);
    log(`opening ${path} …`);
    const started = performance.now();
    const db = openDatabase(path);
    const openMs = performance.now() - started;
    let measured: Omit<BenchReport, 'date' | 'machine' | 'rows' | 'serveStart'>;
    let typed: MatchQuery[];
    try {
      const backend = createBackend(db);
      const lookup = benchLookup(db, backend, options.probes, log);
      // The baseline's index (half a gigabyte on the million-visit office) is garbage now; collected here, not in
      // the middle of a timed check-in: a desk's process never held it.
      (globalThis as { gc?: () => void }).gc?.();
      const floor = await benchFloor(db, options.quick ? QUICK_FLOOR : FLOOR, log);
      const database = { ...officeSize(db), path: options.db ?? path, bytes: bytesOnDisk(path), openMs };
      measured = { database: { ...database, seeded: options.db === null }, lookup, floor };
      typed = sampleClients(db, (options.quick ? QUICK_SERVE : SERVE).typedClients).flatMap((client) =>
        TYPING_KINDS.flatMap((kind) => keystrokes(kind, client)),
      );
    } finally {
      // serve must find the file closed cleanly, as after an office's evening: else it checks the file first.
      db.close();
    }
    const serveStart = options.serve
      ? await benchServeStart(options.serve, path, typed, options.quick ? QUICK_SERVE : SERVE, log)
      : null;
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: thisMachine(),
      ...measured,
      serveStart,
      rows: [
        ...lookupRows(measured.lookup),
        ...floorRows(measured.floor),
        ...(serveStart ? serveStartRows(serveStart, measured.database.bytes) : []),
      ],
    };
    mkdirSync(dirname(options.out), { recursive: true });
    const previous = existsSync(options.out) ? readFileSync(options.out, 'utf8') : '';
    writeFileSync(options.out, markdown(report, previous));
    return report;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `npm run bench -- [--db PATH] [--quick] [--probes N] [--out FILE]` */
export async function benchCommand(argv: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    // scripts/bench.mjs bundles serve beside the bench.
    options = readBenchOptions(argv, join(__dirname, 'serve.cjs'));
  } catch (err) {
    if (!(err instanceof CliInputError)) throw err;
    console.error(err.message);
    return 2;
  }
  const report = await runBench(options, (line) => console.error(line));
  console.log(textTable(report));
  console.log(`\nwritten to ${options.out}`);
  return 0;
}
