import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { withDay } from '../../electron/services/day-tx';
import { answered, memoryOffice, type TestOffice } from '../helpers/office';

const count = (office: TestOffice, table: string) =>
  (office.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A dispatcher whose unexpected errors are collected instead of printed. */
function quietDispatch(office: TestOffice) {
  const logged: unknown[] = [];
  const raw = createDispatch(office.backend.deps, office.backend.handlers, (err) => logged.push(err));
  const dispatch = (method: string, input: unknown) => answered(raw(method, input));
  return { dispatch, logged };
}

describe('every user action is one transaction', () => {
  it('writes nothing of a roster change whose last step fails after the roster event was appended', () => {
    const office = memoryOffice();
    office.walkIn('09:10');
    const roster = office.call('getRoster', { token: office.token() });
    const events = office.eventCount();
    const standing = office.db.prepare("SELECT value FROM settings WHERE key = 'standingOrder'").get();
    office.db.exec(`CREATE TEMP TRIGGER fail_settings BEFORE INSERT ON settings
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);

    const { dispatch, logged } = quietDispatch(office);
    const r = dispatch('setRoster', {
      token: office.token(),
      order: [...roster.order].reverse(),
      off: [],
      lunchDuty: [],
      lunch: null,
      saveAsStanding: true,
      basedOn: roster.stamp,
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'internal', message: '系统内部错误,操作未保存。请重试,若仍失败请联系管理员。' },
    });
    expect(logged).toHaveLength(1);
    expect(office.eventCount()).toBe(events);
    expect(office.db.prepare("SELECT value FROM settings WHERE key = 'standingOrder'").get()).toEqual(standing);
    expect(office.queue()).toEqual(['李雷', '张伟', '王芳']);
  });

  it('writes neither the visit nor the arrival when the decision cannot be saved', () => {
    const office = memoryOffice();
    office.walkIn('09:10');
    const [visits, events] = [count(office, 'visits'), office.eventCount()];
    office.db.exec(`CREATE TEMP TRIGGER fail_assign BEFORE INSERT ON day_events WHEN NEW.type = 'assigned'
      BEGIN SELECT RAISE(ABORT, 'power cut'); END`);
    office.clock.set('09:12');
    const { dispatch } = quietDispatch(office);
    expect(dispatch('checkIn', { registration: { consent: 'given', name: '赵六' } }).ok).toBe(false);
    expect([count(office, 'visits'), office.eventCount()]).toEqual([visits, events]);
  });

  it('does not even open the day when the first action of the morning is refused', () => {
    const office = memoryOffice();
    expect(office.eventCount()).toBe(0);
    office.clock.set('08:30');
    const r = office.attempt('reorderQueue', {
      token: office.token(),
      order: [office.ids.王芳],
      note: '调整',
      basedOn: [office.ids.王芳],
    });
    expect(r.ok).toBe(false);
    expect(office.eventCount()).toBe(0);
  });

  it('rolls back every event appended by an action that then throws', () => {
    const office = memoryOffice();
    office.clock.set('09:00');
    expect(() =>
      withDay(office.backend.deps, (tx) => {
        tx.append({ type: 'status_changed', consultantId: office.ids.王芳, status: 'leave', note: null }, null);
        throw new Error('interrupted');
      }),
    ).toThrow('interrupted');
    expect(office.eventCount()).toBe(0);
    expect(office.queue()).toEqual(['王芳', '李雷', '张伟']);
  });

  it('tells the screens the board changed only after a write succeeded', () => {
    const office = memoryOffice();
    const pushes: number[] = [];
    office.backend.deps.bus.on('boardChanged', (p) => pushes.push(p.version));
    office.walkIn('09:10');
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toBe(office.call('getBoard', {}).version);
    office.attempt('markVisitorLeft', { visitId: 999 });
    expect(pushes).toHaveLength(1);
  });
});

describe('the day log is append-only', () => {
  it('refuses to change an event that happened', () => {
    const office = memoryOffice();
    office.walkIn('09:10');
    const before = office.db.prepare('SELECT * FROM day_events ORDER BY id').all();
    expect(() => office.db.prepare("UPDATE day_events SET type = 'visitor_left'").run()).toThrow(/append-only/);
    expect(office.db.prepare('SELECT * FROM day_events ORDER BY id').all()).toEqual(before);
  });

  it('refuses to delete an event', () => {
    const office = memoryOffice();
    office.walkIn('09:10');
    const n = office.eventCount();
    expect(n).toBeGreaterThan(0);
    expect(() => office.db.prepare('DELETE FROM day_events').run()).toThrow(/append-only/);
    expect(office.eventCount()).toBe(n);
  });

  it('records who did each supervisor act and why', () => {
    const office = memoryOffice();
    office.clock.set('09:00');
    office.call('skipTurn', { token: office.token(), consultantId: office.ids.王芳, note: '迟到' });
    const log = office.call('getDayLog', { token: office.token() });
    const skip = log.find((e) => e.type === 'turn_skipped');
    expect(skip?.actor).toBe('陈总');
    expect(skip?.summary.zh).toBe('王芳被跳过,排到队尾(迟到)');
    expect(log[0]?.type).toBe('day_opened');
  });
});
