import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import {
  findClientByRef,
  findClientIdsByPhone,
  getClientRecord,
  getClientRecords,
  recordClientVisit,
  setClientOwner,
} from '../../db/queries/clients';
import { findActiveByName, insertConsultant } from '../../db/queries/consultants';
import { insertOwnershipChange } from '../../db/queries/ownership-changes';
import { getSetting } from '../../db/queries/settings';
import { insertVisit } from '../../db/queries/visits';
import { compareNames } from '../domain/match/name-compare';
import { nameSound } from '../domain/match/name-keys';
import { normalizePhone } from '../domain/match/phone';
import { officeDay } from '../domain/office-time';
import { reason } from '../domain/reasons';
import { addPhone, createClient } from '../services/client-registry';
import { hashPin } from '../services/pin';
import type { LedgerProblem, LedgerRow } from './ledger-file';

export interface ImportReport {
  rows: number;
  imported: number;
  clientsCreated: number;
  clientsMatched: number;
  consultantsCreated: string[];
  rejected: LedgerProblem[];
  written: boolean;
}

/** A ledger row with its phone normalized, or the problem with it. */
function checkRow(row: LedgerRow): { phone: string } | LedgerProblem {
  const phone = normalizePhone(row.phone);
  return phone === null ? { line: row.line, field: 'phone', message: `电话“${row.phone}”无效` } : { phone };
}

function samePerson(db: Database, phone: string, name: string): number | null {
  const ids = findClientIdsByPhone(db, phone);
  const typed = nameSound(name);
  const match = getClientRecords(db, ids).find((r) => {
    const agreement = compareNames(typed, nameSound(r.name)).kind;
    return agreement === 'same' || agreement === 'sound';
  });
  return match?.id ?? null;
}

/**
 * Brings an existing registration ledger into the office: clients (by their ledger ref, else by
 * phone and the same name), their visits, and their owners — the consultant of the earliest visit,
 * first contact (首接). The ledger is the office's own filed record, so its visits count as
 * registrations. One transaction: with problems and no `skipBad`, nothing at all is written.
 */
export function importLedger(
  db: Database,
  rows: readonly LedgerRow[],
  fileProblems: readonly LedgerProblem[],
  options: { skipBad: boolean; now: number },
): ImportReport {
  const checked = rows.map((row) => ({ row, check: checkRow(row) }));
  const rejected = [...fileProblems, ...checked.flatMap(({ check }) => ('message' in check ? [check] : []))].sort(
    (a, b) => a.line - b.line,
  );
  const good = checked
    .flatMap(({ row, check }) => ('phone' in check ? [{ row, phone: check.phone }] : []))
    .sort((a, b) => a.row.visitedAt - b.row.visitedAt || a.row.line - b.row.line);
  const report: ImportReport = {
    rows: rows.length + new Set(fileProblems.map((p) => p.line)).size,
    imported: 0,
    clientsCreated: 0,
    clientsMatched: 0,
    consultantsCreated: [],
    rejected,
    written: false,
  };
  if (rejected.length > 0 && !options.skipBad) return report;
  if (rejected.some((p) => p.line === 1)) return report;

  const timeZone = getSetting(db, 'timeZone');
  const why = (line: number) => [
    reason('imported', `由登记台账导入(第 ${line} 行)`, `Imported from the ledger (line ${line})`),
  ];
  db.transaction(() => {
    const consultantId = (name: string | null): number | null => {
      if (!name) return null;
      const existing = findActiveByName(db, name);
      if (existing) return existing.id;
      report.consultantsCreated.push(name);
      // An imported consultant cannot sign in until the supervisor sets their PIN.
      return insertConsultant(db, {
        name,
        phone: null,
        role: 'consultant',
        photo: null,
        pinHash: hashPin(randomBytes(16).toString('hex')),
        createdAt: options.now,
      });
    };
    for (const { row, phone } of good) {
      const owner = consultantId(row.consultant);
      let clientId = (row.ref ? findClientByRef(db, row.ref)?.id : undefined) ?? samePerson(db, phone, row.name);
      if (clientId === null) {
        clientId = createClient(db, {
          name: row.name,
          gender: row.gender,
          phone,
          referredBy: null,
          at: row.visitedAt,
          ref: row.ref,
        });
        report.clientsCreated++;
      } else {
        addPhone(db, clientId, phone);
        report.clientsMatched++;
      }
      insertVisit(db, {
        day: officeDay(row.visitedAt, timeZone),
        arrivedAt: row.visitedAt,
        name: row.name,
        phone,
        partySize: 1,
        clientId,
        gender: row.gender,
        needs: { project: null, unitType: row.needs, area: null, budget: null },
        notes: row.ref ? `台账编号 ${row.ref}` : null,
        complete: true,
      });
      recordClientVisit(db, clientId, row.visitedAt);
      const record = getClientRecord(db, clientId);
      if (record && record.ownerId === null && owner !== null) {
        setClientOwner(db, clientId, owner);
        insertOwnershipChange(db, {
          clientId,
          fromId: null,
          toId: owner,
          at: row.visitedAt,
          actorId: null,
          kind: 'import',
          reasons: why(row.line),
        });
      }
      report.imported++;
    }
  }).immediate();
  report.written = true;
  return report;
}
