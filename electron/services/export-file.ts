import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import {
  eachClient,
  eachRegistration,
  type ClientExportRow,
  type ExportRange,
  type RegistrationCursor,
} from '../../db/queries/export-rows';
import { getSetting } from '../../db/queries/settings';
import { resolvePolicy } from '../domain/policy';
import { isProtected, protectionEndsAt } from '../domain/ownership/protection';
import { localToEpoch } from '../domain/office-time';
import { maskPhone, normalizePhone } from '../domain/match/phone';
import { CLIENT_COLUMNS, REGISTRATION_COLUMNS, type ClientSheetRow, type ExportLang } from './export-columns';
import { createCsvSink } from './export-csv';
import type { ExportSink, SheetSpec } from './export-sink';
import { createXlsxSink } from './export-xlsx';

export type ExportWhat = 'registrations' | 'clients';
export type ExportFormat = 'xlsx' | 'csv';

export interface ExportRequest {
  what: ExportWhat;
  format: ExportFormat;
  /** Office days, inclusive. */
  from: string;
  to: string;
  lang: ExportLang;
  /** Whole phone numbers in the file (包含完整电话); otherwise 138****5678, as every screen shows them. */
  fullPhones: boolean;
}

export interface ExportedFile {
  path: string;
  fileName: string;
  contentType: string;
  rows: number;
}

/** Rows per page: a page is one synchronous slice of work (a few tens of milliseconds), then the loop turns. */
export const EXPORT_PAGE_ROWS = 500;
/** Exports hold names, and whole phone numbers when asked: they are removed from the data folder once nobody can download them. */
const KEEP_EXPORTS_MS = 60 * 60_000;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};
const TITLES: Record<ExportWhat, { zh: string; en: string }> = {
  registrations: { zh: '来访登记', en: 'registrations' },
  clients: { zh: '客户档案', en: 'clients' },
};

/** A phone as typed at the desk, masked as the screens show it (PIPL). */
const masked = (phone: string | null) => (phone === null ? null : maskPhone(normalizePhone(phone) ?? phone));

/** Lets the event loop turn: the kiosk's window and its other calls run between pages. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function exportFileName(req: ExportRequest): string {
  const title = TITLES[req.what];
  return req.lang === 'en'
    ? `${title.en}_${req.from}_to_${req.to}.${req.format}`
    : `${title.zh}_${req.from}至${req.to}.${req.format}`;
}

async function sweepOldExports(dir: string, now: number): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > KEEP_EXPORTS_MS) await rm(path, { force: true });
  }
}

/** Pages the rows into the sink, letting the loop turn between pages; the number of rows written. */
async function stream<R, C>(
  sink: ExportSink<R>,
  page: (after: C | null, onRow: (row: R) => void) => C | null,
): Promise<number> {
  try {
    let rows = 0;
    let after: C | null = null;
    do {
      after = page(after, (row) => {
        sink.add(row);
        rows++;
      });
      await sink.settle();
      await nextTurn();
    } while (after !== null);
    await sink.finish();
    return rows;
  } catch (err) {
    await sink.abort();
    throw err;
  }
}

/**
 * Writes registrations (every visit in the range) or clients (everyone who came in the range) to an
 * XLSX or CSV file under `<dataDir>/exports/`. It streams: a page of rows at a time from the
 * database into the file, the event loop turning between pages, so a range of 100,000 visits never
 * freezes the kiosk (its backend shares the window's process) nor holds the database.
 */
export async function writeExport(
  db: Database,
  dataDir: string,
  req: ExportRequest,
  now: number,
): Promise<ExportedFile> {
  const timeZone = getSetting(db, 'timeZone');
  const range: ExportRange = {
    from: req.from,
    to: req.to,
    fromAt: localToEpoch(req.from, 0, timeZone),
    // Midnight after the last day (Date.UTC carries hour 24 into the next day).
    untilAt: localToEpoch(req.to, 24 * 60, timeZone),
  };
  const dir = join(dataDir, 'exports');
  await mkdir(dir, { recursive: true });
  await sweepOldExports(dir, now);
  const path = join(dir, `${randomUUID()}.${req.format}`);
  const spec = { path, title: TITLES[req.what][req.lang === 'en' ? 'en' : 'zh'], lang: req.lang, timeZone };
  const sinkFor = <R>(sheet: SheetSpec<R>) => (req.format === 'xlsx' ? createXlsxSink(sheet) : createCsvSink(sheet));
  const policy = resolvePolicy(getSetting(db, 'policy'));
  const withProtection = (c: ClientExportRow): ClientSheetRow => ({
    ...c,
    phones: req.fullPhones ? c.phones : c.phones.map(maskPhone),
    protectedUntil: c.owner === null ? null : protectionEndsAt(c, policy),
    isProtected: c.owner !== null && isProtected(c, now, policy),
  });
  try {
    const rows =
      req.what === 'registrations'
        ? await stream(sinkFor({ ...spec, columns: REGISTRATION_COLUMNS }), (after: RegistrationCursor | null, onRow) =>
            eachRegistration(db, range, after, EXPORT_PAGE_ROWS, (r) =>
              onRow(req.fullPhones ? r : { ...r, phone: masked(r.phone) }),
            ),
          )
        : await stream(sinkFor({ ...spec, columns: CLIENT_COLUMNS }), (after: number | null, onRow) =>
            eachClient(db, range, after, EXPORT_PAGE_ROWS, (c) => onRow(withProtection(c))),
          );
    return { path, fileName: exportFileName(req), contentType: CONTENT_TYPES[req.format], rows };
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
}
