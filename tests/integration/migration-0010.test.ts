import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';

const open: BetterSqlite3.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

/** Version 9: a day with 张三's registration and a visitor who gave nothing, before consent was asked. */
function versionNineOffice(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  migrate(db, upTo(9));
  const visit = db.prepare(
    "INSERT INTO visits (id, day, arrived_at, name, phone, party_size) VALUES (?, '2026-11-20', ?, ?, ?, 1)",
  );
  visit.run(1, 100, '张三', '13900000001');
  visit.run(2, 200, null, null);
  return db;
}

describe('migration 10: the visitor’s answer to the notice, with the visit', () => {
  it('keeps every earlier registration, its answer not recorded (never guessed)', () => {
    const db = versionNineOffice();
    migrate(db, upTo(10));
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT id, name, consent, consent_text, consent_at FROM visits ORDER BY id').all()).toEqual([
      { id: 1, name: '张三', consent: null, consent_text: null, consent_at: null },
      { id: 2, name: null, consent: null, consent_text: null, consent_at: null },
    ]);
  });

  it('keeps a name, a phone and a client off a visit whose visitor declined, by any path', () => {
    const db = versionNineOffice();
    migrate(db, upTo(10));
    db.prepare("INSERT INTO consent_texts (hash, text, first_used_at) VALUES ('h', '告知', 300)").run();
    db.prepare("UPDATE visits SET consent = 'declined', consent_text = 'h', consent_at = 300 WHERE id = 2").run();
    expect(() => db.prepare("UPDATE visits SET name = '张三' WHERE id = 2").run()).toThrow(/declined consent/);
    expect(() => db.prepare("UPDATE visits SET consent = 'declined' WHERE id = 1").run()).toThrow(/declined consent/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO visits (day, arrived_at, name, phone, party_size, consent)
           VALUES ('2026-11-20', 400, NULL, '13900000002', 1, 'declined')`,
        )
        .run(),
    ).toThrow(/declined consent/);
    expect(() => db.prepare("UPDATE visits SET consent = 'maybe' WHERE id = 1").run()).toThrow(/CHECK/);
  });
});
