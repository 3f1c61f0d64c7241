import { minuteOfDay, officeDay } from '../domain/office-time';
import type { ExportColumn, ExportLang } from './export-columns';

/** Where an export's rows go, one by one; `settle` between pages lets the file catch up. */
export interface ExportSink<R> {
  add(row: R): void;
  settle(): Promise<void>;
  finish(): Promise<void>;
  /** Stops writing after a failure; the caller removes the file. */
  abort(): Promise<void>;
}

export interface SheetSpec<R> {
  path: string;
  /** The worksheet's name (XLSX only). */
  title: string;
  columns: readonly ExportColumn<R>[];
  lang: ExportLang;
  timeZone: string;
}

/**
 * An instant as the office's wall clock, in a Date whose UTC fields are that wall time: a spreadsheet
 * date has no time zone, and 10:30 at the office must read 10:30 on any computer that opens the file.
 */
export function wallClockDate(epochMs: number, timeZone: string): Date {
  const [y, m, d] = officeDay(epochMs, timeZone).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 0, minuteOfDay(epochMs, timeZone)));
}
