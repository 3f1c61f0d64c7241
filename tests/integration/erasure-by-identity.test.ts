import { describe, expect, it } from 'vitest';
import { listDayEvents } from '../../db/queries/day-events';
import { foldDay } from '../../electron/domain/day-state';
import { runRetentionPurge } from '../../electron/services/retention-purge';
import { DAY, TZ } from '../helpers/day-builder';
import { checkIn, complete, daysLater } from '../helpers/check-in';
import { memoryOffice, type PINS, type TestOffice } from '../helpers/office';

/**
 * An erasure finds what to rewrite by the person's ids, never by their words: a namesake, a visitor
 * whose name contains theirs, a household member on the same phone, and the day log's structure all
 * come through byte for byte.
 */

const DAY_MS = 24 * 60 * 60_000;
/** The office's today is 2026-11-20; three years back the visitors below came, on one day closed since. */
const OLD_DAY = '2023-11-20';

const BUYER = { name: '刘洋', phone: '13600000011' };
const NAMESAKE = { name: '刘洋', phone: '13600000022' };
const LONGER = { name: '赵敏敏', phone: '13600000033' };
const SHORTER = { name: '赵敏', phone: '13600000044' };
const HOUSEHOLD = { buyer: { name: '孙大海', phone: '13600000055' }, other: { name: '孙小溪' } };

const sql = (office: TestOffice, query: string, ...params: unknown[]) => office.db.prepare(query).all(...params);
const clientOf = (office: TestOffice, visitId: number) =>
  (office.db.prepare('SELECT client_id AS id FROM visits WHERE id = ?').get(visitId) as { id: number }).id;

/** Every cell of every table holding `needle` (as in person-data.test.ts). */
function cellsContaining(office: TestOffice, needle: string): string[] {
  const tables = sql(office, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") as {
    name: string;
  }[];
  return tables.flatMap(({ name }) => {
    const columns = sql(office, 'SELECT name FROM pragma_table_info(?)', name) as { name: string }[];
    const where = columns.map((c) => `instr(CAST("${c.name}" AS TEXT), @needle) > 0`).join(' OR ');
    const n = (office.db.prepare(`SELECT count(*) AS n FROM "${name}" WHERE ${where}`).get({ needle }) as { n: number })
      .n;
    return n > 0 ? [`${name}: ${n}`] : [];
  });
}

/**
 * Three years ago, one day: 刘洋 (the buyer) and another 刘洋 (never came back, a note with his name),
 * 赵敏敏 (bought) and 赵敏 (did not), 孙大海 (bought) and 孙小溪 on his phone (did not). The day is closed.
 * Days later the buyer 刘洋 is registered again by another consultant; the supervisor's ruling names
 * him and merges the duplicate; his sale's note names him too. Then the clock comes back to today.
 */
function officeOfNamesakes() {
  const office = memoryOffice('09:00');
  office.clock.advance(-1096 * DAY_MS);
  const visit = (p: { name: string; phone: string }, notes: string | null = null) =>
    checkIn(office, { registration: { ...complete(p.name, p.phone), notes }, clientId: null });
  const buyer = visit(BUYER, `${BUYER.name}想看江景房,电话${BUYER.phone}`);
  const namesake = visit(NAMESAKE, `${NAMESAKE.name}只是路过`);
  const longer = visit(LONGER, `${LONGER.name}带了父母`);
  const shorter = visit(SHORTER);
  const householdBuyer = visit(HOUSEHOLD.buyer);
  const householdOther = visit({ name: HOUSEHOLD.other.name, phone: HOUSEHOLD.buyer.phone });
  office.clock.set('19:00');
  office.call('closeDay', { token: office.token(), day: OLD_DAY });

  // The buyer again, five days on, the match not confirmed: a duplicate record by another consultant, and the ruling.
  daysLater(office, 5, '10:00');
  const owner = sql(office, 'SELECT owner_id AS id FROM clients WHERE id = ?', clientOf(office, buyer.visitId))[0] as {
    id: number;
  };
  const ownerName = Object.entries(office.ids).find(([, id]) => id === owner.id)?.[0] as keyof typeof PINS;
  office.setStatus(ownerName, 'away_work');
  visit(BUYER);
  const [clash] = office.call('listClashes', { token: office.token() });
  office.call('decideClash', {
    token: office.token(),
    key: clash?.key ?? '',
    ownerId: owner.id,
    note: `${BUYER.name}登记在先,电话${BUYER.phone}`,
  });
  const sell = (visitId: number, override?: { closerBp: number; note: string }) => {
    const client = clientOf(office, visitId);
    const { ref } = sql(office, 'SELECT ref FROM clients WHERE id = ?', client)[0] as { ref: string };
    const closerId = Object.values(office.ids).find((id) => id !== owner.id) ?? 0;
    office.call('recordSale', { token: office.token(), clientRef: ref, closerId, amountYuan: 2_000_000, override });
  };
  sell(buyer.visitId, { closerBp: 5000, note: `${BUYER.name}要求两人平分` });
  sell(longer.visitId);
  sell(householdBuyer.visitId);
  office.clock.advance((1096 - 5) * DAY_MS);
  office.clock.set('08:30');
  return { office, buyer, namesake, longer, shorter, householdBuyer, householdOther };
}

/** Everything held about the kept people, as stored: it must read the same, byte for byte, after the erasures. */
function keptRecords(office: TestOffice, visitIds: number[]) {
  const clientIds = visitIds.map((id) => clientOf(office, id));
  const ids = JSON.stringify(visitIds);
  const clients = JSON.stringify(clientIds);
  const snapshot = JSON.parse(
    (sql(office, 'SELECT snapshot FROM day_closes WHERE day = ?', OLD_DAY)[0] as { snapshot: string }).snapshot,
  ) as { rows: { visitId: number }[] };
  return {
    sheetRows: snapshot.rows.filter((r) => visitIds.includes(r.visitId)),
    visits: sql(office, 'SELECT * FROM visits WHERE id IN (SELECT value FROM json_each(?))', ids),
    events: sql(
      office,
      "SELECT * FROM day_events WHERE json_extract(data, '$.visitId') IN (SELECT value FROM json_each(?))",
      ids,
    ),
    eventReasons: sql(
      office,
      `SELECT x.* FROM day_event_reasons AS x JOIN day_events AS e ON e.id = x.event_id
         WHERE json_extract(e.data, '$.visitId') IN (SELECT value FROM json_each(?))`,
      ids,
    ),
    clients: sql(office, 'SELECT * FROM clients WHERE id IN (SELECT value FROM json_each(?))', clients),
    phones: sql(office, 'SELECT * FROM client_phones WHERE client_id IN (SELECT value FROM json_each(?))', clients),
    ownership: sql(
      office,
      'SELECT * FROM ownership_changes WHERE client_id IN (SELECT value FROM json_each(?))',
      clients,
    ),
    sales: sql(office, 'SELECT * FROM sales ORDER BY id'),
    rulings: sql(office, 'SELECT * FROM rulings ORDER BY id'),
    merges: sql(office, 'SELECT * FROM client_merges ORDER BY id'),
  };
}

const sheetRow = (office: TestOffice, visitId: number) =>
  office.call('getDailySheet', { token: office.token(), day: OLD_DAY }).rows.find((r) => r.visitId === visitId);

describe('erasure by identity: only the person’s own records change', () => {
  it('the retention purge takes the old non-buyers and leaves a namesake buyer, 赵敏敏 and a household’s buyer byte for byte', () => {
    const { office, buyer, namesake, longer, shorter, householdBuyer, householdOther } = officeOfNamesakes();
    const kept = [buyer.visitId, longer.visitId, householdBuyer.visitId];
    const before = keptRecords(office, kept);
    expect(before.rulings).toHaveLength(1);
    expect(before.ownership.length).toBeGreaterThan(2);

    const outcome = runRetentionPurge(office.db, office.clock.now());
    expect(outcome).toMatchObject({ clients: 3, done: true });

    expect(keptRecords(office, kept)).toEqual(before);
    for (const gone of [namesake, shorter, householdOther]) {
      expect(sheetRow(office, gone.visitId)).toMatchObject({ visitor: '已删除', maskedPhone: null });
    }
    expect(cellsContaining(office, NAMESAKE.phone)).toEqual([]);
    expect(cellsContaining(office, SHORTER.phone)).toEqual([]);
    expect(cellsContaining(office, HOUSEHOLD.other.name)).toEqual([]);
    // The household's buyer keeps the phone they share: the purge erased 孙小溪's record, not the number.
    const found = office.call('findPersonData', { token: office.token(), phone: HOUSEHOLD.buyer.phone });
    expect(found.clients.map((c) => [c.name, c.phones])).toEqual([[HOUSEHOLD.buyer.name, ['136****0055']]]);
  });

  it('an explicit erasure of the other 刘洋 leaves the buyer 刘洋’s row, sale, ruling and ownership as they were', () => {
    const { office, buyer, namesake } = officeOfNamesakes();
    const before = keptRecords(office, [buyer.visitId]);
    const erased = office.call('erasePersonData', {
      token: office.token(),
      phone: NAMESAKE.phone,
      confirmPhone: NAMESAKE.phone,
      reason: 'subjectRequest',
    });
    expect(erased.counts).toMatchObject({ clientsDeleted: 1, visits: 1, sales: 0, rulings: 0, closedDays: 1 });
    expect(keptRecords(office, [buyer.visitId])).toEqual(before);
    expect(sheetRow(office, namesake.visitId)).toMatchObject({ visitor: '已删除', notes: '已删除' });
    expect(sheetRow(office, buyer.visitId)?.visitor).toBe(BUYER.name);
  });

  it('erasing 赵敏 leaves 赵敏敏 whole: a name inside another is not that person', () => {
    const { office, longer, shorter } = officeOfNamesakes();
    const before = keptRecords(office, [longer.visitId]);
    office.call('erasePersonData', {
      token: office.token(),
      phone: SHORTER.phone,
      confirmPhone: SHORTER.phone,
      reason: 'subjectRequest',
    });
    expect(keptRecords(office, [longer.visitId])).toEqual(before);
    expect(sheetRow(office, longer.visitId)).toMatchObject({ visitor: LONGER.name, notes: `${LONGER.name}带了父母` });
    expect(sheetRow(office, shorter.visitId)?.visitor).toBe('已删除');
  });

  it('a person’s own request by the shared phone still takes the whole household (one request, as documented)', () => {
    const { office, householdBuyer, householdOther } = officeOfNamesakes();
    office.call('erasePersonData', {
      token: office.token(),
      phone: HOUSEHOLD.buyer.phone,
      confirmPhone: HOUSEHOLD.buyer.phone,
      reason: 'subjectRequest',
    });
    expect([householdBuyer, householdOther].map((v) => sheetRow(office, v.visitId)?.visitor)).toEqual([
      '已删除',
      '已删除',
    ]);
    expect(cellsContaining(office, HOUSEHOLD.buyer.phone)).toEqual([]);
  });
});

describe('erasure and the day log’s structure', () => {
  /** The day's events without their words (notes, reasons' text): what the fold and the reports read. */
  const structure = (office: TestOffice) =>
    listDayEvents(office.db, DAY).map((e) => {
      const body: Record<string, unknown> = { ...e };
      for (const words of ['note', 'reasons', 'lead']) delete body[words];
      return body;
    });

  it('keeps every structural field when the visitor is called like one (leave, rotation, available)', () => {
    const office = memoryOffice('09:00');
    office.setStatus('张伟', 'leave', '09:05');
    office.clock.set('09:10');
    const visitors = ['leave', 'rotation', 'available'].map((name, i) =>
      checkIn(office, { registration: { ...complete(name, `1370000000${i}`), notes: `${name} 问了价格` } }),
    );
    office.call('markVisitorLeft', { visitId: visitors[2]?.visitId ?? 0 });
    const fold = () => {
      const s = foldDay(DAY, TZ, listDayEvents(office.db, DAY));
      // By ids and decisions: the reasons' words are the person's own record's, and may lose a word (rotation).
      const decided = ({ reasons: _reasons, ...rest }: { reasons: unknown }) => rest;
      return {
        order: s.order,
        members: [...s.members],
        waiting: s.waiting.map(decided),
        assignments: s.assignments,
      };
    };
    const before = { fold: fold(), structure: structure(office) };
    expect(JSON.stringify(before.structure)).toContain('"status":"leave"');

    for (const i of [0, 1, 2]) {
      const phone = `1370000000${i}`;
      office.call('erasePersonData', { token: office.token(), phone, confirmPhone: phone, reason: 'subjectRequest' });
    }
    expect({ fold: fold(), structure: structure(office) }).toEqual(before);
    expect(visitors.map((v) => office.db.prepare('SELECT name FROM visits WHERE id = ?').get(v.visitId))).toEqual(
      visitors.map(() => ({ name: '已删除' })),
    );
  });
});
