import BetterSqlite3 from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { schemaVersion } from '../../db/migrate';
import { MIGRATIONS, type Migration } from '../../db/migrations';
import { TestOffice, testClock } from '../helpers/office';
import { bundleServe } from '../helpers/serve-bundle';

/** What the office is told when the app cannot start on its database, and that the file is left as it was. */
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;
let dir = '';
let serve = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'front-desk-startup-'));
  serve = await bundleServe(dir);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function officeFile(name: string): string {
  const file = join(dir, name);
  const office = new TestOffice(openDatabase(file), testClock('09:00'));
  office.walkIn('09:10', { name: '赵六' });
  office.db.close();
  return file;
}

function startServe(file: string) {
  const run = spawnSync(process.execPath, [serve, '--db', file, '--port', '0'], {
    env: { ...process.env, NODE_PATH: resolve('node_modules') },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, stderr: run.stderr };
}

describe('an app that cannot start on its database', () => {
  it('tells the user a failed upgrade left the database as it was, and it is', () => {
    const file = officeFile('upgrade.db');
    const broken: Migration = {
      version: LATEST + 1,
      name: 'broken',
      up: (db) => {
        db.exec('ALTER TABLE visits ADD COLUMN half_made TEXT');
        throw new Error('磁盘上的某个问题');
      },
    };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow(
      '升级数据库失败,数据库保持原样、未作任何改动。请使用原来版本的前台程序,并联系管理员。(磁盘上的某个问题)',
    );
    const db = new BetterSqlite3(file, { readonly: true });
    expect(schemaVersion(db)).toBe(LATEST);
    expect(db.prepare('SELECT name FROM visits').all()).toEqual([{ name: '赵六' }]);
    expect(
      (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get('visits') as { sql: string }).sql,
    ).not.toContain('half_made');
    db.close();
  });

  it('serve refuses a database from a newer app with a plain message and leaves the file untouched', () => {
    const file = officeFile('newer.db');
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${LATEST + 1}`);
    raw.close();
    const bytes = readFileSync(file);
    const run = startServe(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`无法启动:数据库版本 ${LATEST + 1} 比本程序支持的版本 ${LATEST} 新`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('serve stops on a damaged database (the check after start) with a plain message, writing nothing into it', () => {
    const file = officeFile('damaged.db');
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096 * 3, 4096 * 5);
    writeFileSync(file, bytes);
    const run = startServe(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/前台服务已停止:数据库文件未通过完整性检查/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
