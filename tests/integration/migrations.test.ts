import { readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connection';
import { DatabaseFromFutureError, migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS, type Migration } from '../../db/migrations';
import { tempDataDir } from '../helpers/office';

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;
const dirs: { cleanup: () => void }[] = [];
const open: Database[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.open && db.close());
  dirs.splice(0).forEach((d) => d.cleanup());
});

function tempFile(): string {
  const dir = tempDataDir();
  dirs.push(dir);
  return dir.file;
}

function track(db: Database): Database {
  open.push(db);
  return db;
}

const schemaOf = (db: Database) =>
  db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();

describe('migrations', () => {
  it('brings a fresh database to the latest version, numbered 1, 2, 3… in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const db = track(openDatabase(':memory:'));
    expect(schemaVersion(db)).toBe(LATEST);
    expect(migrate(db)).toBe(LATEST);
  });

  it('makes every table STRICT', () => {
    const db = track(openDatabase(':memory:'));
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(/\)\s*STRICT\b/.test(t.sql), t.name).toBe(true);
  });

  it('refuses a database from a newer app and leaves the file exactly as it was', () => {
    const file = tempFile();
    track(openDatabase(file)).pragma(`user_version = ${LATEST + 1}`);
    open.splice(0).forEach((db) => db.close());
    const bytes = readFileSync(file);

    expect(() => openDatabase(file)).toThrow(DatabaseFromFutureError);
    expect(() => openDatabase(file)).toThrow(`数据库版本 ${LATEST + 1} 比本程序支持的版本 ${LATEST} 新`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const raw = track(new BetterSqlite3(file, { readonly: true }));
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST + 1);
  });

  it('does not even switch the journal mode of a database from a newer app (e.g. a backup copy) before refusing it', () => {
    const file = tempFile();
    const made = new BetterSqlite3(file);
    made.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
    made.pragma(`user_version = ${LATEST + 1}`);
    made.close();
    const bytes = readFileSync(file);

    expect(() => openDatabase(file)).toThrow(DatabaseFromFutureError);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('rolls a failing migration back completely: version and schema unchanged', () => {
    const db = track(openDatabase(':memory:'));
    const before = schemaOf(db);
    const broken: Migration = {
      version: LATEST + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_made (id INTEGER PRIMARY KEY) STRICT; ALTER TABLE visits ADD COLUMN half_made TEXT;');
        throw new Error('half-way');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('half-way');
    expect(schemaVersion(db)).toBe(LATEST);
    expect(schemaOf(db)).toEqual(before);
  });

  it('applies all pending migrations in one transaction: a later failure undoes the earlier ones', () => {
    const db = track(new BetterSqlite3(':memory:'));
    const broken: Migration = {
      version: LATEST + 1,
      name: 'broken',
      up: () => {
        throw new Error('second fails');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('second fails');
    expect(schemaVersion(db)).toBe(0);
    expect(schemaOf(db)).toEqual([]);
  });

  it('runs only the migrations a database has not had yet', () => {
    const db = track(openDatabase(':memory:'));
    const ran: number[] = [];
    const next: Migration = { version: LATEST + 1, name: 'next', up: () => ran.push(LATEST + 1) };
    expect(migrate(db, [...MIGRATIONS, next])).toBe(LATEST + 1);
    expect(migrate(db, [...MIGRATIONS, next])).toBe(LATEST + 1);
    expect(ran).toEqual([LATEST + 1]);
  });
});

describe('connection settings', () => {
  it('uses WAL and synchronous=FULL on a file database, also after closing and opening it again', () => {
    const file = tempFile();
    for (let i = 0; i < 2; i++) {
      const db = openDatabase(file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      db.close();
    }
  });

  it('keeps foreign keys on: a day event cannot name an actor who does not exist', () => {
    const db = track(openDatabase(':memory:'));
    const insert = db.prepare(
      "INSERT INTO day_events (day, at, type, actor_id, data) VALUES ('2026-11-20', 0, 'x', 42, '{}')",
    );
    expect(() => insert.run()).toThrow(/FOREIGN KEY/);
  });
});

describe('schema snapshot', () => {
  it('matches the committed schema (a released migration is never edited: add a new one)', async () => {
    const db = track(openDatabase(':memory:'));
    const rows = db.prepare('SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name').all() as {
      sql: string;
    }[];
    const text = `-- user_version ${schemaVersion(db)}\n${rows.map((r) => `${r.sql};`).join('\n\n')}\n`;
    await expect(text).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });
});
