import { describe, expect, it } from 'vitest';
import { checkIn, complete, daysLater, ownerOf } from '../helpers/check-in';
import { memoryOffice, PINS, type TestOffice } from '../helpers/office';

const zh = (reasons: { zh: string }[]) => reasons.map((r) => r.zh);

/** 张三 registered on the first morning, received by the rotation's head, 王芳. */
function officeWithClient(): { office: TestOffice; ref: string } {
  const office = memoryOffice('09:00');
  office.clock.set('09:10');
  const first = checkIn(office, { registration: complete('张三', '13900000001') });
  return { office, ref: first.clientRef ?? '' };
}

describe('check-in of a new visitor', () => {
  it('registers the visit, creates the client and gives them to whoever the rotation gives them to', () => {
    const { office, ref } = officeWithClient();
    expect(ref).toBe('C00001');
    expect(ownerOf(office, ref)).toBe('王芳');
    const history = office.db.prepare('SELECT kind FROM ownership_changes').all();
    expect(history).toEqual([{ kind: 'firstContact' }]);
  });

  it('marks a visit without the three basics incomplete: no client, no claim, on the supervisor’s list', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const r = checkIn(office, { registration: { consent: 'given', name: '李四', phone: '13900000002' } });
    expect(r).toMatchObject({ complete: false, clientRef: null, receivedBy: { name: '王芳' } });
    expect(r.missing).toEqual(['性别', '需求(项目/户型/面积/预算)']);
    const list = office.call('listIncompleteRegistrations', { token: office.token() });
    expect(list.map((v) => [v.name, v.receivedBy, v.missing.length])).toEqual([['李四', '王芳', 2]]);
  });

  it('completing the registration later makes it evidence: the receiver owns the new client', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const r = checkIn(office, { registration: { consent: 'given', name: '李四', phone: '13900000002' } });
    const done = office.call('completeRegistration', {
      visitId: r.visitId,
      registration: complete('李四', '139 0000 0002', 'female'),
    });
    expect(done).toMatchObject({ complete: true, missing: [], maskedPhone: '139****0002' });
    expect(ownerOf(office, 'C00001')).toBe('王芳');
    expect(office.call('listIncompleteRegistrations', { token: office.token() })).toEqual([]);
  });
});

describe('a returning client', () => {
  it('is found by a formatted phone, goes to a stand-in while the owner is on leave, and the owner is alerted', () => {
    const { office, ref } = officeWithClient();
    daysLater(office, 3);
    office.setStatus('王芳', 'leave');
    const [candidate] = office.call('findCandidates', { phone: '+86 139-0000-0001' });
    expect(candidate).toMatchObject({ ref, level: 'strong', owner: { name: '王芳' }, isProtected: true });
    expect(candidate?.maskedPhones).toEqual(['139****0001']);

    const preview = office.call('previewCheckIn', {
      registration: complete('张三', '13900000001'),
      clientId: candidate?.clientId ?? null,
    });
    expect(preview).toMatchObject({ returning: true, owner: { name: '王芳' }, receivedBy: { name: '李雷' } });

    const r = checkIn(office, { registration: complete('张三', '13900000001'), clientId: candidate?.clientId ?? null });
    expect(r).toMatchObject({ returning: true, standIn: true, receivedBy: { name: '李雷' }, owner: { name: '王芳' } });
    expect(zh(r.reasons).join(' ')).toContain('王芳');
    expect(ownerOf(office, ref)).toBe('王芳');
    const alerts = office.call('getBoard', {}).alerts;
    expect(alerts.map((a) => [a.kind, a.maskedPhone, a.receivedBy])).toEqual([['returning', '139****0001', '李雷']]);
  });

  it('is found by a homophone name and the last four digits of the phone', () => {
    const { office, ref } = officeWithClient();
    const [candidate] = office.call('findCandidates', { name: '章三', phone: '0001' });
    expect(candidate).toMatchObject({ ref, level: 'strong' });
  });

  it('lapses after 30 days without contact: the rotation’s receiver owns them, and the old owner is told', () => {
    const { office, ref } = officeWithClient();
    daysLater(office, 31);
    office.setStatus('王芳', 'away_work');
    const [candidate] = office.call('findCandidates', { phone: '13900000001' });
    expect(candidate).toMatchObject({ ref, isProtected: false, owner: { name: '王芳' } });
    const r = checkIn(office, { registration: complete('张三', '13900000001'), clientId: candidate?.clientId ?? null });
    expect(r).toMatchObject({ returning: true, receivedBy: { name: '李雷' }, owner: { name: '李雷' } });
    expect(ownerOf(office, ref)).toBe('李雷');
    const alerts = office.call('getBoard', {}).alerts;
    expect(alerts.map((a) => [a.kind, a.consultantId])).toEqual([['lapsed', office.ids.王芳]]);
    const change = office.db.prepare('SELECT kind FROM ownership_changes ORDER BY id DESC LIMIT 1').get();
    expect(change).toEqual({ kind: 'lapsed' });
  });

  it('stays protected by a follow-up, counted from the later of visit and follow-up', () => {
    const { office, ref } = officeWithClient();
    daysLater(office, 25);
    const clientId = office.call('findCandidates', { phone: '13900000001' })[0]?.clientId ?? 0;
    office.call('logFollowUp', {
      consultantId: office.ids.王芳,
      pin: PINS.王芳,
      clientId,
      channel: 'wechat',
      content: '发了样板间视频',
    });
    daysLater(office, 10);
    const mine = office.call('listMyClients', { consultantId: office.ids.王芳, pin: PINS.王芳 });
    expect(mine.map((c) => [c.ref, c.isProtected])).toEqual([[ref, true]]);
  });
});

describe('the owner’s alert', () => {
  it('is pushed to every screen once by the check-in that raised it, naming who received the visitor', () => {
    const { office } = officeWithClient();
    daysLater(office, 2);
    office.setStatus('王芳', 'away_work');
    const pushed: unknown[] = [];
    office.backend.deps.bus.on('ownerAlerted', (alert) => pushed.push(alert));
    const clientId = office.call('findCandidates', { phone: '13900000001' })[0]?.clientId ?? null;
    const r = checkIn(office, { registration: complete('张三', '13900000001'), clientId });
    checkIn(office, { registration: complete('李四', '13900000002', 'female') });
    expect(pushed).toEqual([
      expect.objectContaining({
        kind: 'returning',
        visitId: r.visitId,
        consultantName: '王芳',
        receivedBy: '李雷',
        maskedPhone: '139****0001',
      }),
    ]);
  });

  it('is acknowledged by the owner with their PIN, and by nobody else', () => {
    const { office } = officeWithClient();
    daysLater(office, 2);
    office.setStatus('王芳', 'away_work');
    const clientId = office.call('findCandidates', { phone: '13900000001' })[0]?.clientId ?? null;
    checkIn(office, { registration: complete('张三', '13900000001'), clientId });
    const [alert] = office.call('getBoard', {}).alerts;
    const alertId = alert?.alertId ?? 0;
    const other = office.attempt('acknowledgeAlert', { consultantId: office.ids.李雷, pin: PINS.李雷, alertId });
    expect(other.ok ? null : other.error.message).toBe('这条提醒不是给您的');
    office.call('acknowledgeAlert', { consultantId: office.ids.王芳, pin: PINS.王芳, alertId });
    expect(office.call('getBoard', {}).alerts).toEqual([]);
  });
});

describe('a referral (老带新)', () => {
  it('belongs to the referrer’s consultant when the referrer came along', () => {
    const { office } = officeWithClient();
    daysLater(office, 1);
    const referrer = office.call('findCandidates', { phone: '13900000001' })[0]?.clientId ?? 0;
    const r = checkIn(office, {
      registration: complete('赵五', '13900000005'),
      answers: { referredBy: { clientId: referrer }, accompanied: true },
    });
    expect(r).toMatchObject({ returning: false, owner: { name: '王芳' } });
    expect(ownerOf(office, r.clientRef ?? '')).toBe('王芳');
  });
});

describe('recognising one’s own client within the window (认领)', () => {
  it('gives the visitor to the owner and the receiver their turn back, within 15 minutes', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const r = checkIn(office, { registration: complete('钱七', '13900000007') });
    expect(r.receivedBy?.name).toBe('王芳');
    office.clock.set('09:20');
    const claimed = office.call('claimVisit', { consultantId: office.ids.李雷, pin: PINS.李雷, visitId: r.visitId });
    expect(claimed).toMatchObject({ receivedBy: { name: '李雷' }, owner: { name: '李雷' } });
    expect(office.queue()[0]).toBe('王芳');
    expect(ownerOf(office, r.clientRef ?? '')).toBe('李雷');
  });

  it('is refused after the window: the receiver keeps the client', () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    const r = checkIn(office, { registration: complete('钱七', '13900000007') });
    office.clock.set('09:40');
    const late = office.attempt('claimVisit', { consultantId: office.ids.李雷, pin: PINS.李雷, visitId: r.visitId });
    expect(late.ok).toBe(false);
    expect(ownerOf(office, r.clientRef ?? '')).toBe('王芳');
  });
});

describe('the supervisor’s final say', () => {
  it('moves a client to another consultant with a reason on file', () => {
    const { office, ref } = officeWithClient();
    const clientId = office.call('findCandidates', { phone: '13900000001' })[0]?.clientId ?? 0;
    office.call('overrideOwner', { token: office.token(), clientId, consultantId: office.ids.张伟, note: '客户投诉' });
    expect(ownerOf(office, ref)).toBe('张伟');
    const last = office.db.prepare('SELECT kind, reasons FROM ownership_changes ORDER BY id DESC LIMIT 1').get() as {
      kind: string;
      reasons: string;
    };
    expect(last.kind).toBe('override');
    expect(last.reasons).toContain('客户投诉');
  });
});
