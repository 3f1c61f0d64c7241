import { ARRIVAL_KINDS, type BusyDay } from './busy-day';
import type { FloorFigures } from './floor-bench';
import { ms, pair, verdict } from './format';
import type { Row } from './report';

/** Issue 7's targets for a day on the floor. */
export const FLOOR_TARGETS = { registrationP99Ms: 5, queueMs: 5, sheetMs: 2000 } as const;

const row = (r: Omit<Row, 'table' | 'baseline'>): Row => ({ ...r, table: 'floor', baseline: '' });

export function floorRows(f: FloorFigures): Row[] {
  const { registration: reg, queue: q, sheet } = f;
  const rows: Row[] = [
    row({
      id: 'registration',
      figure: `registration: one check-in, decision + write in one transaction (${reg.checkIns.count} arrivals)`,
      frontDesk: pair(reg.checkIns),
      target: `p99 ≤ ${FLOOR_TARGETS.registrationP99Ms} ms`,
      verdict: verdict(reg.checkIns.percentile(0.99) <= FLOOR_TARGETS.registrationP99Ms),
      numbers: [reg.checkIns.percentile(0.5), reg.checkIns.percentile(0.99)],
    }),
    row({
      id: 'registration.disk',
      figure: `… the disk's own commit beneath it: a bare one-row SQLite commit, WAL + synchronous=FULL, same folder (${f.diskCommit.count} commits)`,
      frontDesk: pair(f.diskCommit),
      target: '',
      verdict: '',
      numbers: [f.diskCommit.percentile(0.5), f.diskCommit.percentile(0.99)],
    }),
    row({
      id: 'queue',
      figure: `queue recomputation from that day's log (${q.events} events): read + fold (${q.readAndFold.count} runs)`,
      frontDesk: pair(q.readAndFold),
      target: `≤ ${FLOOR_TARGETS.queueMs} ms`,
      verdict: verdict(q.readAndFold.percentile(0.99) <= FLOOR_TARGETS.queueMs),
      numbers: [q.readAndFold.percentile(0.5), q.readAndFold.percentile(0.99)],
    }),
    row({
      id: 'queue.fold',
      figure: `… of which the fold alone (foldDay over ${q.events} events in memory)`,
      frontDesk: pair(q.fold),
      target: '',
      verdict: '',
      numbers: [q.fold.percentile(0.5), q.fold.percentile(0.99)],
    }),
    row({
      id: 'board',
      figure: `the board at that day's end (getBoard: the recomputation, names, tags, alerts)`,
      frontDesk: pair(q.board),
      target: '',
      verdict: '',
      numbers: [q.board.percentile(0.5), q.board.percentile(0.99)],
    }),
  ];
  if (!sheet) return rows;
  const size = `${sheet.pages} pages, ${(sheet.bytes / 1024).toFixed(0)} kB`;
  const warmP50 = sheet.warm.percentile(0.5);
  const target = `≤ ${FLOOR_TARGETS.sheetMs / 1000} s`;
  rows.push(
    row({
      id: 'sheet.prepared',
      figure:
        `daily sheet of ${sheet.rows} visits to PDF (${size}): first print, the printer made ready when the ` +
        `supervisor opened the sheet (preparePrinter; ready ${(sheet.readyMs / 1000).toFixed(1)} s after)`,
      frontDesk: `${ms(sheet.preparedMs)} ms`,
      target,
      verdict: verdict(sheet.preparedMs <= FLOOR_TARGETS.sheetMs),
      numbers: [sheet.preparedMs, sheet.readyMs, sheet.pages],
    }),
    row({
      id: 'sheet.cold',
      figure: `… first print with nothing prepared (the CLI's, or a print asked as the sheet opens): browser start included`,
      frontDesk: `${ms(sheet.coldMs)} ms`,
      target,
      verdict: verdict(sheet.coldMs <= FLOOR_TARGETS.sheetMs),
      numbers: [sheet.coldMs],
    }),
    row({
      id: 'sheet.warm',
      figure: `… again, browser kept (${sheet.warm.count} prints)`,
      frontDesk: `p50 ${ms(warmP50)} ms`,
      target,
      verdict: verdict(warmP50 <= FLOOR_TARGETS.sheetMs),
      numbers: [warmP50],
    }),
  );
  return rows;
}

const MIX_LABELS: Record<(typeof ARRIVAL_KINDS)[number], string> = {
  new: 'new walk-ins',
  returning: 'returning clients the desk confirmed by their phone',
  referral: '老带新 referrals naming a client',
  brochure: 'brochure-only (surname only, incomplete)',
  declined: 'declined the notice (anonymous)',
};

function dayText(d: BusyDay): string {
  const mix = ARRIVAL_KINDS.map((k) => `${d.mix[k]} ${MIX_LABELS[k]}`).join(', ');
  return (
    `${d.day}: ${d.checkIns.count} arrivals (${mix}; ${d.mix.named} named a consultant, ${d.mix.appointment} had ` +
    `an appointment) with ${d.consultantsOnDuty} consultants on duty; ${d.statusChanges} receptions ended, ` +
    `${d.acknowledged} alerts acknowledged; ${d.received} received, ${d.stillWaiting} still waiting at the end`
  );
}

/** The explanatory text of the floor's figures in docs/benchmarks.md (the table follows it). */
export function floorText(f: FloorFigures): string {
  const sheet = f.sheet
    ? `printed the way a supervisor meets it: the generated office's admin signs in and calls \`preparePrinter\`, as ` +
      `the daily-sheet tab does on opening (the printer starts Chromium in the background and prints a page in the ` +
      `documents' faces once), and when it is ready the first print is timed, then ${f.sheet.warm.count} more with ` +
      `the browser kept, as \`serve\` keeps it. Beside it, on a printer of its own, a first print with nothing ` +
      `prepared: the CLI's, or a print asked the moment the sheet opens. The PDF's pages are counted with pdf-lib.`
    : 'not printed: no Chromium was found on this machine.';
  return `Two new office days after the history, written into the measured database (the bench's copy) through the
real backend (\`createBackend\` with a clock the bench moves, electron/bench/busy-day.ts), the way the kiosk drives a day: the
supervisor's morning roster (about one consultant in seven off), then visitor groups checked in between 09:00 and
18:00 around a late-morning and an afternoon peak — each as the check-in screen registers one: the lookup of the
name and phone typed, the confirm step's preview of who receives, then the check-in — while receptions end (the
consultant sets themselves available with their PIN, and the rules may hand them a waiting visitor; a reception lasts
long enough to keep about 70% of those on duty busy) and owners acknowledge their 您的客户到访 alerts two minutes after they are raised. Random
choices come from a seeded PRNG: the same office gives the same days.

- **Busy day** ${dayText(f.registration)}.
- **Registration** times each \`checkIn\` API call and nothing else: validation, the ownership decision, the
  rotation (\`settleWaiting\`, \`decide\`), the visit, client, consent, day-log events and alerts in one immediate
  transaction, and the alert announcement after it. Each call folds only the events appended since the previous
  call onto the day kept in memory (electron/services/day-cache.ts), not the whole log. In the day's quiet spells
  (two upkeep rounds without an action on the day's clock) upkeep's checkpoint runs, untimed, as in the kiosk: the
  write-ahead log copied into the file, its own file kept for the next commits.
  Beneath it, the disk's
  own commit: the same number of bare one-row commits with the app's settings in a scratch file beside the
  database — every registration waits for one.
- **Queue recomputation** on that day (${f.queue.events} events), ${f.queue.readAndFold.count} runs of each after
  10 unmeasured, each after an untimed minor garbage collection (a process recomputes the day once, not fifty
  times in a row): reading the day's log from SQLite and folding it (a fresh \`createDayCache().fold\`: the log without
  the reasons kept beside it, \`foldDay\` — the queue order, statuses, waiting visitors and receptions — and the
  waiting visitors' reasons read back) — what a restart, or the first call of a process, recomputes; the fold alone;
  and the board the screens show (\`getBoard\` at 18:00).
- **Daily sheet** of the second day, ${dayText(f.sheetDay)}: \`dailySheetPdf\` with headless Chromium
  (\`createChromiumPrinter\`, as \`saveDailySheetPdf\` and \`npm run cli -- sheet\`), ${sheet}`;
}
