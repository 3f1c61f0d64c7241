import type { Database } from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import type { SheetRow } from '../documents/daily-sheet-model';
import { createChromiumPrinter } from '../print/chromium-printer';
import { dailySheet } from '../services/daily-sheet';
import { dailySheetPdf, sheetOrientation } from '../services/sheet-pdf';
import { Timings } from './stats';

export interface SheetFigures {
  day: string;
  rows: number;
  /** The first print: Chromium's start, the page and the PDF. */
  firstMs: number;
  /** The prints after it, the browser kept (as `serve` keeps it). */
  warm: Timings;
  pages: number;
  bytes: number;
  /** The last row on the sheet, to find in the PDF's text. */
  lastRow: SheetRow;
  /** The last PDF printed. */
  pdf: Buffer;
}

/**
 * The daily sheet of `day` to PDF the way `saveDailySheetPdf` and `npm run cli -- sheet` make it: the sheet read
 * from the database, the template, headless Chromium (electron/print/chromium-printer.ts). The first print starts
 * the browser; `warmRuns` more reuse it. Throws NoChromiumError when no Chromium is installed.
 */
export async function benchSheet(db: Database, day: string, warmRuns: number): Promise<SheetFigures> {
  const sheet = dailySheet(db, day);
  const lastRow = sheet.rows.at(-1);
  if (!lastRow) throw new Error(`no visits on ${day}`);
  const orientation = sheetOrientation(db);
  const printer = createChromiumPrinter();
  try {
    const started = performance.now();
    let pdf = await dailySheetPdf(printer, db, day, orientation);
    const firstMs = performance.now() - started;
    const warm = new Timings();
    for (let i = 0; i < warmRuns; i++) {
      const t = performance.now();
      pdf = await dailySheetPdf(printer, db, day, orientation);
      warm.record(performance.now() - t);
    }
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    return { day, rows: sheet.rows.length, firstMs, warm, pages, bytes: pdf.length, lastRow, pdf };
  } finally {
    await printer.close();
  }
}
