import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { openDatabase, type Database } from '../../db/connection';
import { getSetting } from '../../db/queries/settings';
import { defaultDbPath } from '../data-location';
import { parseArgs } from './args';
import { appendAudit } from '../services/audit';
import { importLedger } from '../services/ledger-import';
import { readLedger } from './ledger-file';
import { matchLine } from './match-lines';

/**
 * `writes`: the command writes into the office's file, and no check after start follows as in the app: quick_check
 * runs first (a minute on a million-visit office), so an import never lands in a damaged file.
 */
function openOfficeDb(options: Map<string, string | true>, writes: boolean): Database {
  const given = options.get('db');
  const path = typeof given === 'string' ? resolve(given) : defaultDbPath();
  mkdirSync(dirname(path), { recursive: true });
  return openDatabase(path, writes ? { quickCheck: true } : {});
}

/** `import FILE [--db PATH] [--skip-bad]`: a CSV or XLSX registration ledger into clients and visits. */
export async function importCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, { values: ['db'], flags: ['skip-bad'] });
  const [file] = positional;
  if (!file || positional.length > 1) {
    console.error('用法:npm run cli -- import FILE.csv|FILE.xlsx --db PATH [--skip-bad]');
    return 2;
  }
  const db = openOfficeDb(options, true);
  try {
    const { rows, problems } = await readLedger(file, getSetting(db, 'timeZone'));
    const now = Date.now();
    // The import and its audit entry in one transaction, as in the app (handlers/exchange.ts).
    const report = db.transaction(() => {
      const done = importLedger(db, rows, problems, { skipBad: options.has('skip-bad'), now });
      if (done.written && done.imported > 0) {
        appendAudit(
          db,
          now,
          { id: null, name: '命令行' },
          {
            action: 'import.ledger',
            subject: `file:${basename(file)}`,
            details: {
              imported: done.imported,
              clientsCreated: done.clientsCreated,
              clientsMatched: done.clientsMatched,
              skipped: done.rejected.length,
            },
          },
        );
      }
      return done;
    })();
    for (const p of report.rejected) console.error(`第 ${p.line} 行${p.field ? ` ${p.field}` : ''}:${p.message}`);
    if (!report.written) {
      // A header or column problem leaves no line to import: skipping bad lines would not help.
      const wholeFile = report.rejected.some((p) => p.line === 1);
      console.error(
        `文件中有 ${report.rejected.length} 处错误,未导入任何数据。请改正后重试` +
          (wholeFile ? '。' : ',或加 --skip-bad 跳过有误的行。'),
      );
      return 1;
    }
    console.log(
      `已导入 ${report.imported} 条来访:新建客户 ${report.clientsCreated} 位,归入已有客户 ${report.clientsMatched} 次` +
        (report.rejected.length > 0 ? `;跳过有误的 ${report.rejected.length} 处` : '') +
        (report.consultantsCreated.length > 0
          ? `;新建顾问 ${report.consultantsCreated.join('、')}(请主管为其设置密码)`
          : ''),
    );
    return 0;
  } finally {
    db.close();
  }
}

/** `match [--db PATH] [--now ISO-8601]`: JSON lines on stdin, one JSON line of candidates each on stdout. */
export async function matchCommand(argv: string[]): Promise<number> {
  const { options } = parseArgs(argv, { values: ['db', 'now'] });
  const nowText = options.get('now');
  const now = typeof nowText === 'string' ? Date.parse(nowText) : Date.now();
  if (Number.isNaN(now)) {
    console.error(`--now 的时间无效:${String(nowText)}(应为 ISO-8601,如 2026-11-20T10:00:00+08:00)`);
    return 2;
  }
  const db = openOfficeDb(options, false);
  let failed = false;
  try {
    let line = 0;
    for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      line++;
      if (text.trim() === '') continue;
      const out = matchLine(db, text, line, now);
      if ('error' in out) failed = true;
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
  } finally {
    db.close();
  }
  return failed ? 1 : 0;
}
