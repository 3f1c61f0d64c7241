import type { OfficeSize } from '../../db/queries/bench-probes';
import type { FloorFigures } from './floor-bench';
import { floorText } from './floor-report';
import { ms, pair, verdict } from './format';
import { TYPING_KINDS, TYPING_LABELS } from './keystrokes';
import type { LookupFigures } from './lookup-bench';
import type { Machine } from './machine';
import type { ServeStartFigures } from './serve-start';
import { serveStartText } from './serve-start-report';
import { PROBE_KINDS, PROBE_LABELS } from './probes';
import { Timings } from './stats';

/** Issue 7's targets for the figures measured so far. */
export const TARGETS = { keystrokeP99Ms: 10, speedup: 20 } as const;

export interface Row {
  id: string;
  /** Which table of docs/benchmarks.md the row is in. */
  table: 'lookup' | 'floor' | 'process';
  figure: string;
  frontDesk: string;
  baseline: string;
  target: string;
  verdict: 'met' | 'missed' | '';
  /** The measured values in the row, for checks that every figure is a number. */
  numbers: number[];
}

export interface BenchReport {
  date: string;
  machine: Machine;
  database: OfficeSize & { path: string; bytes: number; openMs: number; seeded: boolean };
  lookup: LookupFigures;
  floor: FloorFigures;
  /** Null when no bundled `serve` was given (the smoke test from the sources). */
  serveStart: ServeStartFigures | null;
  rows: Row[];
}

const percent = (found: number, of: number) => (of === 0 ? Number.NaN : (100 * found) / of);

export function lookupRows(f: LookupFigures): Row[] {
  const rows: Row[] = TYPING_KINDS.map((kind) => {
    const ours = f.typing.frontDesk[kind];
    const theirs = f.typing.baseline[kind];
    return {
      id: `typing.${kind}`,
      table: 'lookup',
      figure: `lookup per keystroke: ${TYPING_LABELS[kind]} (${ours.count} keystrokes)`,
      frontDesk: pair(ours),
      baseline: pair(theirs),
      target: `p99 ≤ ${TARGETS.keystrokeP99Ms} ms`,
      verdict: verdict(ours.percentile(0.99) <= TARGETS.keystrokeP99Ms),
      numbers: [ours.percentile(0.5), ours.percentile(0.99), theirs.percentile(0.5), theirs.percentile(0.99)],
    };
  });
  const ours = Timings.merge(TYPING_KINDS.map((k) => f.typing.frontDesk[k]));
  const theirs = Timings.merge(TYPING_KINDS.map((k) => f.typing.baseline[k]));
  const p50 = theirs.percentile(0.5) / ours.percentile(0.5);
  const p99 = theirs.percentile(0.99) / ours.percentile(0.99);
  rows.push(
    {
      id: 'typing.all',
      table: 'lookup',
      figure: `lookup per keystroke: all of the above (${ours.count} keystrokes)`,
      frontDesk: pair(ours),
      baseline: pair(theirs),
      target: `p99 ≤ ${TARGETS.keystrokeP99Ms} ms`,
      verdict: verdict(ours.percentile(0.99) <= TARGETS.keystrokeP99Ms),
      numbers: [ours.percentile(0.5), ours.percentile(0.99), theirs.percentile(0.5), theirs.percentile(0.99)],
    },
    {
      id: 'speedup',
      table: 'lookup',
      figure: 'how many times faster than the baseline (all keystrokes)',
      frontDesk: `${p50.toFixed(1)}× at p50 · ${p99.toFixed(1)}× at p99`,
      baseline: '1×',
      target: `≥ ${TARGETS.speedup}×`,
      verdict: verdict(Math.min(p50, p99) >= TARGETS.speedup),
      numbers: [p50, p99],
    },
  );
  for (const kind of PROBE_KINDS) {
    const of = f.probes[kind];
    const ourRecall = percent(f.recall.frontDesk[kind], of);
    const theirRecall = percent(f.recall.baseline[kind], of);
    rows.push({
      id: `recall.${kind}`,
      table: 'lookup',
      figure: `recall: ${PROBE_LABELS[kind]} (${of} probes)`,
      frontDesk: `${ourRecall.toFixed(1)}% (${f.recall.frontDesk[kind]})`,
      baseline: `${theirRecall.toFixed(1)}% (${f.recall.baseline[kind]})`,
      target: '≥ the baseline',
      verdict: verdict(ourRecall >= theirRecall),
      numbers: [ourRecall, theirRecall],
    });
  }
  rows.push({
    id: 'baseline.index',
    table: 'lookup',
    figure: `baseline's in-memory index over ${f.baseline.clients} clients: build time, memory`,
    frontDesk: 'none in memory (client_keys on disk)',
    baseline: `${ms(f.baseline.buildMs)} ms · ${f.baseline.memoryMb.toFixed(0)} MB`,
    target: '',
    verdict: '',
    numbers: [f.baseline.buildMs, f.baseline.memoryMb],
  });
  return rows;
}

const MB = 1024 * 1024;

/** The table as the terminal shows it. */
export function textTable(report: BenchReport): string {
  const header = ['figure', 'Front Desk', 'fuse.js baseline', 'target', ''];
  const body = report.rows.map((r) => [r.figure, r.frontDesk, r.baseline, r.target, r.verdict]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const d = report.database;
  return [
    `${d.visits} visits, ${d.clients} clients, ${(d.bytes / MB).toFixed(1)} MB; opened in ${ms(d.openMs)} ms`,
    line(header),
    ...body.map(line),
  ].join('\n');
}

/** Where the hand-written part of docs/benchmarks.md begins: what was tried and found, kept across runs. */
export const NOTES_HEADING = '## Notes';

/**
 * docs/benchmarks.md: the machine, the date, the database and every figure against its target, then the notes
 * of the file being replaced (`previous`), which a run never rewrites.
 */
export function markdown(report: BenchReport, previous = ''): string {
  const notesAt = previous.indexOf(`\n${NOTES_HEADING}\n`);
  const notes = notesAt === -1 ? '' : `\n${previous.slice(notesAt + 1)}`;
  const m = report.machine;
  const d = report.database;
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lookupTable = report.rows.filter((r) => r.table === 'lookup');
  const floorTable = report.rows.filter((r) => r.table === 'floor');
  const processTable = report.rows.filter((r) => r.table === 'process');
  return `# Benchmarks (issue 7)

Written by \`npm run bench\` (electron/bench/) — run it again rather than editing the figures by hand; the
section ${NOTES_HEADING.slice(3)} at the end is kept from run to run.

- **Date:** ${report.date}
- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; Node ${m.node}; ${m.os}
- **Database:** ${d.seeded ? 'a small office seeded for this run (`seedOffice`, seed `bench`)' : `\`${d.path}\``} —
  ${d.visits.toLocaleString('en')} visits, ${d.clients.toLocaleString('en')} clients, ${(d.bytes / MB).toFixed(1)} MB on disk
  (file and WAL)${d.seeded ? '' : ', measured on a copy (the day on the floor writes into it)'}; opening it the
  app's way (\`openDatabase\`: migrations; its \`quick_check\` runs after start, see below) took ${ms(d.openMs)} ms.

## Live candidate lookup

Both lookups get the same queries: sampled clients (every k-th client id, ${report.lookup.typedClients} of them)
typed the way the receptionist types them, one query per keystroke, and the same labelled probes.

- **Front Desk** is the real backend: \`createBackend\` on the opened database and the check-in screen's
  \`findCandidates\` API call (validation, the \`client_keys\` index, ranking, the cards), at most 8 candidates.
- **fuse.js baseline** is what a developer writes first: every client in memory with its name, full pinyin and
  initials (pinyin-pro) and phones, one fuse.js search per keystroke (defaults but \`ignoreLocation\`), the
  best 8 results.
- Each lookup types three clients unmeasured first (the pinyin tables, the page cache, the JIT).
- **Recall** of a probe kind: the share of its probes whose true client records were all among the candidates
  returned. The truth is in the seeded data (docs/seed.md): a visit typed with another name than its client's is
  a homophone typed as heard (probe: that name and the client's last 4 digits); a phone shared by several
  clients is a household (probe: the phone alone, every member expected); a sampled client's phone written
  with spaces or +86 and dashes; a sampled client's last 4 digits and surname.

| figure | Front Desk | fuse.js baseline | target | |
| --- | --- | --- | --- | --- |
${lookupTable.map((r) => `| ${[r.figure, r.frontDesk, r.baseline, r.target, r.verdict].map(cell).join(' | ')} |`).join('\n')}

## A day on the floor: registration, the queue, the daily sheet

${floorText(report.floor)}

| figure | Front Desk | target | |
| --- | --- | --- | --- |
${floorTable.map((r) => `| ${[r.figure, r.frontDesk, r.target, r.verdict].map(cell).join(' | ')} |`).join('\n')}

## The backend process: start, memory, size

${serveStartText(report.serveStart)}

| figure | Front Desk | target | |
| --- | --- | --- | --- |
${processTable.map((r) => `| ${[r.figure, r.frontDesk, r.target, r.verdict].map(cell).join(' | ')} |`).join('\n')}
${notes}`;
}
