import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type Database } from '../../db/connection';
import { saveConsentText } from '../../db/queries/consent';
import { insertConsultant } from '../../db/queries/consultants';
import { officeHasData } from '../../db/queries/seed-rows';
import { setSetting } from '../../db/queries/settings';
import { isValidDay, localToEpoch, officeDay } from '../domain/office-time';
import { RETENTION_YEARS } from '../domain/privacy/retention';
import { createBackend } from '../services/backend';
import { currentNotice } from '../services/consent';
import { hashPin } from '../services/pin';
import { SEED_POLICY, SEED_TIME_ZONE, type HistoryCounts } from '../seed/day-plan';
import { OfficeHistory, shiftDay } from '../seed/office-history';
import { SeedWriter } from '../seed/seed-writer';
import { parseArgs } from './args';
import { CliInputError } from './input-error';

const USAGE =
  '用法:npm run cli -- seed --db PATH --years N --visits-per-day N --consultants N [--seed S] [--end YYYY-MM-DD]';

/** Every generated staff member signs in with this PIN (a demo and benchmark office, not a real one). */
export const SEED_PIN = '1234';
const OFFICE_NAME = '滨江壹号营销中心';
const PROJECT_NAME = '滨江壹号';
const DAY_MS = 86_400_000;

export interface SeedOptions {
  years: number;
  visitsPerDay: number;
  consultants: number;
  seed: string;
  endDay: string;
}

export interface SeedSummary extends HistoryCounts {
  staff: number;
  firstDay: string;
  lastDay: string;
  bytes: number;
  seconds: number;
  peakRssMb: number;
}

function number(options: Map<string, string | true>, key: string, what: string, min: number, max: number): number {
  const text = options.get(key);
  if (typeof text !== 'string') throw new CliInputError(`请用 --${key} 指定${what}\n${USAGE}`);
  const n = Number(text);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new CliInputError(`--${key} 应为 ${min} 到 ${max} 之间的数(收到“${text}”)`);
  return n;
}

function whole(options: Map<string, string | true>, key: string, what: string, min: number, max: number): number {
  const n = number(options, key, what, min, max);
  if (!Number.isInteger(n)) throw new CliInputError(`--${key} 应为整数(收到“${String(options.get(key))}”)`);
  return n;
}

export function readSeedOptions(argv: string[], now: number): { path: string; options: SeedOptions } {
  const { positional, options } = parseArgs(argv, {
    values: ['db', 'years', 'visits-per-day', 'consultants', 'seed', 'end'],
  });
  if (positional.length > 0) throw new CliInputError(`多余的参数:${positional.join(' ')}\n${USAGE}`);
  const db = options.get('db');
  if (typeof db !== 'string') throw new CliInputError(`请用 --db 指定要生成的数据库文件\n${USAGE}`);
  const yesterday = shiftDay(officeDay(now, SEED_TIME_ZONE), -1);
  const end = options.get('end');
  const endDay = typeof end === 'string' ? end : yesterday;
  if (!isValidDay(endDay)) throw new CliInputError(`--end 日期无效:${endDay}(应为 YYYY-MM-DD,且是真实存在的日期)`);
  if (endDay > yesterday) throw new CliInputError(`--end 不能晚于昨天(${yesterday}):生成的是已经过去的历史`);
  const seed = options.get('seed');
  return {
    path: resolve(db),
    options: {
      years: number(options, 'years', '历史年数', 0.01, 20),
      visitsPerDay: number(options, 'visits-per-day', '平均每天来访组数', 0.1, 5000),
      consultants: whole(options, 'consultants', '置业顾问人数', 1, 300),
      seed: typeof seed === 'string' ? seed : 'front-desk',
      endDay,
    },
  };
}

/**
 * Whether an existing file already holds an office (or is something else): read-only, so a refused file is left
 * exactly as it was — opening it the app's way would first migrate it.
 */
function holdsAnything(path: string): boolean {
  let db: Database;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch {
    return true;
  }
  try {
    return officeHasData(db);
  } catch {
    return true;
  } finally {
    db.close();
  }
}

/**
 * Creates a generated office in a new database file: the office and its administrator through the app's own
 * setup (setupOffice), the rest of the staff as the staff screen adds them, then the history day by day, one
 * transaction a day. `progress` hears of each finished year.
 */
export function seedOffice(
  path: string,
  options: SeedOptions,
  progress: (line: string) => void = () => {},
): SeedSummary {
  const started = performance.now();
  if (existsSync(path) && statSync(path).size > 0 && holdsAnything(path)) {
    throw new CliInputError(
      `${path} 里已经有数据(或不是本程序的数据库),生成的数据不会与真实数据混在一起。请指定一个新的文件,或先自行删除该文件。`,
    );
  }
  mkdirSync(dirname(path), { recursive: true });
  const db = openDatabase(path);
  // A generated file is made again rather than recovered: no fsync per day (the app sets FULL again on every open).
  db.pragma('synchronous = OFF');
  try {
    const history = new OfficeHistory({ ...options, projectName: PROJECT_NAME });
    const summary = writeHistory(db, history, progress);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      ...summary,
      bytes: statSync(path).size,
      seconds: (performance.now() - started) / 1000,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    db.close();
  }
}

function writeHistory(
  db: Database,
  history: OfficeHistory,
  progress: (line: string) => void,
): Omit<SeedSummary, 'bytes' | 'seconds' | 'peakRssMb'> {
  const firstDayStart = localToEpoch(history.firstDay, 0, SEED_TIME_ZONE);
  // 09:00 office time on the day a staff member was hired (day indexes before the history are fine).
  const hiredAt = (day: number) => firstDayStart + day * DAY_MS + 9 * 3_600_000;
  const at = hiredAt(history.admin.hiredDay);
  const backend = createBackend(db, { now: () => at });

  const setup = backend.dispatch('setupOffice', { officeName: OFFICE_NAME, name: history.admin.name, pin: SEED_PIN });
  if (setup instanceof Promise || !setup.ok) throw new Error(`初始设置失败:${JSON.stringify(setup)}`);
  const years = Math.ceil(history.days / 365.25);
  // scrypt takes a tenth of a second by design; every generated staff member has the same PIN, so one hash serves.
  const pinHash = hashPin(SEED_PIN);
  db.transaction(() => {
    setSetting(db, 'projectName', PROJECT_NAME);
    setSetting(db, 'timeZone', SEED_TIME_ZONE);
    setSetting(db, 'policy', SEED_POLICY);
    // The history must outlive the retention purge, which would otherwise erase it at the app's first start.
    setSetting(db, 'retentionYears', Math.min(RETENTION_YEARS.max, Math.max(RETENTION_YEARS.default, years + 1)));
    for (const m of history.staff.slice(1)) {
      const id = insertConsultant(db, {
        name: m.name,
        phone: null,
        role: m.role,
        photo: null,
        pinHash,
        createdAt: hiredAt(m.hiredDay),
      });
      if (id !== m.id) throw new Error(`顾问编号不一致:计划 ${m.id},数据库 ${id}`);
    }
  })();
  const notice = currentNotice(db);
  saveConsentText(db, notice.hash, notice.zh, firstDayStart);

  const writer = new SeedWriter(db, history.staffPeople, history.admin.id, notice.hash);
  const yearStarted = { at: performance.now(), visits: 0 };
  for (const day of history.plan()) {
    writer.write(day);
    const done = history.counts.days;
    if (done % 365 === 0 || done === history.days) {
      const c = history.counts;
      progress(
        `${done % 365 === 0 ? `第 ${done / 365} 年` : `最后 ${done % 365} 天`}(至 ${day.day}):` +
          `来访 ${c.visits},客户 ${c.clients},` +
          `本段 ${((performance.now() - yearStarted.at) / 1000).toFixed(1)} 秒`,
      );
      yearStarted.at = performance.now();
    }
  }
  const order = history.finalOrder();
  db.transaction(() => {
    setSetting(db, 'standingOrder', order);
    setSetting(db, 'lunchDuty', order.slice(0, 2));
  })();
  return {
    ...history.counts,
    staff: history.staff.length,
    firstDay: history.firstDay,
    lastDay: history.dayOf(history.days - 1),
  };
}

/** `seed --db PATH --years N --visits-per-day N --consultants N [--seed S] [--end YYYY-MM-DD]` */
export function seedCommand(argv: string[]): number {
  let parsed: ReturnType<typeof readSeedOptions>;
  try {
    parsed = readSeedOptions(argv, Date.now());
  } catch (err) {
    if (!(err instanceof CliInputError)) throw err;
    console.error(err.message);
    return 2;
  }
  const { path, options } = parsed;
  let s: SeedSummary;
  try {
    s = seedOffice(path, options, (line) => console.error(line));
  } catch (err) {
    if (!(err instanceof CliInputError)) throw err;
    console.error(err.message);
    return 2;
  }
  console.log(
    [
      `已生成 ${path}`,
      `  历史 ${s.firstDay} 至 ${s.lastDay}(${s.days} 天),员工 ${s.staff} 人(其中离职 ${s.departures} 人),登录密码均为 ${SEED_PIN}`,
      `  来访 ${s.visits} 组(复访 ${s.returningVisits}),客户 ${s.clients} 位(一家人共用电话 ${s.households},老带新 ${s.referrals})`,
      `  跟进 ${s.followUps} 条,成交 ${s.sales} 套,当日事件 ${s.events} 条`,
      `  文件 ${(s.bytes / 1024 / 1024).toFixed(1)} MB,用时 ${s.seconds.toFixed(1)} 秒,内存峰值 ${s.peakRssMb} MB`,
    ].join('\n'),
  );
  return 0;
}
