import { describe, expect, it } from 'vitest';
import { memoryOffice, PINS } from '../helpers/office';

/** Five wrong PINs at the kiosk for 王芳, the first at 09:00. */
function lockedOut() {
  const office = memoryOffice('09:00');
  const wang = office.ids.王芳;
  const answers = [1, 2, 3, 4, 5].map(() =>
    office.attempt('setStatus', { consultantId: wang, pin: '0000', status: 'away_work' }),
  );
  return { office, wang, answers };
}

describe('consultants change their own status with their PIN', () => {
  it('changes the status with the right PIN and says where they stand', () => {
    const office = memoryOffice('09:00');
    const r = office.setStatus('王芳', 'away_work');
    expect(r.status).toBe('away_work');
    expect(r.position).toBe(1);
    expect(office.call('getBoard', {}).queue[0]?.status).toBe('away_work');
  });

  it('refuses a wrong PIN and says how many tries are left, changing nothing', () => {
    const office = memoryOffice('09:00');
    const before = office.eventCount();
    const r = office.attempt('setStatus', { consultantId: office.ids.王芳, pin: '9999', status: 'away_work' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'wrong_pin', message: '密码错误,还可再试 4 次', params: { left: 4 } },
    });
    expect(office.eventCount()).toBe(before);
    expect(office.call('getBoard', {}).queue[0]?.status).toBe('available');
  });

  it('does not accept another consultant’s PIN', () => {
    const office = memoryOffice('09:00');
    const r = office.attempt('setStatus', { consultantId: office.ids.王芳, pin: PINS.李雷, status: 'leave' });
    expect(r.ok ? null : r.error.code).toBe('wrong_pin');
  });
});

describe('5 wrong PINs lock that consultant out for 5 minutes', () => {
  it('counts down the tries and locks on the fifth wrong PIN', () => {
    const { answers } = lockedOut();
    expect(answers.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
      'locked',
    ]);
    const last = answers[4];
    expect(last?.ok ? '' : last?.error.message).toBe('密码连续错误 5 次,王芳已被锁定 5 分钟');
  });

  it('refuses even the right PIN while locked, with code locked and the minutes left', () => {
    const { office, wang } = lockedOut();
    office.clock.set('09:03');
    const r = office.attempt('setStatus', { consultantId: wang, pin: PINS.王芳, status: 'away_work' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'locked', message: '密码错误次数过多,王芳已被锁定,请 2 分钟后再试', params: { minutes: 2 } },
    });
    office.clock.set('09:04');
    office.clock.advance(59_000);
    const lastSecond = office.attempt('setStatus', { consultantId: wang, pin: PINS.王芳, status: 'away_work' });
    expect(lastSecond.ok ? null : lastSecond.error.code).toBe('locked');
  });

  it('accepts the right PIN once 5 minutes have passed, with a fresh count of tries', () => {
    const { office, wang } = lockedOut();
    office.clock.set('09:05');
    expect(office.setStatus('王芳', 'away_work').status).toBe('away_work');
    const r = office.attempt('setStatus', { consultantId: wang, pin: '0000', status: 'available' });
    expect(r.ok ? null : r.error.params).toEqual({ left: 4 });
  });

  it('locks twice as long each time the wrong PINs go on: 5, then 10 minutes', () => {
    const { office, wang } = lockedOut();
    office.clock.set('09:05');
    const again = [1, 2, 3, 4, 5].map(() =>
      office.attempt('setStatus', { consultantId: wang, pin: '0000', status: 'away_work' }),
    );
    expect(again.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
      'locked',
    ]);
    const last = again[4];
    expect(last?.ok ? '' : last?.error.message).toBe('密码连续错误 10 次,王芳已被锁定 10 分钟');
    office.clock.set('09:14');
    expect(office.attempt('setStatus', { consultantId: wang, pin: PINS.王芳, status: 'away_work' }).ok).toBe(false);
    office.clock.set('09:15');
    expect(office.setStatus('王芳', 'away_work').status).toBe('away_work');
  });

  it('puts each lock in the audit log: whose, after how many, for how long', () => {
    const { office, wang } = lockedOut();
    const entry = office.call('listAuditLog', { token: office.token() }).entries.find((e) => e.action === 'pin.locked');
    expect(entry).toMatchObject({ actorName: '系统', subject: `consultant:${wang}` });
    expect(entry?.details).toEqual({ failures: 5, minutes: 5 });
  });

  it('locks only that consultant: the others carry on', () => {
    const { office } = lockedOut();
    expect(office.setStatus('李雷', 'away_work').status).toBe('away_work');
  });

  it('keeps the lock across a restart of the app (it is in the database)', () => {
    const { office, wang } = lockedOut();
    const restarted = office.reopen(office.db);
    const r = restarted.attempt('setStatus', { consultantId: wang, pin: PINS.王芳, status: 'away_work' });
    expect(r.ok ? null : r.error.code).toBe('locked');
  });

  it('writes nothing to the day log for wrong or locked attempts', () => {
    const office = memoryOffice('09:00');
    const before = office.eventCount();
    for (let i = 0; i < 6; i++)
      office.attempt('setStatus', { consultantId: office.ids.王芳, pin: '0000', status: 'leave' });
    expect(office.eventCount()).toBe(before);
  });

  it('resets the count after a right PIN: four wrong, one right, four wrong is not a lock', () => {
    const office = memoryOffice('09:00');
    const wrong = () =>
      office.attempt('setStatus', { consultantId: office.ids.王芳, pin: '0000', status: 'away_work' });
    for (let i = 0; i < 4; i++) wrong();
    office.setStatus('王芳', 'away_work');
    const again = [1, 2, 3, 4].map(wrong);
    expect(again.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
    ]);
  });
});

describe('signing in counts toward the same lock', () => {
  it('locks the supervisor out of the supervisor pages after 5 wrong PINs', () => {
    const office = memoryOffice('09:00');
    const tries = [1, 2, 3, 4, 5, 6].map(() =>
      office.attempt('signIn', { consultantId: office.supervisorId, pin: '0000' }),
    );
    expect(tries.map((r) => (r.ok ? 'ok' : r.error.code)).slice(3)).toEqual(['wrong_pin', 'locked', 'locked']);
  });
});
