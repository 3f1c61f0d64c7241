import { afterEach, describe, expect, it } from 'vitest';
import { startMaintenance } from '../../electron/services/maintenance';
import { retentionPurgeDue, runRetentionPurge } from '../../electron/services/retention-purge';
import type { Timers } from '../../electron/services/timers';
import { verifyAudit } from '../../electron/services/audit';
import { checkIn, complete } from '../helpers/check-in';
import { memoryOffice, type TestOffice } from '../helpers/office';

const DAY_MS = 24 * 60 * 60_000;
/** A timer the test runs by hand. */
const manualTimers: Timers = { every: () => () => undefined };
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function upkeep(office: TestOffice) {
  const m = startMaintenance({
    db: office.db,
    dataDir: office.backend.deps.dataDir,
    clock: office.clock,
    timers: manualTimers,
    log: () => {},
  });
  stops.push(() => m.stop());
  return m;
}

const found = (office: TestOffice, phone: string) =>
  office.call('findPersonData', { token: office.token(), phone }).found;

const purges = (office: TestOffice) =>
  office
    .call('listAuditLog', { token: office.token(), limit: 200, beforeId: null })
    .entries.filter((e) => e.action === 'retention.purge');

const rowsNamed = (office: TestOffice, name: string) =>
  (office.db.prepare('SELECT count(*) AS n FROM visits WHERE name = ?').get(name) as { n: number }).n +
  (office.db.prepare('SELECT count(*) AS n FROM clients WHERE name = ?').get(name) as { n: number }).n;

/**
 * Three years ago (2023-11-20): 周久远 visited and never came back; 吴买房 visited and bought; someone left
 * only a name. Six months ago 郑最近 visited. Today is 2026-11-20, the office keeps two years.
 */
function officeOverYears(): TestOffice {
  const office = memoryOffice('10:00');
  office.clock.advance(-1096 * DAY_MS);
  checkIn(office, { registration: complete('周久远', '13600000001') });
  const buyer = checkIn(office, { registration: complete('吴买房', '13600000002', 'female') });
  checkIn(office, { registration: { consent: 'given', name: '只留姓名' } });
  // A visitor who declined the notice: an anonymous reception, purged with the rest without a name appearing.
  checkIn(office, { registration: { consent: 'declined' }, partySize: 2 });
  office.call('recordSale', {
    token: office.token(),
    clientRef: buyer.clientRef ?? '',
    closerId: office.ids.李雷,
    amountYuan: 2_000_000,
  });
  office.clock.advance((1096 - 183) * DAY_MS);
  checkIn(office, { registration: complete('郑最近', '13600000003') });
  office.clock.advance(183 * DAY_MS);
  office.clock.set('08:30');
  return office;
}

describe('保存期限: the daily retention purge', () => {
  it('erases the non-buyer not seen for three years and the nameless and the declined-consent old registrations; keeps the buyer and the recent visitor', async () => {
    const office = officeOverYears();
    expect(found(office, '13600000001')).toBe(true);
    const toComplete = () =>
      office.call('listIncompleteRegistrations', { token: office.token() }).map((r) => r.visitId).length;
    expect(toComplete()).toBe(1);
    await upkeep(office).tick();
    // Erased, the nameless registration is no longer one to complete.
    expect(toComplete()).toBe(0);
    expect(found(office, '13600000001')).toBe(false);
    expect(rowsNamed(office, '周久远')).toBe(0);
    expect(rowsNamed(office, '只留姓名')).toBe(0);
    expect(
      office.db.prepare("SELECT count(*) AS n FROM visits WHERE consent = 'declined' AND name IS NULL").get(),
    ).toEqual({
      n: 1,
    });
    expect(found(office, '13600000002')).toBe(true);
    expect(found(office, '13600000003')).toBe(true);
    expect(purges(office)).toEqual([
      expect.objectContaining({
        actorName: '系统',
        subject: 'erasure:1',
        details: expect.objectContaining({
          years: 2,
          cutoffDay: '2024-11-20',
          clients: 1,
          registrations: 2,
        }) as unknown,
      }),
    ]);
    expect(verifyAudit(office.db)).toMatchObject({ ok: true });
  });

  it('runs once a day, and records a day with nothing due too: the office can show it ran', async () => {
    const office = officeOverYears();
    const m = upkeep(office);
    await m.tick();
    await m.tick();
    expect(purges(office)).toHaveLength(1);
    office.clock.advance(DAY_MS);
    await m.tick();
    expect(purges(office).map((e) => [e.subject, e.details.clients, e.details.registrations])).toEqual([
      ['retention', 0, 0],
      ['erasure:1', 1, 2],
    ]);
    expect(office.call('getRetention', { token: office.token() }).lastPurge).toEqual({
      at: office.clock.now(),
      erased: 0,
      done: true,
    });
  });

  it('takes a backlog a batch per transaction, an audit entry each, and is due again until the day’s backlog is done', () => {
    const office = officeOverYears();
    const now = office.clock.now();
    const batches = [1, 2, 3].map(() => {
      expect(retentionPurgeDue(office.db, now)).toBe(true);
      return runRetentionPurge(office.db, now, 1);
    });
    expect(batches.map((b) => [b.clients, b.registrations, b.done])).toEqual([
      [1, 0, false],
      [0, 1, false],
      [0, 1, true],
    ]);
    expect(retentionPurgeDue(office.db, now)).toBe(false);
    expect(purges(office).map((e) => [e.subject, e.details.remaining])).toEqual([
      ['erasure:3', 0],
      ['erasure:2', 1],
      ['erasure:1', 2],
    ]);
    expect(office.call('getRetention', { token: office.token() }).lastPurge).toEqual({
      at: now,
      erased: 3,
      done: true,
    });
  });

  it('follows the office’s period: at four years 周久远 stays, and the change is in the audit log', async () => {
    const office = officeOverYears();
    const view = office.call('setRetention', { token: office.token(), years: 4 });
    expect(view).toMatchObject({ years: 4, min: 1, max: 10 });
    await upkeep(office).tick();
    expect(found(office, '13600000001')).toBe(true);
    const audit = office.call('listAuditLog', { token: office.token(), limit: 200, beforeId: null }).entries;
    expect(audit.find((e) => e.action === 'settings.retention')?.details).toEqual({ years: 4 });
    const refused = office.attempt('setRetention', { token: office.token(), years: 0 });
    expect(refused.ok || refused.error.message).toContain('至少保存 1 年');
  });
});
