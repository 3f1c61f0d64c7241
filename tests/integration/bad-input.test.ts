import { describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../electron/api/errors';
import { answered, memoryOffice, PINS, type TestOffice } from '../helpers/office';

/** A morning under way: 王芳 received a walk-in at 09:10; a visitor is waiting with everyone busy. */
function morning(): TestOffice {
  const office = memoryOffice();
  office.walkIn('09:10');
  office.walkIn('09:11');
  office.walkIn('09:12');
  office.walkIn('09:13');
  office.clock.set('09:20');
  return office;
}

/** The refusal of a call, and a check that it left the day exactly as it was. */
function refused<T>(office: TestOffice, act: () => ApiResponse<T>): { code: string; message: string } {
  const events = office.eventCount();
  const { now: _now, ...board } = office.call('getBoard', {});
  const r = act();
  if (r.ok) throw new Error('expected the call to be refused');
  expect(office.eventCount()).toBe(events);
  const { now: _after, ...boardAfter } = office.call('getBoard', {});
  expect(boardAfter).toEqual(board);
  return r.error;
}

const HAN = /[\u3400-\u9fff]/;

describe('an unknown consultant', () => {
  it('cannot change a status', () => {
    const office = morning();
    const e = refused(office, () =>
      office.attempt('setStatus', { consultantId: 999, pin: '1234', status: 'available' }),
    );
    expect(e).toEqual({ code: 'not_found', message: '找不到该顾问' });
  });

  it('cannot be asked for by a visitor', () => {
    const office = morning();
    const e = refused(office, () => office.attempt('checkIn', { answers: { namedConsultant: 999 } }));
    expect(e).toEqual({ code: 'not_found', message: '找不到指定的顾问' });
  });

  it('cannot be given a visitor by hand, and the message says they are not found rather than departed', () => {
    const office = morning();
    const waiting = office.call('getBoard', {}).waiting[0]?.visitId ?? 0;
    const e = refused(office, () =>
      office.attempt('assignVisitor', { token: office.token(), visitId: waiting, consultantId: 999, note: '主管指派' }),
    );
    expect(e.code).toMatch(/not_found|conflict/);
    expect(e.message).toContain('找不到');
    expect(e.message).not.toContain('离职');
  });

  it('cannot be skipped or given a make-up', () => {
    const office = morning();
    for (const method of ['skipTurn', 'grantMakeup'] as const) {
      const e = refused(office, () =>
        office.attempt(method, { token: office.token(), consultantId: 999, note: '测试' }),
      );
      expect(e.code).toBe('conflict');
      expect(e.message).toBe('找不到该顾问');
    }
  });
});

describe('a consultant who has left (离职)', () => {
  it('cannot change their status at the kiosk, even with their PIN', () => {
    const office = morning();
    office.call('deactivateConsultant', { token: office.token(), id: office.ids.张伟, note: '辞职' });
    const e = refused(office, () =>
      office.attempt('setStatus', { consultantId: office.ids.张伟, pin: PINS.张伟, status: 'available' }),
    );
    expect(e).toEqual({ code: 'forbidden', message: '张伟已离职,不能再操作' });
  });

  it('is refused by the setStatus handler itself, not only by the PIN check in front of it (replay calls handlers directly)', () => {
    const office = morning();
    office.call('deactivateConsultant', { token: office.token(), id: office.ids.张伟, note: '辞职' });
    const { handlers } = office.backend;
    const actor = { id: office.ids.张伟, name: '张伟', role: 'consultant' as const };
    const events = office.eventCount();
    expect(() =>
      handlers.setStatus({ consultantId: office.ids.张伟, pin: PINS.张伟, status: 'available' }, { actor }),
    ).toThrow('张伟已离职');
    expect(office.eventCount()).toBe(events);
    expect(office.queue()).toEqual(['王芳', '李雷']);
  });

  it('leaves the queue and the board when they leave', () => {
    const office = morning();
    office.call('deactivateConsultant', { token: office.token(), id: office.ids.张伟, note: '辞职' });
    const board = office.call('getBoard', {});
    expect(board.queue.map((m) => m.name)).toEqual(['王芳', '李雷']);
    expect(board.onLeave).toEqual([]);
  });
});

describe('two screens acting on the same queue', () => {
  it('refuses a reorder made from an older view with “stale”, in Chinese', () => {
    const office = morning();
    const seen = office.call('getBoard', {}).queue.map((m) => m.id);
    const [w, l, z] = [office.ids.王芳, office.ids.李雷, office.ids.张伟];
    office.call('reorderQueue', { token: office.token(), order: [z, w, l], note: '第一块屏', basedOn: seen });
    const e = refused(office, () =>
      office.attempt('reorderQueue', { token: office.token(), order: [l, z, w], note: '第二块屏', basedOn: seen }),
    );
    expect(e).toEqual({ code: 'stale', message: '队列刚刚发生了变化,请查看最新队列后再操作' });
  });

  it('refuses a roster saved from an older view with “stale”', () => {
    const office = morning();
    const roster = office.call('getRoster', { token: office.token() });
    office.setStatus('王芳', 'available', '09:25');
    office.walkIn('09:26');
    const e = refused(office, () =>
      office.attempt('setRoster', { token: office.token(), ...roster, lunch: null, basedOn: roster.stamp }),
    );
    expect(e.code).toBe('stale');
  });

  it('accepts a roster edited while consultants only changed status, which the roster does not rest on', () => {
    const office = morning();
    const roster = office.call('getRoster', { token: office.token() });
    office.setStatus('王芳', 'away_work', '09:25');
    const saved = office.attempt('setRoster', { token: office.token(), ...roster, lunch: null, basedOn: roster.stamp });
    expect(saved.ok).toBe(true);
  });
});

describe('a reorder that is not the same consultants in a new order', () => {
  it.each([
    ['someone left out', (ids: number[]) => ids.slice(0, 2)],
    ['someone twice', (ids: number[]) => [ids[0] ?? 0, ids[0] ?? 0, ids[1] ?? 0]],
    ['someone not on duty', (ids: number[]) => [...ids.slice(0, 2), 999]],
  ])('is refused: %s', (_what, make) => {
    const office = morning();
    const { order } = office.call('getRoster', { token: office.token() });
    const e = refused(office, () =>
      office.attempt('reorderQueue', { token: office.token(), order: make(order), note: '调整', basedOn: order }),
    );
    expect(e).toEqual({ code: 'conflict', message: '新顺序必须恰好包含当前轮排中的全部顾问' });
  });
});

describe('a roster that does not make sense', () => {
  it('is refused before anything is written, each with a Chinese message', () => {
    const office = morning();
    const { stamp } = office.call('getRoster', { token: office.token() });
    const [w, l, z] = [office.ids.王芳, office.ids.李雷, office.ids.张伟];
    const base = { token: office.token(), order: [w, l], off: [z], lunchDuty: [], lunch: null, basedOn: stamp };
    const messages = [
      { ...base, off: [w] },
      { ...base, lunchDuty: [z] },
      { ...base, lunch: { from: '13:00', to: '12:00' } },
    ].map((input) => refused(office, () => office.attempt('setRoster', input)).message);
    expect(messages).toEqual([
      '同一位顾问不能既在班又休假,也不能重复',
      '午餐值班的张伟必须在今日在班名单中',
      '午餐时段的结束时间必须晚于开始时间',
    ]);
  });
});

describe('malformed input from a screen', () => {
  it('names the problem in Chinese and writes nothing', () => {
    const office = morning();
    const e = refused(office, () => answered(office.backend.dispatch('checkIn', { partySize: 0 })));
    expect(e.code).toBe('invalid_input');
    expect(HAN.test(e.message)).toBe(true);
  });

  it('refuses an unknown method', () => {
    const office = morning();
    expect(refused(office, () => answered(office.backend.dispatch('dropTables', {})))).toEqual({
      code: 'not_found',
      message: '未知的操作:dropTables',
    });
  });
});
