import { describe, expect, it } from 'vitest';
import { checkIn, complete, ownerOf } from '../helpers/check-in';
import { createDispatch } from '../../electron/api/dispatch';
import { answered, memoryOffice, PINS, type TestOffice } from '../helpers/office';

interface ChangeRow {
  ref: string;
  from_name: string;
  to_name: string | null;
  kind: string;
  reasons: string;
}

/** 王芳 received 张三 (the rotation's head) and 李四 (who asked for her); she logged a follow-up with 张三. */
function officeWithBook(): { office: TestOffice; followUpClient: number } {
  const office = memoryOffice('09:00');
  office.clock.set('09:10');
  const first = checkIn(office, { registration: complete('张三', '13900000001') });
  office.setStatus('王芳', 'available', '09:40');
  office.clock.set('10:00');
  checkIn(office, {
    registration: complete('李四', '13900000002', 'female'),
    answers: { namedConsultant: office.ids.王芳, namedEvidence: 'asked' },
  });
  office.setStatus('王芳', 'available', '10:30');
  const [zhang] = office.call('listMyClients', { consultantId: office.ids.王芳, pin: PINS.王芳 });
  office.call('logFollowUp', {
    consultantId: office.ids.王芳,
    pin: PINS.王芳,
    clientId: zhang?.clientId ?? 0,
    channel: 'wechat',
    content: '发了三房户型图',
  });
  expect(first.owner?.name).toBe('王芳');
  return { office, followUpClient: zhang?.clientId ?? 0 };
}

function changes(office: TestOffice): ChangeRow[] {
  return office.db
    .prepare(
      `SELECT c.ref, f.name AS from_name, t.name AS to_name, o.kind, o.reasons FROM ownership_changes o
       JOIN clients c ON c.id = o.client_id JOIN consultants f ON f.id = o.from_id
       LEFT JOIN consultants t ON t.id = o.to_id WHERE o.kind = 'successor' ORDER BY c.ref`,
    )
    .all() as ChangeRow[];
}

const reasonsOf = (row: ChangeRow | undefined) =>
  (JSON.parse(row?.reasons ?? '[]') as { zh: string }[]).map((r) => r.zh);

describe('a consultant leaves and names a successor', () => {
  it('moves every client to the successor with an ownership change each, and the staff list says so', () => {
    const { office } = officeWithBook();
    office.call('setPolicy', {
      token: office.token(),
      preset: 'default',
      overrides: { 'ownership.departed': 'successor' },
      note: '离职客户归接替人',
    });
    office.clock.set('11:00');
    const preview = office.call('previewDeparture', { token: office.token(), id: office.ids.王芳 });
    expect(preview).toMatchObject({ name: '王芳', clientCount: 2, rule: 'successor' });
    expect(preview.successors.map((p) => p.name)).toEqual(['李雷', '张伟', '陈总']);

    const member = office.call('deactivateConsultant', {
      token: office.token(),
      id: office.ids.王芳,
      note: '个人原因离职',
      successorId: office.ids.李雷,
    });
    expect(member).toMatchObject({ active: false, successor: { name: '李雷' }, clientsMoved: 2 });
    expect(member.departedAt).toBe(office.clock.now());
    expect([ownerOf(office, 'C00001'), ownerOf(office, 'C00002')]).toEqual(['李雷', '李雷']);
    const rows = changes(office);
    expect(rows.map((r) => [r.ref, r.from_name, r.to_name])).toEqual([
      ['C00001', '王芳', '李雷'],
      ['C00002', '王芳', '李雷'],
    ]);
    expect(reasonsOf(rows[0])).toEqual(['王芳离职,客户由接替人李雷接管', '主管陈总:个人原因离职']);
    const mine = office.call('listMyClients', { consultantId: office.ids.李雷, pin: PINS.李雷 });
    expect(mine.map((c) => c.name).sort()).toEqual(['张三', '李四']);
  });

  it('keeps her history readable: her name on the day’s receptions, her follow-ups and the day log', () => {
    const { office, followUpClient } = officeWithBook();
    office.clock.set('11:00');
    office.call('deactivateConsultant', {
      token: office.token(),
      id: office.ids.王芳,
      note: '个人原因离职',
      successorId: office.ids.李雷,
    });
    expect(office.call('getBoard', {}).recent.map((a) => a.receivedBy)).toContain('王芳');
    const followUps = office.call('logFollowUp', {
      consultantId: office.ids.李雷,
      pin: PINS.李雷,
      clientId: followUpClient,
      channel: 'phone',
      content: '接手后电话问候',
    });
    expect(followUps.map((f) => [f.consultant, f.content])).toEqual([
      ['李雷', '接手后电话问候'],
      ['王芳', '发了三房户型图'],
    ]);
    const log = office
      .call('getDayLog', { token: office.token() })
      .map((e) => e.summary.zh)
      .join('\n');
    expect(log).toContain('王芳');
    expect(log).toContain('2位客户交由李雷');
  });

  it('refuses a successor who has left, or the departing consultant herself, and writes nothing', () => {
    const { office } = officeWithBook();
    office.call('deactivateConsultant', {
      token: office.token(),
      id: office.ids.张伟,
      note: '离职',
      successorId: null,
    });
    const before = office.db.prepare('SELECT count(*) AS n FROM ownership_changes').get();
    for (const [successorId, message] of [
      [office.ids.张伟, '张伟已离职,不能接替客户,请选择在职顾问'],
      [office.ids.王芳, '接替人不能是离职的王芳本人,请选择另一位在职顾问'],
    ] as const) {
      const r = office.attempt('deactivateConsultant', {
        token: office.token(),
        id: office.ids.王芳,
        note: '个人原因离职',
        successorId,
      });
      expect(r.ok ? null : r.error).toEqual({ code: 'conflict', message });
    }
    expect(office.db.prepare('SELECT count(*) AS n FROM ownership_changes').get()).toEqual(before);
    expect(ownerOf(office, 'C00001')).toBe('王芳');
    expect(office.call('listStaff', { token: office.token() }).find((m) => m.name === '王芳')?.active).toBe(true);
  });
});

describe('a consultant leaves and the clients go back to the office pool', () => {
  it('leaves the clients without an owner, each with its ownership change, and the next visit is a new client', () => {
    const { office } = officeWithBook();
    office.clock.set('11:00');
    expect(office.call('previewDeparture', { token: office.token(), id: office.ids.王芳 }).rule).toBe('pool');
    const member = office.call('deactivateConsultant', {
      token: office.token(),
      id: office.ids.王芳,
      note: '合同到期',
      successorId: null,
    });
    expect(member).toMatchObject({ active: false, successor: null, clientsMoved: 2 });
    expect([ownerOf(office, 'C00001'), ownerOf(office, 'C00002')]).toEqual([null, null]);
    const rows = changes(office);
    expect(rows.map((r) => [r.ref, r.from_name, r.to_name])).toEqual([
      ['C00001', '王芳', null],
      ['C00002', '王芳', null],
    ]);
    expect(reasonsOf(rows[1])[0]).toBe('王芳离职,客户退回案场,下次来访按新客户接待');

    office.clock.set('14:00');
    const back = checkIn(office, {
      registration: complete('张三', '13900000001'),
      clientId: office.call('findCandidates', { phone: '13900000001' })[0]?.clientId ?? null,
    });
    expect(back.owner?.name).not.toBe('王芳');
    expect(ownerOf(office, 'C00001')).toBe(back.owner?.name);
  });

  it('moves the clients and marks the departure in one transaction: a failure part-way writes nothing', () => {
    const { office } = officeWithBook();
    office.db.exec(`CREATE TEMP TRIGGER fail_second AFTER INSERT ON ownership_changes
      WHEN (SELECT count(*) FROM ownership_changes WHERE kind = 'successor') = 2
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const logged: unknown[] = [];
    const dispatch = createDispatch(office.backend.deps, office.backend.handlers, (err) => logged.push(err));
    const r = answered(
      dispatch('deactivateConsultant', { token: office.token(), id: office.ids.王芳, note: '合同到期' }),
    );
    expect(r.ok ? null : r.error.code).toBe('internal');
    expect(String(logged[0])).toContain('disk full');
    expect([ownerOf(office, 'C00001'), ownerOf(office, 'C00002')]).toEqual(['王芳', '王芳']);
    expect(changes(office)).toEqual([]);
    expect(office.call('listStaff', { token: office.token() }).find((m) => m.name === '王芳')?.active).toBe(true);
  });
});
