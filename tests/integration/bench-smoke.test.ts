import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBenchOptions, runBench } from '../../electron/bench/bench-command';
import type { BenchReport } from '../../electron/bench/report';

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
];

describe('npm run bench -- --quick', () => {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-bench-test-'));
  let report: BenchReport;
  let written: string;
  beforeAll(() => {
    const out = join(dir, 'benchmarks.md');
    writeFileSync(out, '# Benchmarks\n\nold figures\n\n## Notes\n\nWhat was tried last time.\n');
    report = runBench(readBenchOptions(['--quick', '--out', out]));
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

  it('writes the machine, the database and every row to the report, and keeps its notes', () => {
    expect(written).toContain(`${report.machine.cores} cores`);
    expect(written).toContain(`Node ${process.version}`);
    expect(written).toContain(`${report.database.visits.toLocaleString('en')} visits`);
    for (const row of report.rows)
      expect(written).toContain(`| ${row.figure.replace(/\|/g, '\\|')} | ${row.frontDesk} |`);
  });
});
