import { getSetting } from '../../../db/queries/settings';
import { maskPhone } from '../../domain/match/phone';
import { writeExport } from '../../services/export-file';
import { guessMapping, REQUIRED_FIELDS, type LedgerMapping } from '../../services/ledger-fields';
import { appendAudit } from '../../services/audit';
import { importLedger, type ImportReport } from '../../services/ledger-import';
import { mappingProblem, toLedgerRows } from '../../services/ledger-rows';
import { cellText, LedgerFileError, readLedgerTable, type LedgerTable } from '../../services/ledger-table';
import { fail } from '../errors';
import type { ImportPreview } from '../exchange-types';
import { actorOf, type HandlerGroup } from '../handler-types';

/** Lines a preview lists; the counts always cover the whole file. */
const PREVIEW_LINES = 500;
const SAMPLES = 3;

async function tableOf(fileName: string, content: string): Promise<LedgerTable> {
  try {
    return await readLedgerTable(Buffer.from(content, 'base64'), fileName);
  } catch (err) {
    if (err instanceof LedgerFileError) fail('invalid_input', err.message);
    throw err;
  }
}

function previewOf(report: ImportReport): ImportPreview {
  return {
    rows: report.rows,
    imported: report.imported,
    clientsCreated: report.clientsCreated,
    clientsMatched: report.clientsMatched,
    consultantsCreated: report.consultantsCreated,
    rejected: report.rejected.slice(0, PREVIEW_LINES),
    rejectedTotal: report.rejected.length,
    lines: report.lines.slice(0, PREVIEW_LINES).map((l) => ({
      line: l.line,
      outcome: l.outcome,
      name: l.name,
      maskedPhone: maskPhone(l.phone),
      visitedAt: l.visitedAt,
      consultant: l.consultant,
      clientRef: l.client.ref,
      clientName: l.client.name,
      onFile: l.onFile,
    })),
    linesTotal: report.lines.length,
    written: report.written,
  };
}

const describe = (p: { line: number; message: string }) => `第 ${p.line} 行:${p.message}`;

export const exchangeHandlers: HandlerGroup<'exportRecords' | 'readImportFile' | 'previewImport' | 'importLedger'> = (
  deps,
) => {
  /** The file read with the chosen mapping; a mapping that cannot be right is refused before any line. */
  const linesOf = async (input: { fileName: string; content: string; mapping: LedgerMapping }) => {
    const table = await tableOf(input.fileName, input.content);
    const timeZone = getSetting(deps.db, 'timeZone');
    const wrong = mappingProblem(table, input.mapping, timeZone);
    if (wrong) fail('invalid_input', wrong);
    return toLedgerRows(table, input.mapping, timeZone);
  };

  return {
    exportRecords: async (input) => {
      const file = await writeExport(deps.db, deps.dataDir, input, deps.clock.now());
      const ticket = deps.downloads.offer(file);
      return { ticket, fileName: file.fileName, rows: file.rows };
    },

    readImportFile: async (input) => {
      const table = await tableOf(input.fileName, input.content);
      const header = table.rows[0]?.cells.map(cellText) ?? [];
      const body = table.rows.slice(1).filter((r) => r.cells.some((c) => cellText(c) !== ''));
      return {
        fileName: input.fileName,
        kind: table.kind,
        columns: header.map((h, index) => ({
          index,
          header: h,
          samples: body
            .map((r) => cellText(r.cells[index]))
            .filter((v) => v !== '')
            .slice(0, SAMPLES),
        })),
        rows: body.length,
        mapping: guessMapping(header),
        required: [...REQUIRED_FIELDS],
      };
    },

    previewImport: async (input, call) => {
      const { rows, problems } = await linesOf(input);
      const now = deps.clock.now();
      return previewOf(
        importLedger(deps.db, rows, problems, { skipBad: true, dryRun: true, now, actorId: actorOf(call).id }),
      );
    },

    importLedger: async (input, call) => {
      const { rows, problems } = await linesOf(input);
      const now = deps.clock.now();
      const actor = actorOf(call);
      // The import and its audit entry in one transaction: an import refused or rolled back leaves no entry.
      const report = deps.db.transaction(() => {
        const done = importLedger(deps.db, rows, problems, { skipBad: input.skipBad, now, actorId: actor.id });
        if (done.written && done.imported > 0) {
          appendAudit(deps.db, now, actor, {
            action: 'import.ledger',
            // Not the file's name: whoever named it may have put a client's name in it, and this log is never redacted.
            subject: 'import',
            details: {
              imported: done.imported,
              clientsCreated: done.clientsCreated,
              clientsMatched: done.clientsMatched,
              skipped: done.rejected.length,
            },
          });
        }
        return done;
      })();
      if (!report.written) {
        const first = report.rejected.slice(0, 3).map(describe).join(';');
        fail(
          'invalid_input',
          `文件中有 ${report.rejected.length} 行有误,未导入任何数据(${first}${report.rejected.length > 3 ? ' …' : ''})。` +
            '请改正后重新导入,或选择跳过有误的行',
        );
      }
      if (report.imported === 0) fail('invalid_input', '文件中没有可导入的行:每一行都有误,未导入任何数据');
      return previewOf(report);
    },
  };
};
