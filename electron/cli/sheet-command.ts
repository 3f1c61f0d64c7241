import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openDatabase } from '../../db/connection';
import { isValidDay } from '../domain/office-time';
import { createChromiumPrinter } from '../print/chromium-printer';
import { NoChromiumError } from '../print/find-chromium';
import { dailySheetPdf, monthSheetsPdf, sheetOrientation } from '../services/sheet-pdf';
import { defaultDbPath } from '../data-location';
import { parseArgs } from './args';
import { CliInputError } from './input-error';

const USAGE = '用法:npm run cli -- sheet --db PATH (--date YYYY-MM-DD | --month YYYY-MM) --out FILE.pdf [--landscape]';

function target(options: Map<string, string | true>): { day: string } | { month: string } {
  const day = options.get('date');
  const month = options.get('month');
  if ((day === undefined) === (month === undefined)) throw new CliInputError(`请给出 --date 或 --month 之一\n${USAGE}`);
  if (typeof day === 'string') {
    if (!isValidDay(day)) throw new CliInputError(`日期无效:${day}(应为 YYYY-MM-DD,且是真实存在的日期)`);
    return { day };
  }
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new CliInputError(`月份无效:${String(month)}(应为 YYYY-MM)`);
  }
  return { month };
}

/**
 * `sheet --db PATH --date YYYY-MM-DD --out FILE.pdf [--landscape]`, or `--month YYYY-MM` for the
 * archive: the same template the app prints, printed by headless Chromium with the CJK fonts embedded.
 */
export async function sheetCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, { values: ['db', 'date', 'month', 'out'], flags: ['landscape'] });
  if (positional.length > 0) throw new CliInputError(`多余的参数:${positional.join(' ')}\n${USAGE}`);
  const what = target(options);
  const out = options.get('out');
  if (typeof out !== 'string') throw new CliInputError(`请用 --out 指定输出的 PDF 文件\n${USAGE}`);
  const given = options.get('db');
  const dbPath = typeof given === 'string' ? resolve(given) : defaultDbPath();
  // Printing must never create an empty office database where the user mistyped a path.
  if (!existsSync(dbPath)) throw new CliInputError(`找不到数据库文件:${dbPath}`);

  const db = openDatabase(dbPath);
  const printer = createChromiumPrinter();
  try {
    const orientation = sheetOrientation(db, options.has('landscape') ? 'landscape' : null);
    let pdf: Buffer;
    if ('day' in what) pdf = await dailySheetPdf(printer, db, what.day, orientation);
    else {
      const made = await monthSheetsPdf(printer, db, what.month, orientation);
      if (!made) throw new CliInputError(`${what.month} 没有来访登记,也没有日结,未生成文件`);
      pdf = made.pdf;
      console.error(`共 ${made.days.length} 天:${made.days.join('、')}`);
    }
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, pdf);
    console.log(`已生成 ${resolve(out)}`);
    return 0;
  } catch (err) {
    if (err instanceof NoChromiumError) throw new CliInputError(err.message);
    throw err;
  } finally {
    await printer.close();
    db.close();
  }
}
