import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import {
  listAmendmentsOfVisits,
  listClosedSnapshots,
  listFollowUpsOf,
  listOwnershipOf,
  listPersonClients,
  listPersonVisits,
  listPhonesOf,
  listRulingsOf,
  listSalesOf,
} from '../../db/queries/person-data';
import { getSetting } from '../../db/queries/settings';
import type { SheetSnapshot } from '../documents/daily-sheet-model';
import { officeStamp } from './daily-sheet';
import type { DownloadFile } from './downloads';
import type { PersonTarget } from './find-person';

/** Exports hold a person's data whole: they live here only until downloaded (see clearPersonExports). */
const FOLDER = 'person-exports';

const parsed = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));

/**
 * 导出 (PIPL art. 45, the right to a copy): everything held about the person, readable JSON. Their own
 * registrations in full; of other visitors' registrations that named them as referrer, only the day and
 * what was typed about them — the rest is another person's data.
 */
export function personExport(db: Database, phone: string, target: PersonTarget, now: number) {
  const stamp = (at: number | null) => (at === null ? null : officeStamp(db, at));
  const { clientIds, visitIds } = target;
  const phones = listPhonesOf(db, clientIds);
  const followUps = listFollowUpsOf(db, clientIds);
  const ownership = listOwnershipOf(db, clientIds);
  const sales = listSalesOf(db, clientIds);
  const rulings = listRulingsOf(db, clientIds);
  const visits = listPersonVisits(db, visitIds);
  const own = new Set(visitIds);
  const days = [...new Set(visits.map((v) => v.day))];
  return {
    exportedAt: stamp(now),
    office: getSetting(db, 'officeName'),
    phone,
    clients: listPersonClients(db, clientIds).map((c) => ({
      ref: c.ref,
      name: c.name,
      gender: c.gender,
      phones: phones.filter((p) => p.clientId === c.id).map((p) => p.phone),
      owner: c.ownerName,
      referredBy: c.referredByRef,
      firstVisit: stamp(c.firstVisitAt),
      lastVisit: stamp(c.lastVisitAt),
      lastFollowUp: stamp(c.lastFollowUpAt),
      recordCreated: stamp(c.createdAt),
      followUps: followUps
        .filter((f) => f.clientId === c.id)
        .map(({ clientId: _, at, ...f }) => ({ at: stamp(at), ...f })),
      ownership: ownership
        .filter((o) => o.clientId === c.id)
        .map(({ clientId: _, at, ...o }) => ({ at: stamp(at), ...o })),
      sales: sales.filter((s) => s.clientId === c.id).map(({ clientId: _, id: __, ...s }) => s),
      rulings: rulings
        .filter((r) => r.clientId === c.id)
        .map((r) => ({ ruling: r.id, kind: r.kind, action: r.action, decidedAt: stamp(r.decidedAt) })),
    })),
    registrations: visits.map((v) => ({
      day: v.day,
      arrivedAt: stamp(v.arrivedAt),
      clientRef: listPersonClients(db, v.clientId === null ? [] : [v.clientId])[0]?.ref ?? null,
      name: v.name,
      gender: v.gender,
      phone: v.phone,
      partySize: v.partySize,
      channel: v.channel,
      intent: v.intent,
      needs: parsed(v.needs),
      party: parsed(v.party),
      answers: parsed(v.answers),
      notes: v.notes,
      complete: v.complete === 1,
    })),
    closedSheetRows: listClosedSnapshots(db, days).flatMap((c) =>
      (JSON.parse(c.snapshot) as SheetSnapshot).rows
        .filter((r) => own.has(r.visitId))
        .map((row) => ({ day: c.day, row })),
    ),
    sheetCorrections: listAmendmentsOfVisits(db, visitIds).map((a) => ({
      day: a.day,
      at: stamp(a.at),
      reason: a.reason,
      changes: parsed(a.changes),
    })),
    namedAsReferrer: listPersonVisits(db, target.referralVisitIds).map((v) => {
      const answers = parsed(v.answers) as { referredBy?: unknown } | null;
      return { day: v.day, referredBy: answers?.referredBy ?? null };
    }),
  };
}

/** Writes the export under <dataDir>/person-exports, named by the time only: the phone stays out of file names. */
export async function writePersonExport(
  db: Database,
  dataDir: string,
  phone: string,
  target: PersonTarget,
  now: number,
): Promise<DownloadFile> {
  const dir = join(dataDir, FOLDER);
  mkdirSync(dir, { recursive: true });
  const stamp = officeStamp(db, now).replace(/[-: ]/g, '');
  // A suffix, so two exports in one minute never share a file.
  const fileName = `个人信息导出-${stamp}-${randomBytes(2).toString('hex')}.json`;
  const path = join(dir, fileName);
  await writeFile(path, `${JSON.stringify(personExport(db, phone, target, now), null, 2)}\n`, 'utf8');
  return { path, fileName, contentType: 'application/json; charset=utf-8' };
}

/**
 * Removes exports written before `olderThan` (all of them when omitted): an erasure takes every copy
 * with it, and the daily purge takes those whose download has lapsed.
 */
export function clearPersonExports(dataDir: string, olderThan?: number): number {
  const dir = join(dataDir, FOLDER);
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return 0;
  }
  const old = files.filter((f) => olderThan === undefined || statSync(join(dir, f)).mtimeMs < olderThan);
  for (const f of old) rmSync(join(dir, f), { force: true });
  return old.length;
}
