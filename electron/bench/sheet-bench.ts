import type { Database } from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import type { MethodResult } from '../api/contract';
import { SEED_PIN } from '../cli/seed-command';
import type { SheetRow } from '../documents/daily-sheet-model';
import { createChromiumPrinter } from '../print/chromium-printer';
import { createBackend } from '../services/backend';
import { dailySheet } from '../services/daily-sheet';
import type { PdfPrinter } from '../services/pdf-printer';
import { dailySheetPdf, sheetOrientation } from '../services/sheet-pdf';
import { SEEDED_ADMIN_ID } from './busy-day';
import { Timings } from './stats';

export interface SheetFigures {
  day: string;
  rows: number;
  /** The first print after the daily-sheet tab got the printer ready (`preparePrinter`): what a supervisor waits. */
  preparedMs: number;
  /** From `preparePrinter` to the printer ready: the time a supervisor's first look at the preview covers. */
  readyMs: number;
  /** The first print of a printer nobody prepared: Chromium's start, the page, its fonts and the PDF. */
  coldMs: number;
  /** The prints after the first, the browser kept (as `serve` keeps it). */
  warm: Timings;
  pages: number;
  bytes: number;
  /** The last row on the sheet, to find in the PDF's text. */
  lastRow: SheetRow;
  /** The last PDF printed. */
  pdf: Buffer;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** With a fresh printer, closed after. */
async function withPrinter<T>(work: (printer: PdfPrinter) => Promise<T>): Promise<T> {
  const printer = createChromiumPrinter();
  try {
    return await work(printer);
  } finally {
    await printer.close();
  }
}

/**
 * The printer made ready as the daily-sheet tab makes it ready: the generated office's admin signs in and calls
 * `preparePrinter`, which answers at once; resolves when the printer is ready, with the milliseconds since the call.
 */
async function prepareAsTheTabDoes(db: Database, printer: PdfPrinter): Promise<number> {
  const backend = createBackend(db, undefined, { pdf: printer });
  const signedIn = backend.dispatch('signIn', { consultantId: SEEDED_ADMIN_ID, pin: SEED_PIN });
  if (signedIn instanceof Promise || !signedIn.ok) throw new Error('the sheet bench needs a generated office');
  const { token } = signedIn.value as MethodResult<'signIn'>;
  const started = performance.now();
  const prepared = backend.dispatch('preparePrinter', { token });
  if (prepared instanceof Promise || !prepared.ok) throw new Error('preparePrinter was refused');
  // Idempotent: this joins the preparation the call started, and settles when it does.
  await printer.prepare();
  const readyMs = performance.now() - started;
  const signedOut = backend.dispatch('signOut', { token });
  if (signedOut instanceof Promise || !signedOut.ok) throw new Error('signOut failed');
  return readyMs;
}

/**
 * The daily sheet of `day` to PDF the way `saveDailySheetPdf` and `npm run cli -- sheet` make it: the sheet read
 * from the database, the template, headless Chromium (electron/print/chromium-printer.ts). Three ways: the first
 * print after the printer was prepared as the daily-sheet tab prepares it, then `warmRuns` more on the same browser;
 * and, on a printer of its own, a first print with nothing started before it — the CLI's, or a print asked the
 * moment the tab opens. Throws NoChromiumError when no Chromium is installed.
 */
export async function benchSheet(db: Database, day: string, warmRuns: number): Promise<SheetFigures> {
  const sheet = dailySheet(db, day);
  const lastRow = sheet.rows.at(-1);
  if (!lastRow) throw new Error(`no visits on ${day}`);
  const orientation = sheetOrientation(db);
  const print = (printer: PdfPrinter) => dailySheetPdf(printer, db, day, orientation);

  const [, coldMs] = await withPrinter((printer) => timed(() => print(printer)));
  return withPrinter(async (printer) => {
    const readyMs = await prepareAsTheTabDoes(db, printer);
    const [first, preparedMs] = await timed(() => print(printer));
    let pdf = first;
    const warm = new Timings();
    for (let i = 0; i < warmRuns; i++) {
      const [again, ms] = await timed(() => print(printer));
      pdf = again;
      warm.record(ms);
    }
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    return { day, rows: sheet.rows.length, preparedMs, readyMs, coldMs, warm, pages, bytes: pdf.length, lastRow, pdf };
  });
}
