import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDayEvents } from '../../db/queries/day-events';
import { foldDay } from '../../electron/domain/day-state';
import { verifyAudit } from '../../electron/services/audit';
import { DAY, TZ } from '../helpers/day-builder';
import { checkIn, complete, daysLater } from '../helpers/check-in';
import { memoryOffice, PINS, type TestOffice } from '../helpers/office';

const NAME = '欧阳晓明';
const PHONE = '13912345678';

/** What the queue decided on a day, by ids only: redaction must leave it exactly as it was. */
function decisions(office: TestOffice, day: string) {
  const s = foldDay(day, TZ, listDayEvents(office.db, day));
  return {
    order: s.order,
    waiting: s.waiting.map((w) => w.visitId),
    assignments: s.assignments.map((a) => [a.visitId, a.consultantId, a.ownerId]),
  };
}

/** Every text cell of every table holding `needle`: table and row count, found by a sweep over sqlite_master. */
function cellsContaining(office: TestOffice, needle: string): string[] {
  const tables = office.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return tables.flatMap(({ name }) => {
    const columns = office.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[];
    const where = columns.map((c) => `instr(CAST("${c.name}" AS TEXT), @needle) > 0`).join(' OR ');
    const n = (office.db.prepare(`SELECT count(*) AS n FROM "${name}" WHERE ${where}`).get({ needle }) as { n: number })
      .n;
    return n > 0 ? [`${name}: ${n}`] : [];
  });
}

/**
 * 欧阳晓明 visits on the test day (a note with his name), is named as referrer by 钱多多 (his number typed
 * with spaces), his owner logs a follow-up, the day is closed and his row corrected; he comes back the
 * next day. 孙丽, another visitor, must come through untouched.
 */
function officeWithPerson() {
  const office = memoryOffice('09:00');
  office.clock.set('09:10');
  const first = checkIn(office, {
    registration: { ...complete(NAME, '139-1234-5678'), notes: `${NAME}想看江景房` },
  });
  office.clock.set('09:40');
  checkIn(office, {
    registration: complete('钱多多', '13700007777', 'female'),
    answers: { referredBy: { name: NAME, phone: '139 1234 5678' } },
  });
  office.clock.set('10:05');
  checkIn(office, { registration: complete('孙丽', '13800138000', 'female') });
  const clientId = (
    office.db.prepare('SELECT client_id AS id FROM visits WHERE id = ?').get(first.visitId) as {
      id: number;
    }
  ).id;
  const owner = office.db.prepare('SELECT owner_id AS id FROM clients WHERE id = ?').get(clientId) as { id: number };
  const ownerName = Object.entries(office.ids).find(([, id]) => id === owner.id)?.[0] as keyof typeof PINS;
  office.clock.set('15:00');
  office.call('logFollowUp', {
    consultantId: owner.id,
    pin: PINS[ownerName],
    clientId,
    channel: 'phone',
    content: `给${NAME}打电话,${PHONE}已接通`,
    reaction: '有兴趣',
  });
  office.clock.set('19:00');
  office.call('closeDay', { token: office.token(), day: DAY });
  office.clock.set('19:30');
  office.call('amendSheetRow', {
    token: office.token(),
    visitId: first.visitId,
    note: `${NAME}本人来电更正备注`,
    changes: { notes: '改看湖景房' },
  });
  daysLater(office, 1, '11:00');
  checkIn(office, { registration: complete(NAME, PHONE), clientId });
  return { office, clientId };
}

describe('个人信息: a person found, exported and erased by their phone', () => {
  it('finds every record the number reaches, with counts and dates, the phone masked', () => {
    const { office } = officeWithPerson();
    const found = office.call('findPersonData', { token: office.token(), phone: '+86 139 1234 5678' });
    expect(found).toMatchObject({
      found: true,
      maskedPhone: '139****5678',
      visits: 2,
      firstDay: DAY,
      lastDay: '2026-11-21',
      looseRegistrations: 0,
      referrals: 1,
      closedDays: 1,
      followUps: 1,
      sales: 0,
    });
    expect(found.clients).toEqual([
      expect.objectContaining({ name: NAME, phones: ['139****5678'], followUps: 1, sales: 0, rulings: 0 }),
    ]);
  });

  it('refuses four digits or a partial number: an erasure must aim at one number', () => {
    const { office } = officeWithPerson();
    const r = office.attempt('findPersonData', { token: office.token(), phone: '5678' });
    expect(r.ok || `${r.error.code}: ${r.error.message}`).toMatch(/^invalid_input: 请输入完整的电话号码/);
  });

  it('exports everything held about them as a JSON file offered for download', async () => {
    const { office } = officeWithPerson();
    const offer = await office.callAsync('exportPersonData', { token: office.token(), phone: PHONE });
    expect(offer.fileName).toMatch(/^个人信息导出-\d{12}-[0-9a-f]{4}\.json$/);
    expect(offer.fileName).not.toContain('5678');
    const file = office.backend.deps.downloads.take(offer.ticket);
    const data = JSON.parse(readFileSync(file?.path ?? '', 'utf8')) as Record<string, unknown[]> & { phone: string };
    expect(data.phone).toBe(PHONE);
    expect(data.clients).toEqual([
      expect.objectContaining({
        name: NAME,
        phones: [PHONE],
        followUps: [expect.objectContaining({ content: `给${NAME}打电话,${PHONE}已接通`, reaction: '有兴趣' })],
      }),
    ]);
    expect(data.registrations).toEqual([
      // The registration as it stands: the correction after 日结 changed its notes.
      expect.objectContaining({ day: DAY, name: NAME, phone: '139-1234-5678', notes: '改看湖景房' }),
      expect.objectContaining({ day: '2026-11-21', name: NAME, phone: PHONE }),
    ]);
    expect(data.closedSheetRows).toEqual([
      { day: DAY, row: expect.objectContaining({ visitor: NAME, notes: `${NAME}想看江景房` }) as unknown },
    ]);
    expect(data.sheetCorrections).toEqual([expect.objectContaining({ reason: `${NAME}本人来电更正备注` })]);
    expect(data.namedAsReferrer).toEqual([{ day: DAY, referredBy: { name: NAME, phone: '139 1234 5678' } }]);
    // Of the referral, only what was typed about him: not the other visitor's own name or number.
    expect(JSON.stringify(data)).not.toContain('钱多多');
    expect(JSON.stringify(data)).not.toContain('孙丽');
  });

  it('erases them everywhere: no table keeps the name or number, the queue decided the same, the other visitor untouched', async () => {
    const { office } = officeWithPerson();
    const before = [decisions(office, DAY), decisions(office, '2026-11-21')];
    const sheetBefore = office.call('getDailySheet', { token: office.token(), day: DAY });
    const offer = await office.callAsync('exportPersonData', { token: office.token(), phone: PHONE });
    const exportPath = office.backend.deps.downloads.take(offer.ticket)?.path ?? '';
    expect(cellsContaining(office, NAME).length).toBeGreaterThan(3);

    const erased = office.call('erasePersonData', {
      token: office.token(),
      phone: PHONE,
      confirmPhone: '139 1234 5678',
      reason: 'subjectRequest',
    });
    expect(erased.erasureNo).toBe(1);
    expect(erased.counts).toMatchObject({ clientsDeleted: 1, visits: 2, followUps: 1, referrals: 1, closedDays: 1 });

    for (const needle of [NAME, PHONE, '139-1234-5678', '139 1234 5678', '139****5678']) {
      expect({ needle, cells: cellsContaining(office, needle) }).toEqual({ needle, cells: [] });
    }
    expect(office.call('findPersonData', { token: office.token(), phone: PHONE })).toMatchObject({
      found: false,
      clients: [],
      visits: 0,
      referrals: 0,
    });
    expect([decisions(office, DAY), decisions(office, '2026-11-21')]).toEqual(before);
    expect(() => readFileSync(exportPath)).toThrow();

    // The closed day: his row redacted, 孙丽's as it was, the reprint says why its 校验码 differs from the paper's.
    const sheet = office.call('getDailySheet', { token: office.token(), day: DAY });
    expect(sheet.rows.map((r) => r.visitor)).toEqual(['已删除', '钱多多', '孙丽']);
    expect(sheet.rows[2]).toEqual(sheetBefore.rows[2]);
    expect(sheet.closed?.redactions).toEqual([{ erasureNo: 1, fingerprintBefore: sheetBefore.closed?.fingerprint }]);
    expect(sheet.html).toContain(
      `本日部分个人信息已依法删除(删除记录 #1,删除前校验码 ${sheetBefore.closed?.fingerprint ?? ''})`,
    );
    expect(office.call('findPersonData', { token: office.token(), phone: '13800138000' }).visits).toBe(1);
  });

  it('leaves a tombstone in the audit log: the erasure number, the reason code and counts, nothing about the person', () => {
    const { office } = officeWithPerson();
    office.call('erasePersonData', {
      token: office.token(),
      phone: PHONE,
      confirmPhone: PHONE,
      reason: 'consentWithdrawn',
    });
    const entry = office.call('listAuditLog', { token: office.token(), limit: 1, beforeId: null }).entries[0];
    expect(entry).toMatchObject({ action: 'person.erase', subject: 'erasure:1', actorName: '陈总' });
    expect(entry?.details).toMatchObject({ reason: 'consentWithdrawn', visits: 2, followUps: 1 });
    const text = JSON.stringify(entry);
    for (const part of [NAME, '晓明', PHONE, '5678']) expect(text).not.toContain(part);
    expect(verifyAudit(office.db)).toMatchObject({ ok: true });
  });

  it('erases nothing when the number typed again differs, or when nothing is held', () => {
    const { office } = officeWithPerson();
    const mismatch = office.attempt('erasePersonData', {
      token: office.token(),
      phone: PHONE,
      confirmPhone: '13912345679',
      reason: 'subjectRequest',
    });
    expect(mismatch.ok || mismatch.error.message).toBe('两次输入的电话号码不一致,没有删除任何信息');
    expect(cellsContaining(office, NAME).length).toBeGreaterThan(0);
    const nobody = office.attempt('erasePersonData', {
      token: office.token(),
      phone: '13600000000',
      confirmPhone: '13600000000',
      reason: 'subjectRequest',
    });
    expect(nobody.ok || nobody.error.code).toBe('not_found');
    expect(office.db.prepare('SELECT count(*) AS n FROM erasures').get()).toEqual({ n: 0 });
  });

  it('treats a household sharing one phone as one request: both records found, both erased', () => {
    const { office } = officeWithPerson();
    daysLater(office, 1, '14:00');
    checkIn(office, { registration: complete('欧阳晓红', PHONE, 'female') });
    const found = office.call('findPersonData', { token: office.token(), phone: PHONE });
    expect(found.clients.map((c) => c.name)).toEqual([NAME, '欧阳晓红']);
    office.call('erasePersonData', {
      token: office.token(),
      phone: PHONE,
      confirmPhone: PHONE,
      reason: 'subjectRequest',
    });
    expect([...cellsContaining(office, '欧阳晓红'), ...cellsContaining(office, PHONE)]).toEqual([]);
  });

  it('keeps a buyer as an anonymous record: the sale keeps its amount and shares, its note is gone', () => {
    const { office, clientId } = officeWithPerson();
    const ref = (office.db.prepare('SELECT ref FROM clients WHERE id = ?').get(clientId) as { ref: string }).ref;
    const sale = office.call('recordSale', {
      token: office.token(),
      clientRef: ref,
      closerId: office.ids.李雷,
      amountYuan: 3_000_000,
      unit: '3-1202',
      override: { closerBp: 5000, note: `${NAME}要求两人平分` },
    });
    const erased = office.call('erasePersonData', {
      token: office.token(),
      phone: PHONE,
      confirmPhone: PHONE,
      reason: 'subjectRequest',
    });
    expect(erased.counts).toMatchObject({ clientsDeleted: 0, clientsKept: 1, sales: 1 });
    const kept = office.call('listSales', { token: office.token() }).find((s) => s.id === sale.id);
    expect(kept?.shares.map((s) => [s.bp, s.amountFen])).toEqual(sale.shares.map((s) => [s.bp, s.amountFen]));
    expect(cellsContaining(office, NAME)).toEqual([]);
  });
});
