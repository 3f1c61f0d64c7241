import { describe, expect, it } from 'vitest';
import { memoryOffice } from '../helpers/office';

const zh = (d: { reasons: { zh: string }[] }) => d.reasons.map((r) => r.zh);
/** What the check-in says first of a visitor with no record who names no one. */
const NEW_CLIENT = '按新客户接待:轮排接待的顾问首接并归属';

describe('walk-ins checked in at the desk are received by the rotation', () => {
  it('gives walk-ins to 王芳, 李雷, 张伟 in the standing order, each moving to the back', () => {
    const office = memoryOffice();
    const first = office.walkIn('09:10', { name: '赵六', phone: '13900000002' });
    expect(first).toMatchObject({ waiting: false, turnConsumed: true, standIn: false });
    expect(first.receivedBy?.name).toBe('王芳');
    expect(first.owner?.name).toBe('王芳');
    expect(zh(first)).toEqual([NEW_CLIENT, '轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']);
    expect(office.walkIn('09:12').receivedBy?.name).toBe('李雷');
    const board = office.call('getBoard', {});
    expect(board.queue.map((m) => [m.name, m.status, m.receptions])).toEqual([
      ['张伟', 'available', 0],
      ['王芳', 'receiving', 1],
      ['李雷', 'receiving', 1],
    ]);
    expect(board.next?.name).toBe('张伟');
    expect(board.receptionsToday).toBe(2);
  });

  it('passes over a consultant who stepped out (PIN at the kiosk) and serves three walk-ins in the right order', () => {
    const office = memoryOffice();
    office.setStatus('李雷', 'away_personal', '09:00');
    expect(office.walkIn('09:10').receivedBy?.name).toBe('王芳');
    const second = office.walkIn('09:12');
    expect(second.receivedBy?.name).toBe('张伟');
    expect(zh(second).slice(0, 2)).toEqual([NEW_CLIENT, '李雷私事离开,本次轮空,排到队尾']);
    office.setStatus('王芳', 'available', '09:20');
    expect(office.walkIn('09:25').receivedBy?.name).toBe('王芳');
    expect(office.queue()).toEqual(['李雷', '张伟', '王芳']);
  });

  it('tells a visitor to wait when nobody is free, and serves them when a consultant comes back', () => {
    const office = memoryOffice();
    office.walkIn('09:10');
    office.walkIn('09:11');
    office.walkIn('09:12');
    const waits = office.walkIn('09:13', { name: '钱七' });
    expect(waits).toMatchObject({ waiting: true, receivedBy: null });
    expect(zh(waits)).toEqual([NEW_CLIENT, '暂无可接待的顾问,访客等候(第1位)']);
    expect(office.call('getBoard', {}).waiting.map((w) => w.visitor)).toEqual([{ sequence: 4, maskedName: '钱*' }]);

    const back = office.setStatus('李雷', 'available', '09:30');
    expect(back.status).toBe('receiving');
    expect(back.reasons.map((r) => r.zh)).toContain('轮到李雷接待(队列中第一位在岗顾问)');
    expect(office.call('getBoard', {}).waiting).toEqual([]);
  });

  it('sends a visitor who names a consultant to that consultant, whose turn is kept', () => {
    const office = memoryOffice();
    const d = office.walkIn('09:10', { directedTo: office.ids.张伟, directedKind: 'named' });
    expect(d.receivedBy?.name).toBe('张伟');
    expect(d.turnConsumed).toBe(false);
    expect(office.queue()).toEqual(['王芳', '李雷', '张伟']);
  });

  it('has a stand-in receive an appointment when the consultant is out, and tells the owner on the board', () => {
    const office = memoryOffice();
    office.setStatus('张伟', 'away_work', '09:00');
    const d = office.walkIn('09:10', { directedTo: office.ids.张伟, directedKind: 'appointment' });
    expect(d).toMatchObject({ standIn: true, turnConsumed: false });
    expect([d.receivedBy?.name, d.owner?.name]).toEqual(['王芳', '张伟']);
    const notices = office.call('getBoard', {}).notices;
    expect(notices.map((n) => [n.consultantName, n.receivedBy])).toEqual([['张伟', '王芳']]);
  });

  it('does not let anyone set “receiving” by hand', () => {
    const office = memoryOffice();
    const r = office.attempt('setStatus', { consultantId: office.ids.王芳, pin: '1111', status: 'receiving' });
    expect(r.ok ? null : r.error.code).toBe('invalid_input');
    expect(r.ok ? '' : r.error.message).toContain('接待中');
  });
});

describe('markVisitorLeft', () => {
  it('takes a visitor who gave up waiting off the list, so the next free consultant is not given them', () => {
    const office = memoryOffice();
    for (const t of ['09:10', '09:11', '09:12']) office.walkIn(t);
    const waiting = office.walkIn('09:13');
    office.call('markVisitorLeft', { visitId: waiting.visitId });
    expect(office.call('getBoard', {}).waiting).toEqual([]);
    expect(office.setStatus('王芳', 'available', '09:30').status).toBe('available');
  });

  it('refuses a visitor who is not waiting, in Chinese', () => {
    const office = memoryOffice();
    const served = office.walkIn('09:10');
    const r = office.attempt('markVisitorLeft', { visitId: served.visitId });
    expect(r).toEqual({ ok: false, error: { code: 'conflict', message: '该访客已不在等候名单中' } });
  });
});

describe('the board keeps visitors’ details private', () => {
  it('shows a number and a masked name, never the phone number or the full name', () => {
    const office = memoryOffice();
    office.walkIn('09:10', { name: '赵六', phone: '13900000002' });
    const board = office.call('getBoard', {});
    expect(board.recent.map((r) => r.visitor)).toEqual([{ sequence: 1, maskedName: '赵*' }]);
    const text = JSON.stringify(board);
    expect(text).not.toContain('13900000002');
    expect(text).not.toContain('赵六');
  });
});
