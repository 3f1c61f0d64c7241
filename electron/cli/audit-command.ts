import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openReadOnly } from '../../db/backup-file';
import { readAudit, verifyAudit } from '../services/audit';
import { parseArgs } from './args';
import { CliInputError } from './input-error';

const USAGE = '用法:npm run cli -- audit verify --db PATH | audit list --db PATH [--limit N]';

/**
 * `audit verify --db PATH`: walks the hash chain; `ok: N entries`, or the first broken entry and exit 1.
 * `audit list --db PATH [--limit N]`: the newest entries, one JSON line each. Both only read the file.
 */
export function auditCommand(argv: string[]): number {
  const { positional, options } = parseArgs(argv, { values: ['db', 'limit'] });
  const [sub, ...extra] = positional;
  if ((sub !== 'verify' && sub !== 'list') || extra.length > 0) throw new CliInputError(USAGE);
  const given = options.get('db');
  if (typeof given !== 'string') throw new CliInputError(`请用 --db 指定数据库文件\n${USAGE}`);
  const dbPath = resolve(given);
  if (!existsSync(dbPath)) throw new CliInputError(`找不到数据库文件:${dbPath}`);
  const limitText = options.get('limit');
  const limit = limitText === undefined ? 50 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) throw new CliInputError(`--limit 应为正整数:${String(limitText)}`);

  const db = openReadOnly(dbPath);
  try {
    if (sub === 'list') {
      for (const e of readAudit(db, limit)) {
        const { prevHash: _prev, details, ...rest } = e;
        console.log(
          JSON.stringify({ ...rest, at: new Date(e.at).toISOString(), details: JSON.parse(details) as unknown }),
        );
      }
      return 0;
    }
    const verdict = verifyAudit(db);
    if (verdict.ok) {
      console.log(`ok: ${verdict.entries} entries`);
      return 0;
    }
    console.error(`broken at entry ${verdict.brokenAt} (${verdict.problem}): ${verdict.message}`);
    return 1;
  } finally {
    db.close();
  }
}
