import type { Database } from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { sheetDaysOfMonth } from '../../db/queries/daily-sheet';
import { getSetting } from '../../db/queries/settings';
import { dailySheetDocument } from '../documents/daily-sheet';
import type { Orientation } from '../documents/page';
import { dailySheet } from './daily-sheet';
import { printDocument, type PdfPrinter } from './pdf-printer';

/** The orientation asked for, or the office's setting. */
export const sheetOrientation = (db: Database, asked?: Orientation | null): Orientation =>
  asked ?? getSetting(db, 'sheetOrientation');

export function dailySheetPdf(
  printer: PdfPrinter,
  db: Database,
  day: string,
  orientation: Orientation,
): Promise<Buffer> {
  return printDocument(printer, dailySheetDocument(dailySheet(db, day), orientation));
}

/**
 * A month's sheets as one PDF for the archive: each day with a visit or a close, printed on its own
 * (its own foot, fingerprint and page numbers), joined in date order. Null for a month with none.
 */
export async function monthSheetsPdf(
  printer: PdfPrinter,
  db: Database,
  month: string,
  orientation: Orientation,
): Promise<{ pdf: Buffer; days: string[] } | null> {
  const days = sheetDaysOfMonth(db, month);
  if (days.length === 0) return null;
  const archive = await PDFDocument.create();
  archive.setTitle(`来访客户登记表 ${month}`);
  for (const day of days) {
    const one = await PDFDocument.load(await dailySheetPdf(printer, db, day, orientation));
    for (const p of await archive.copyPages(one, one.getPageIndices())) archive.addPage(p);
  }
  return { pdf: Buffer.from(await archive.save()), days };
}

export const dayFileName = (day: string) => `来访客户登记表-${day}.pdf`;
export const monthFileName = (month: string) => `来访客户登记表-${month}.pdf`;
