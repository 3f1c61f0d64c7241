import ExcelJS from 'exceljs';
import { headerOf } from './export-columns';
import { wallClockDate, type ExportSink, type SheetSpec } from './export-sink';

/** How date cells read in Excel and WPS: a real date, shown as office time to the minute. */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/**
 * A spreadsheet written as it goes (exceljs's streaming writer): each row is committed to the file
 * and forgotten, so 100,000 visits never sit in memory at once. Chinese headers, column widths,
 * the header row frozen and filterable, dates as date cells.
 */
export function createXlsxSink<R>(spec: SheetSpec<R>): ExportSink<R> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: spec.path,
    useStyles: true,
    // Shared strings would be held in memory until the end: inline strings keep the writer streaming.
    useSharedStrings: false,
  });
  book.creator = 'Front Desk 案场前台';
  const sheet = book.addWorksheet(spec.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c, i) => ({
    header: headerOf(c, spec.lang),
    key: String(i),
    width: c.width,
    style: c.kind === 'datetime' ? { numFmt: DATE_TIME_FORMAT } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };

  return {
    add(row) {
      const values = spec.columns.map((c) => {
        const v = c.value(row, spec.lang);
        return c.kind === 'datetime' && typeof v === 'number' ? wallClockDate(v, spec.timeZone) : v;
      });
      sheet.addRow(values).commit();
    },
    // The writer flushes to the file on its own as the event loop turns.
    settle: () => Promise.resolve(),
    async finish() {
      sheet.commit();
      await book.commit();
    },
    async abort() {
      sheet.commit();
      await book.commit().catch(() => undefined);
    },
  };
}
