import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBenchOptions, runBench } from '../../electron/bench/bench-command';
import type { BenchReport } from '../../electron/bench/report';
import { bundleServe } from '../helpers/serve-bundle';

// A smoke run, so that `npm run bench` does not rot: the figures are not judged (benchmarks are not tests).
const ROWS = [
  'typing.phonePrefix',
  'typing.last4',
  'typing.namePinyin',
  'typing.nameHan',
  'typing.all',
  'speedup',
  'recall.homophone',
  'recall.formattedPhone',
  'recall.last4Surname',
  'recall.household',
  'baseline.index',
  'registration',
  'registration.disk',
  'queue',
  'queue.fold',
  'board',
  'sheet.prepared',
  'sheet.cold',
  'sheet.warm',
  'serve.cold',
  'serve.warm',
  'serve.check',
  'memory.peak',
  'database.size',
];

describe('npm run bench -- --quick', () => {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-bench-test-'));
  let report: BenchReport;
  let written: string;
  beforeAll(async () => {
    const out = join(dir, 'benchmarks.md');
    writeFileSync(out, '# Benchmarks\n\nold figures\n\n## Notes\n\nWhat was tried last time.\n');
    report = await runBench(readBenchOptions(['--quick', '--out', out], await bundleServe(dir)));
    written = readFileSync(out, 'utf8');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('measures every figure on a tiny seeded office', () => {
    expect(report.database.seeded).toBe(true);
    expect(report.database.visits).toBeGreaterThan(0);
    expect(report.rows.map((r) => r.id)).toEqual(ROWS);
    for (const row of report.rows) {
      expect(row.numbers.length, row.id).toBeGreaterThan(0);
      for (const n of row.numbers) expect(Number.isFinite(n), `${row.id}: ${n}`).toBe(true);
    }
  });

  it('asks every kind of labelled probe at least once', () => {
    for (const [kind, count] of Object.entries(report.lookup.probes)) expect(count, kind).toBeGreaterThan(0);
  });

  it('registers a busy day through the check-in and prints a day of visits whose last row is in the PDF', () => {
    const floor = report.floor;
    if (!floor?.sheet) throw new Error('the floor was not measured');
    expect(floor.registration.checkIns.count).toBe(60);
    expect(floor.registration.mix.returning).toBeGreaterThan(0);
    expect(floor.registration.statusChanges).toBeGreaterThan(0);
    expect(floor.queue.events).toBeGreaterThan(60);
    expect(floor.sheet.rows).toBe(30);
    const pdf = join(dir, 'sheet.pdf');
    writeFileSync(pdf, floor.sheet.pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const last = floor.sheet.lastRow;
    expect(last.no).toBe(30);
    expect(text).toMatch(new RegExp(`\\b30\\s+${last.time}`));
  });

  it('starts the real serve on the office, closed cleanly: answered, checked after start, memory read', () => {
    const serve = report.serveStart;
    if (!serve) throw new Error('serve was not started');
    expect(serve.startsMs).toHaveLength(2);
    expect(serve.cacheDropped).toBe(false);
    expect(serve.startCheckSeconds).not.toBeNull();
    expect(serve.peakRssMb).toBeGreaterThan(0);
    expect(serve.lookups).toBeGreaterThan(0);
  });

  it('writes the machine, the database and every row to the report, and keeps its notes', () => {
    expect(written).toContain(`${report.machine.cores} cores`);
    expect(written).toContain(`Node ${process.version}`);
    expect(written).toContain(`${report.database.visits.toLocaleString('en')} visits`);
    for (const row of report.rows)
      expect(written).toContain(`| ${row.figure.replace(/\|/g, '\\|')} | ${row.frontDesk} |`);
  });
});
