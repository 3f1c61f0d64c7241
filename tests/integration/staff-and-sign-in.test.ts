import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { createBackend } from '../../electron/services/backend';
import { answered, memoryOffice, PINS, SUPERVISOR_PIN, testClock } from '../helpers/office';

const HAN = /[\u3400-\u9fff]/;

describe('first start: the office sets itself up', () => {
  it('asks for setup on an empty database, then names the office and its first supervisor, its admin', () => {
    const backend = createBackend(openDatabase(':memory:'), testClock());
    const dispatch = (method: string, input: unknown) => answered(backend.dispatch(method, input));
    expect(dispatch('getSetup', {})).toEqual({ ok: true, value: { needsSetup: true, officeName: '', idleMinutes: 2 } });
    const r = dispatch('setupOffice', { officeName: '滨江壹号案场', name: '陈总', pin: '8888' });
    expect(r.ok && (r.value as { consultant: { role: string } }).consultant.role).toBe('admin');
    expect(dispatch('getSetup', {})).toEqual({
      ok: true,
      value: { needsSetup: false, officeName: '滨江壹号案场', idleMinutes: 2 },
    });
  });

  it('refuses a second setup once anyone exists', () => {
    const office = memoryOffice();
    const r = office.attempt('setupOffice', { officeName: '别的案场', name: '冒充者', pin: '1234' });
    expect(r).toEqual({ ok: false, error: { code: 'conflict', message: '案场已完成初始设置' } });
    expect(office.call('getSetup', {}).officeName).toBe('滨江壹号案场');
  });
});

describe('signing in to the supervisor pages', () => {
  it('gives the supervisor a session token with the right PIN', () => {
    const office = memoryOffice();
    const s = office.call('signIn', { consultantId: office.supervisorId, pin: SUPERVISOR_PIN });
    expect(s.token.length).toBeGreaterThanOrEqual(16);
    expect(s.consultant.name).toBe('陈总');
  });

  it('signs a consultant in, but answers none of the supervisor’s methods to their token', () => {
    const office = memoryOffice();
    const { token, methods } = office.call('signIn', { consultantId: office.ids.王芳, pin: PINS.王芳 });
    expect(methods).not.toContain('getRoster');
    const r = office.attempt('getRoster', { token });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: '王芳是置业顾问,此操作需要主管或管理员权限',
        params: { role: 'consultant' },
      },
    });
  });

  it('refuses supervisor methods without a valid token', () => {
    const office = memoryOffice();
    const r = office.attempt('getRoster', { token: 'x'.repeat(32) });
    expect(r.ok ? null : r.error.code).toBe('unauthorized');
    expect(r.ok ? '' : r.error.message).toBe('登录已过期,请重新输入密码登录');
  });

  it('refuses a supervisor method with no token at all, as bad input', () => {
    const r = answered(memoryOffice().backend.dispatch('getDayLog', {}));
    expect(r.ok ? null : r.error.code).toBe('invalid_input');
  });

  it('ends the session on sign-out and after 15 idle minutes', () => {
    const office = memoryOffice();
    const signIn = () => office.call('signIn', { consultantId: office.supervisorId, pin: SUPERVISOR_PIN }).token;
    const out = signIn();
    expect(office.attempt('getRoster', { token: out }).ok).toBe(true);
    office.call('signOut', { token: out });
    expect(office.attempt('getRoster', { token: out }).ok).toBe(false);
    const idle = signIn();
    office.clock.advance(15 * 60_000 + 1);
    const r = office.attempt('getRoster', { token: idle });
    expect(r.ok ? null : r.error.code).toBe('unauthorized');
  });

  it('stops honouring the token of a supervisor who is made a plain consultant', () => {
    const office = memoryOffice();
    const token = office.token();
    const second = office.call('saveConsultant', { token, name: '周经理', role: 'supervisor', pin: '5555' });
    const theirs = office.call('signIn', { consultantId: second.id, pin: '5555' }).token;
    office.call('saveConsultant', { token, id: second.id, name: '周经理', role: 'consultant' });
    const r = office.attempt('getRoster', { token: theirs });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: '周经理是置业顾问,此操作需要主管或管理员权限',
        params: { role: 'consultant' },
      },
    });
  });
});

describe('managing consultants', () => {
  it('stores the PIN as a salted scrypt hash, never the PIN itself', () => {
    const office = memoryOffice();
    const row = office.db.prepare('SELECT pin_hash FROM consultants WHERE id = ?').get(office.ids.王芳) as {
      pin_hash: string;
    };
    expect(row.pin_hash.startsWith('scrypt$')).toBe(true);
    expect(row.pin_hash).not.toContain(PINS.王芳);
    const again = office.call('saveConsultant', {
      token: office.token(),
      name: '王芳B',
      role: 'consultant',
      pin: PINS.王芳,
    });
    const other = office.db.prepare('SELECT pin_hash FROM consultants WHERE id = ?').get(again.id) as {
      pin_hash: string;
    };
    expect(other.pin_hash).not.toBe(row.pin_hash);
  });

  it('never sends a PIN or its hash to the screens', () => {
    const office = memoryOffice();
    const text = JSON.stringify([
      office.call('listConsultants', {}),
      office.call('listStaff', { token: office.token() }),
    ]);
    expect(text).not.toContain('scrypt');
    expect(text).not.toContain('pin');
  });

  it('refuses two active consultants with the same name, in Chinese', () => {
    const office = memoryOffice();
    const r = office.attempt('saveConsultant', {
      token: office.token(),
      name: '王芳',
      role: 'consultant',
      pin: '4444',
    });
    expect(r.ok ? null : r.error.code).toBe('conflict');
    expect(r.ok ? '' : r.error.message).toContain('已有在职顾问名为“王芳”');
  });

  it('requires a PIN for a new consultant', () => {
    const office = memoryOffice();
    const r = office.attempt('saveConsultant', { token: office.token(), name: '刘洋', role: 'consultant' });
    expect(r).toEqual({ ok: false, error: { code: 'invalid_input', message: '新顾问需要设置 4 至 6 位数字密码' } });
  });

  it('rejects a PIN that is not 4 to 6 digits, saying so in Chinese', () => {
    const office = memoryOffice();
    const r = office.attempt('saveConsultant', {
      token: office.token(),
      name: '刘洋',
      role: 'consultant',
      pin: '12ab',
    });
    expect(r.ok ? null : r.error.code).toBe('invalid_input');
    expect(r.ok ? '' : r.error.message).toContain('密码须为 4 至 6 位数字');
    expect(HAN.test(r.ok ? '' : r.error.message)).toBe(true);
  });
});
