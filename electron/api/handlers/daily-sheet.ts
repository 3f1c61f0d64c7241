import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countVisitsAfter } from '../../../db/queries/daily-sheet';
import type { Database } from 'better-sqlite3';
import { dailySheetDocument } from '../../documents/daily-sheet';
import { amendedRows } from '../../documents/daily-sheet-model';
import type { Orientation } from '../../documents/page';
import { dailySheet } from '../../services/daily-sheet';
import { amendVisit, closeDay } from '../../services/day-close';
import type { Deps } from '../../services/deps';
import type { PdfPrinter } from '../../services/pdf-printer';
import { dailySheetPdf, dayFileName, monthFileName, monthSheetsPdf, sheetOrientation } from '../../services/sheet-pdf';
import type { DailySheetView, FileOffer } from '../daily-sheet-types';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';

function sheetView(db: Database, day: string, orientation: Orientation): DailySheetView {
  const sheet = dailySheet(db, day);
  return {
    day,
    orientation,
    html: dailySheetDocument(sheet, orientation).html,
    closed: sheet.close,
    rows: amendedRows(sheet.rows, sheet.amendments),
    amendmentCount: sheet.amendments.length,
    unlisted: sheet.close
      ? countVisitsAfter(
          db,
          day,
          sheet.rows.map((r) => r.visitId),
        )
      : 0,
  };
}

function printer(deps: Deps): PdfPrinter {
  return deps.pdf ?? fail('conflict', '本机没有可用的 PDF 打印程序,请改用“打印”');
}

/** Writes the PDF beside the database (prints/) and offers it for download. */
function offer(deps: Deps, pdf: Buffer, fileName: string): FileOffer {
  const dir = join(deps.dataDir, 'prints');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, fileName);
  writeFileSync(path, pdf);
  return { ticket: deps.downloads.offer({ path, fileName, contentType: 'application/pdf' }), fileName };
}

export const dailySheetHandlers: HandlerGroup<
  'getDailySheet' | 'saveDailySheetPdf' | 'closeDay' | 'amendSheetRow' | 'saveMonthSheetsPdf'
> = (deps) => ({
  getDailySheet: (input) => sheetView(deps.db, input.day, sheetOrientation(deps.db, input.orientation)),

  saveDailySheetPdf: async (input) => {
    const pdf = await dailySheetPdf(printer(deps), deps.db, input.day, sheetOrientation(deps.db, input.orientation));
    return offer(deps, pdf, dayFileName(input.day));
  },

  closeDay: (input, call) => {
    closeDay(deps, input.day, actorOf(call));
    return sheetView(deps.db, input.day, sheetOrientation(deps.db));
  },

  amendSheetRow: (input, call) => {
    const day = amendVisit(deps, { visitId: input.visitId, reason: input.note, ...input.changes }, actorOf(call));
    return sheetView(deps.db, day, sheetOrientation(deps.db));
  },

  saveMonthSheetsPdf: async (input) => {
    const made = await monthSheetsPdf(
      printer(deps),
      deps.db,
      input.month,
      sheetOrientation(deps.db, input.orientation),
    );
    if (!made) return fail('not_found', `${input.month} 没有来访登记,也没有日结`);
    return offer(deps, made.pdf, monthFileName(input.month));
  },
});
