import { describe, expect, it } from 'vitest';
import { checkIn, complete, daysLater } from '../helpers/check-in';
import { memoryOffice, PINS, type TestOffice } from '../helpers/office';

const PHONE = '13812345678';

const count = (office: TestOffice, table: string) =>
  (office.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/**
 * 孙丽 walks in and 王芳 (head of the rotation) receives her; 王芳 follows up. Five days later she comes back and
 * the receptionist does not confirm the match: a second record, received by 李雷 — the same phone on two books.
 */
function registeredTwice() {
  const office = memoryOffice('09:00');
  checkIn(office, { registration: complete('孙丽', PHONE, 'female') });
  const first = office.db.prepare("SELECT id FROM clients WHERE ref = 'C00001'").get() as { id: number };
  office.clock.set('20:00');
  office.call('logFollowUp', {
    consultantId: office.ids.王芳,
    pin: PINS.王芳,
    clientId: first.id,
    channel: 'wechat',
    content: '发了三房户型图',
  });
  daysLater(office, 5, '10:00');
  office.setStatus('王芳', 'away_work');
  const again = checkIn(office, { registration: complete('孙丽', PHONE, 'female'), clientId: null });
  expect(again.receivedBy?.name).toBe('李雷');
  return office;
}

describe('clashes (撞单) found from the records', () => {
  it('finds the same phone registered by two consultants, with both sides’ evidence and the rules’ suggestion', () => {
    const office = registeredTwice();
    const [clash, ...rest] = office.call('listClashes', { token: office.token() });
    expect(rest).toEqual([]);
    expect(clash?.kind).toBe('samePerson');
    expect(clash?.sides.map((s) => [s.consultant.name, s.client.ref, s.maskedPhones])).toEqual([
      ['王芳', 'C00001', ['138****5678']],
      ['李雷', 'C00002', ['138****5678']],
    ]);
    expect(clash?.sides[0].visits.map((v) => v.receivedBy)).toEqual(['王芳']);
    expect(clash?.sides[0].followUps.map((f) => [f.consultant, f.content, f.withinProtection])).toEqual([
      ['王芳', '发了三房户型图', true],
    ]);
    expect(clash?.suggestion.owner?.name).toBe('王芳');
    expect(clash?.suggestion.reasons.map((r) => r.code)).toEqual(['firstRegistration', 'protected']);
  });

  it('finds the owner’s protected client received by a stand-in', () => {
    const office = memoryOffice('09:00');
    checkIn(office, { registration: complete('孙丽', PHONE, 'female') });
    daysLater(office, 3);
    office.setStatus('王芳', 'leave');
    const [candidate] = office.call('findCandidates', { phone: PHONE });
    const r = checkIn(office, {
      registration: complete('孙丽', PHONE, 'female'),
      clientId: candidate?.clientId ?? null,
    });
    expect(r).toMatchObject({ standIn: true, receivedBy: { name: '李雷' } });

    const [clash] = office.call('listClashes', { token: office.token() });
    expect(clash?.kind).toBe('standIn');
    expect(clash?.sides.map((s) => [s.consultant.name, s.visits.length])).toEqual([
      ['王芳', 1],
      ['李雷', 1],
    ]);
    expect(clash?.reasons[0]?.zh).toContain('李雷于');
    expect(clash?.suggestion.owner?.name).toBe('王芳');
  });
});

describe('the ruling', () => {
  it('merges the duplicate into the winner’s record and files who, when and why', () => {
    const office = registeredTwice();
    const [clash] = office.call('listClashes', { token: office.token() });
    daysLater(office, 5, '16:00');
    const ruling = office.call('decideClash', {
      token: office.token(),
      key: clash?.key ?? '',
      ownerId: office.ids.王芳,
      note: '王芳登记在先,保护期内有回访',
    });
    expect(ruling).toMatchObject({
      action: 'merge',
      owner: { name: '王芳' },
      other: { name: '李雷' },
      decidedBy: { name: '陈总' },
      decidedAt: office.clock.now(),
      note: '王芳登记在先,保护期内有回访',
      client: { ref: 'C00001' },
    });
    expect(ruling.reasons.map((r) => r.zh)).toEqual([
      '主管陈总裁定归王芳:王芳登记在先,保护期内有回访',
      '重复档案 C00002 并入 C00001(来访、电话、跟进一并转入)',
    ]);

    // One record now: both visits, the phone and its match keys point at C00001; the merge is on file.
    const clients = office.db.prepare('SELECT ref FROM clients').all();
    expect(clients).toEqual([{ ref: 'C00001' }]);
    expect(office.db.prepare('SELECT count(*) AS n FROM visits WHERE client_id = ?').get(ruling.client?.id)).toEqual({
      n: 2,
    });
    expect(office.call('findCandidates', { phone: PHONE }).map((c) => c.ref)).toEqual(['C00001']);
    expect(office.db.prepare('SELECT loser_ref AS ref, ruling_id AS r FROM client_merges').all()).toEqual([
      { ref: 'C00002', r: ruling.id },
    ]);
    // The duplicate's history reads on the winner's record, and the ruling ends it.
    const history = office.db
      .prepare(
        `SELECT o.kind, f.name AS "from", t.name AS "to" FROM ownership_changes o
         LEFT JOIN consultants f ON f.id = o.from_id LEFT JOIN consultants t ON t.id = o.to_id
         WHERE o.client_id = ? ORDER BY o.at, o.id`,
      )
      .all(ruling.client?.id);
    expect(history).toEqual([
      { kind: 'firstContact', from: null, to: '王芳' },
      { kind: 'firstContact', from: null, to: '李雷' },
      { kind: 'override', from: '李雷', to: '王芳' },
    ]);

    // A decided clash leaves the open list, and the ruling is listed and prints.
    expect(office.call('listClashes', { token: office.token() })).toEqual([]);
    expect(office.call('listRulings', { token: office.token() }).map((r) => r.id)).toEqual([ruling.id]);
    const doc = office.call('getRulingDocument', { token: office.token(), rulingId: ruling.id });
    for (const text of [
      '撞单裁定书',
      '王芳 签字',
      '李雷 签字',
      '主管 陈总 签字',
      '王芳登记在先,保护期内有回访',
      '138****5678',
    ]) {
      expect(doc.html).toContain(text);
    }
    expect(doc.html).not.toContain(PHONE);
  });

  it('refuses a ruling for someone who is not a side, and writes nothing', () => {
    const office = registeredTwice();
    const [clash] = office.call('listClashes', { token: office.token() });
    const r = office.attempt('decideClash', {
      token: office.token(),
      key: clash?.key ?? '',
      ownerId: office.ids.张伟,
      note: '张伟更熟悉',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '张伟不是本次撞单的一方' } });
    expect([count(office, 'rulings'), count(office, 'clients')]).toEqual([0, 2]);
  });

  it('upholds the owner against a stand-in, and the clash leaves the list', () => {
    const office = memoryOffice('09:00');
    checkIn(office, { registration: complete('孙丽', PHONE, 'female') });
    daysLater(office, 3);
    office.setStatus('王芳', 'leave');
    const [candidate] = office.call('findCandidates', { phone: PHONE });
    checkIn(office, { registration: complete('孙丽', PHONE, 'female'), clientId: candidate?.clientId ?? null });
    const [clash] = office.call('listClashes', { token: office.token() });
    const ruling = office.call('decideClash', {
      token: office.token(),
      key: clash?.key ?? '',
      ownerId: office.ids.王芳,
      note: '代接不改变归属',
    });
    expect(ruling.action).toBe('uphold');
    expect(office.call('listClashes', { token: office.token() })).toEqual([]);
  });
});

describe('sales and their split (分单)', () => {
  /** 王芳's client, received by 李雷 as a stand-in, buys from 李雷. */
  function standInSale() {
    const office = memoryOffice('09:00');
    checkIn(office, { registration: complete('孙丽', PHONE, 'female') });
    daysLater(office, 3);
    office.setStatus('王芳', 'leave');
    const [candidate] = office.call('findCandidates', { phone: PHONE });
    checkIn(office, { registration: complete('孙丽', PHONE, 'female'), clientId: candidate?.clientId ?? null });
    return office;
  }

  it('splits by the preset in force and records the shares, summing to 100%', () => {
    const office = standInSale();
    office.call('setSplitPolicy', { token: office.token(), preset: 'closerTwoThirds', overrides: {} });
    const input = { clientRef: 'c00001', closerId: office.ids.李雷, unit: '3-1102', amountYuan: 2_000_000 };
    const preview = office.call('previewSale', { token: office.token(), ...input });
    expect(preview.preset.zh).toBe('成交者2/3');
    expect(count(office, 'sales')).toBe(0);

    const sale = office.call('recordSale', { token: office.token(), ...input });
    expect(sale.shares.map((s) => [s.consultant.name, s.role, s.bp, s.label, s.amountFen])).toEqual([
      ['李雷', 'closer', 6667, '2/3', 133_333_333],
      ['王芳', 'owner', 3333, '1/3', 66_666_667],
    ]);
    expect(sale.shares.reduce((a, s) => a + s.bp, 0)).toBe(10_000);
    expect(sale.reasons[0]?.zh).toBe('李雷成交了王芳保护期内的客户:成交者2/3,原顾问1/3');
    expect(office.call('listSales', { token: office.token() }).map((s) => s.id)).toEqual([sale.id]);
  });

  it('gives the owner 20% when they logged no follow-ups, under the follow-ups preset', () => {
    const office = standInSale();
    office.call('setSplitPolicy', { token: office.token(), preset: 'followUpsDecide', overrides: {} });
    const sale = office.call('recordSale', { token: office.token(), clientRef: 'C00001', closerId: office.ids.李雷 });
    expect(sale.shares.map((s) => [s.consultant.name, s.bp])).toEqual([
      ['李雷', 8000],
      ['王芳', 2000],
    ]);
  });

  it('takes the supervisor’s override with the reason on file', () => {
    const office = standInSale();
    const sale = office.call('recordSale', {
      token: office.token(),
      clientRef: 'C00001',
      closerId: office.ids.李雷,
      override: { closerBp: 6000, note: '李雷促成,王芳前期有带看' },
    });
    expect(sale).toMatchObject({ overridden: true, note: '李雷促成,王芳前期有带看' });
    expect(sale.shares.map((s) => s.bp)).toEqual([6000, 4000]);
    expect(sale.reasons.at(-1)?.zh).toBe('主管陈总改为成交者60%、原顾问40%:李雷促成,王芳前期有带看');
    const audit = office.db.prepare("SELECT details FROM audit_log WHERE action = 'sale.record'").get() as {
      details: string;
    };
    expect(JSON.parse(audit.details)).toMatchObject({ splitOverride: { closerBp: 6000 } });
    expect(audit.details).not.toContain('李雷促成');
  });

  it('refuses a sale for an unknown client with a clear message, and writes nothing', () => {
    const office = standInSale();
    const r = office.attempt('recordSale', { token: office.token(), clientRef: 'C09999', closerId: office.ids.李雷 });
    expect(r).toEqual({ ok: false, error: { code: 'not_found', message: '找不到客户档案 C09999,成交未记录' } });
    const bad = office.attempt('recordSale', {
      token: office.token(),
      clientRef: 'C00001',
      closerId: office.ids.李雷,
      override: { closerBp: 6000, note: '' },
    });
    expect(bad.ok).toBe(false);
    expect([count(office, 'sales'), count(office, 'sale_splits')]).toEqual([0, 0]);
  });
});

describe('the public pool (公海)', () => {
  it('lists a lapsed client, hands it over with a reason, and the consultant sees this week’s lapses', () => {
    const office = memoryOffice('09:00');
    checkIn(office, { registration: complete('孙丽', PHONE, 'female') });
    const lapsing = () => office.call('listMyLapsing', { consultantId: office.ids.王芳, pin: PINS.王芳 });
    daysLater(office, 20); // Thursday 12-10: protection ends Sunday 12-20, next week
    expect(lapsing()).toEqual([]);
    daysLater(office, 27); // Thursday 12-17: it ends this Sunday
    expect(lapsing().map((c) => c.client.ref)).toEqual(['C00001']);
    expect(office.call('listPublicPool', { token: office.token() })).toEqual([]);

    daysLater(office, 32);
    const [entry] = office.call('listPublicPool', { token: office.token() });
    expect(entry).toMatchObject({ client: { ref: 'C00001' }, owner: { name: '王芳' } });
    expect(entry?.reasons[0]?.code).toBe('lapsed');

    office.call('reassignPoolClient', {
      token: office.token(),
      clientId: entry?.client.id ?? 0,
      consultantId: office.ids.张伟,
      note: '王芳休长假,由张伟回访',
    });
    // 张伟's protection counts from the hand-over: the client leaves the pool and, walking in, is his.
    expect(office.call('listPublicPool', { token: office.token() })).toEqual([]);
    daysLater(office, 40);
    const [found] = office.call('findCandidates', { phone: PHONE });
    expect(found).toMatchObject({ owner: { name: '张伟' }, isProtected: true });
    const back = checkIn(office, {
      registration: complete('孙丽', PHONE, 'female'),
      clientId: found?.clientId ?? null,
    });
    expect(back).toMatchObject({ returning: true, owner: { name: '张伟' } });
    const history = office.db.prepare("SELECT reasons FROM ownership_changes WHERE kind = 'override'").get() as {
      reasons: string;
    };
    expect(history.reasons).toContain('主管陈总将公海客户孙丽分配给张伟:王芳休长假,由张伟回访');
  });
});
