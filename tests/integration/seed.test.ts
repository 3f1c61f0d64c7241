import BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connection';
import { CliInputError } from '../../electron/cli/input-error';
import { SEED_PIN, seedCommand, seedOffice, type SeedOptions } from '../../electron/cli/seed-command';
import { localToEpoch } from '../../electron/domain/office-time';
import { createBackend, type Backend } from '../../electron/services/backend';
import { answered, tempDataDir } from '../helpers/office';

const options: SeedOptions = {
  years: 0.4,
  visitsPerDay: 20,
  consultants: 6,
  seed: 'integration',
  endDay: '2026-10-31',
};

function call<T>(backend: Backend, method: string, input: unknown): T {
  const r = answered(backend.dispatch(method as never, input as never));
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const rows = <T>(db: Database, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

/** The office's content without what is random by design (each PIN hash has its own salt). */
function content(db: Database): string {
  const tables = [
    'clients',
    'client_phones',
    'client_keys',
    'visits',
    'day_events',
    'follow_ups',
    'ownership_changes',
    'owner_alerts',
    'sales',
    'sale_splits',
    'settings',
  ];
  const staff = rows(
    db,
    'SELECT id, name, role, admin, active, created_at, departed_at, successor_id FROM consultants',
  );
  const sorted = (t: string) =>
    rows(db, `SELECT * FROM ${t}`)
      .map((r) => JSON.stringify(r))
      .sort();
  return JSON.stringify([staff, ...tables.map(sorted)]);
}

// Seeding a few months simulates every visit through the app's rules: seconds, not milliseconds.
describe('a seeded office read through the real backend', { timeout: 180_000 }, () => {
  const dir = tempDataDir();
  const second = tempDataDir();
  let db: Database;
  let backend: Backend;
  let token: string;

  beforeAll(() => {
    const summary = seedOffice(dir.file, options);
    expect(summary.visits).toBeGreaterThan(1000);
    db = openDatabase(dir.file);
    const now = localToEpoch('2026-11-01', 10 * 60, 'Asia/Shanghai');
    backend = createBackend(db, { now: () => now });
    token = call<{ token: string }>(backend, 'signIn', { consultantId: 1, pin: SEED_PIN }).token;
  }, 180_000);

  afterAll(() => {
    db.close();
    dir.cleanup();
    second.cleanup();
  });

  it('passes SQLite’s integrity and foreign-key checks', () => {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  // Four digits alone are a tail thousands share: the desk types them with the name (match rules: last4 + name).
  it('finds a returning client by the last four digits of their phone and their name', () => {
    const client = rows<{ id: number; name: string; phone: string }>(
      db,
      `SELECT c.id, c.name, p.phone FROM clients c JOIN client_phones p ON p.client_id = c.id
       WHERE (SELECT count(*) FROM visits v WHERE v.client_id = c.id) >= 2 ORDER BY c.id LIMIT 1`,
    )[0];
    if (!client) throw new Error('no returning client was seeded');
    const found = call<{ clientId: number }[]>(backend, 'findCandidates', {
      name: client.name,
      phone: client.phone.slice(-4),
    });
    expect(found.map((c) => c.clientId)).toContain(client.id);
  });

  it('finds a client by the homophone the desk typed at a return visit (章伟 for 张伟)', () => {
    const typed = rows<{ id: number; typed: string; name: string }>(
      db,
      `SELECT c.id, v.name AS typed, c.name FROM visits v JOIN clients c ON c.id = v.client_id
       WHERE v.complete = 1 AND v.name <> c.name ORDER BY v.id LIMIT 1`,
    )[0];
    if (!typed) throw new Error('no homophone was typed at a return visit');
    const found = call<{ clientId: number }[]>(backend, 'findCandidates', { name: typed.typed, phone: null });
    expect(found.map((c) => c.clientId)).toContain(typed.id);
  });

  it('prints a past day’s sheet with every visit and who received it', () => {
    const busiest = rows<{ day: string; n: number }>(
      db,
      'SELECT day, count(*) AS n FROM visits GROUP BY day ORDER BY n DESC, day LIMIT 1',
    )[0];
    if (!busiest) throw new Error('no visits were seeded');
    const sheet = call<{ rows: { receivedBy: string | null; owner: string | null; returning: boolean }[] }>(
      backend,
      'getDailySheet',
      { token, day: busiest.day, orientation: null },
    );
    expect(sheet.rows).toHaveLength(busiest.n);
    expect(sheet.rows.every((r) => r.receivedBy !== null && r.owner !== null)).toBe(true);
  });

  it('counts a month’s seeded visits and receptions in the report', () => {
    const month = rows<{ n: number }>(
      db,
      "SELECT count(*) AS n FROM visits WHERE day BETWEEN '2026-09-01' AND '2026-09-30'",
    )[0];
    const report = call<{ totals: { visits: number }; byConsultant: { received: number }[] }>(backend, 'getReport', {
      token,
      period: 'month',
      date: '2026-09-15',
    });
    expect(report.totals.visits).toBe(month?.n);
    expect(report.byConsultant.reduce((n, c) => n + c.received, 0)).toBe(month?.n);
  });

  it('refuses to seed into a database that already holds an office', () => {
    expect(() => seedOffice(dir.file, options)).toThrow(CliInputError);
    const args = [
      '--db',
      dir.file,
      '--years',
      '1',
      '--visits-per-day',
      '5',
      '--consultants',
      '3',
      '--end',
      '2026-10-31',
    ];
    expect(seedCommand(args)).toBe(2);
  });

  it('leaves a refused file that is not an office as it was (not migrated)', () => {
    const other = new BetterSqlite3(second.file);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    expect(() => seedOffice(second.file, options)).toThrow(CliInputError);
    const after = new BetterSqlite3(second.file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(0);
    after.close();
    rmSync(second.file);
  });

  it('writes the same office for the same seed', () => {
    seedOffice(second.file, options);
    const again = openDatabase(second.file);
    try {
      expect(content(again)).toBe(content(db));
    } finally {
      again.close();
    }
  });
});
