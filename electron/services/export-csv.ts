import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { formatClock, officeDay } from '../domain/office-time';
import { headerOf } from './export-columns';
import type { ExportSink, SheetSpec } from './export-sink';

/**
 * A cell as Excel reads CSV: quoted when it holds a comma, a quote or a line break (quotes doubled).
 * Text that Excel would run as a formula (= + - @ first, OWASP's CSV injection list) gets a leading
 * apostrophe: a note typed at the desk is never executed on the office's computer.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;

/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel opens UTF-8 as GBK on a Chinese
 * Windows and every name is garbled), CRLF line ends, dates as office time `YYYY-MM-DD HH:mm`.
 */
export function createCsvSink<R>(spec: SheetSpec<R>): ExportSink<R> {
  const out = createWriteStream(spec.path, { encoding: 'utf8' });
  let failure: Error | null = null;
  out.on('error', (err) => (failure = err));
  out.write(`\uFEFF${csvLine(spec.columns.map((c) => headerOf(c, spec.lang)))}`);
  const time = (t: number) => `${officeDay(t, spec.timeZone)} ${formatClock(t, spec.timeZone)}`;

  return {
    add(row) {
      out.write(
        csvLine(
          spec.columns.map((c) => {
            const v = c.value(row, spec.lang);
            return c.kind === 'datetime' && typeof v === 'number' ? time(v) : v;
          }),
        ),
      );
    },
    async settle() {
      if (failure) throw failure;
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async finish() {
      if (failure) throw failure;
      out.end();
      await once(out, 'close');
    },
    async abort() {
      if (out.closed) return;
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    },
  };
}
