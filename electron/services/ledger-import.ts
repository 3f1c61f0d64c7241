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
import { hasVisitAt } from '../../db/queries/ledger-import';
import { insertOwnershipChange } from '../../db/queries/ownership-changes';
import { getSetting } from '../../db/queries/settings';
import { insertVisit } from '../../db/queries/visits';
import { compareNames } from '../domain/match/name-compare';
import { nameSound } from '../domain/match/name-keys';
import { normalizePhone } from '../domain/match/phone';
import { formatClock, officeDay } from '../domain/office-time';
import { reason } from '../domain/reasons';
import { addPhone, createClient } from './client-registry';
import type { LedgerProblem, LedgerRow } from './ledger-rows';
import { hashPin } from './pin';

/** Where one good line of the ledger goes: a new client, or one already known. */
export interface ImportLine {
  line: number;
  outcome: 'created' | 'matched';
  name: string;
  /** Normalized. */
  phone: string;
  visitedAt: number;
  consultant: string | null;
  client: { ref: string; name: string };
  /** Matched a client on file before this import (not one an earlier line created). */
  onFile: boolean;
}

export interface ImportReport {
  rows: number;
  imported: number;
  clientsCreated: number;
  clientsMatched: number;
  consultantsCreated: string[];
  rejected: LedgerProblem[];
  /** Every imported line, in the file's order. */
  lines: ImportLine[];
  written: boolean;
}

export interface ImportOptions {
  /** Import the good lines and report the bad ones; without it one bad line stops the whole file. */
  skipBad: boolean;
  now: number;
  /** Who imported (the supervisor at the import screen); null from the command line. */
  actorId?: number | null;
  /** Run the import and roll it back: the report says exactly what the real one would do. */
  dryRun?: boolean;
}

/** Thrown inside the transaction to undo it: a dry run, or a bad line without skipBad. */
class Rollback extends Error {}

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
 * registrations. A line whose visit is already on file (the same client at the same minute) is
 * rejected, so importing a file twice adds nothing. One transaction: with problems and no `skipBad`,
 * nothing at all is written; a dry run is the same import rolled back, so its preview cannot differ
 * from what the import then does.
 */
export function importLedger(
  db: Database,
  rows: readonly LedgerRow[],
  fileProblems: readonly LedgerProblem[],
  options: ImportOptions,
): ImportReport {
  const rejected: LedgerProblem[] = [...fileProblems];
  const good: { row: LedgerRow; phone: string }[] = [];
  for (const row of rows) {
    const phone = normalizePhone(row.phone);
    if (phone === null) rejected.push({ line: row.line, field: 'phone', message: `电话“${row.phone}”无效` });
    else good.push({ row, phone });
  }
  good.sort((a, b) => a.row.visitedAt - b.row.visitedAt || a.row.line - b.row.line);
  const report: ImportReport = {
    rows: rows.length + new Set(fileProblems.map((p) => p.line)).size,
    imported: 0,
    clientsCreated: 0,
    clientsMatched: 0,
    consultantsCreated: [],
    rejected,
    lines: [],
    written: false,
  };
  const byLine = () => rejected.sort((a, b) => a.line - b.line);
  // A problem with the header leaves no line to import.
  if (rejected.some((p) => p.line === 1)) return (byLine(), report);

  const timeZone = getSetting(db, 'timeZone');
  const why = (line: number) => [
    reason('imported', `由登记台账导入(第 ${line} 行)`, `Imported from the ledger (line ${line})`),
  ];
  const createdHere = new Set<number>();
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
  try {
    db.transaction(() => {
      for (const { row, phone } of good) {
        let clientId = (row.ref ? findClientByRef(db, row.ref)?.id : undefined) ?? samePerson(db, phone, row.name);
        if (clientId !== null && hasVisitAt(db, clientId, row.visitedAt)) {
          const when = `${officeDay(row.visitedAt, timeZone)} ${formatClock(row.visitedAt, timeZone)}`;
          rejected.push({
            line: row.line,
            field: 'visitedAt',
            message: `${row.name} ${when} 的来访已在系统中(重复导入)`,
          });
          continue;
        }
        const owner = consultantId(row.consultant);
        const onFile = clientId !== null && !createdHere.has(clientId);
        const outcome = clientId === null ? 'created' : 'matched';
        if (clientId === null) {
          clientId = createClient(db, {
            name: row.name,
            gender: row.gender,
            phone,
            referredBy: null,
            at: row.visitedAt,
            ref: row.ref,
          });
          createdHere.add(clientId);
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
            actorId: options.actorId ?? null,
            kind: 'import',
            reasons: why(row.line),
          });
        }
        report.imported++;
        report.lines.push({
          line: row.line,
          outcome,
          name: row.name,
          phone,
          visitedAt: row.visitedAt,
          consultant: row.consultant,
          client: { ref: record?.ref ?? '', name: record?.name ?? row.name },
          onFile,
        });
      }
      if (options.dryRun || (rejected.length > 0 && !options.skipBad)) throw new Rollback('import rolled back');
    }).immediate();
    report.written = true;
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  byLine();
  report.lines.sort((a, b) => a.line - b.line);
  return report;
}
