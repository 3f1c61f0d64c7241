import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../electron/api/contract';
import { mayCall } from '../../electron/api/contract-kit';
import type { ApiResponse } from '../../electron/api/errors';
import { ROLES, type Role } from '../../electron/domain/roles';
import { fingerprint, PLAIN_SUPERVISOR_PIN, scene, validInputs, type Scene } from '../helpers/hostile';
import { PINS, SUPERVISOR_PIN } from '../helpers/office';

/**
 * The role matrix: every method, called by every role with an otherwise valid input, is let through
 * or refused exactly as the contract declares — by the backend, whatever a screen shows. A refusal
 * writes nothing.
 */

/** Refusals of who calls, not of what they ask: a role refusal names the role (a consultant's own client is a 'forbidden' too). */
function refusedCaller(r: ApiResponse<unknown>): boolean {
  if (r.ok) return false;
  if (r.error.code === 'forbidden') return r.error.params?.role !== undefined;
  return ['unauthorized', 'wrong_pin', 'locked'].includes(r.error.code);
}

/** Who stands at the desk as each role, and the PIN and sign-in they hold (the receptionist holds none). */
function callerFor(s: Scene, role: Role): { id: number; pin: string; token: string } | null {
  const person = {
    receptionist: null,
    consultant: { id: s.office.ids.王芳, pin: PINS.王芳 },
    supervisor: { id: s.supervisorId, pin: PLAIN_SUPERVISOR_PIN },
    admin: { id: s.office.supervisorId, pin: SUPERVISOR_PIN },
  }[role];
  if (!person) return null;
  const token = s.office.call('signIn', { consultantId: person.id, pin: person.pin }).token;
  return { ...person, token };
}

/** The valid input, carrying this caller's credential: their PIN, their sign-in, or none they could have. */
function inputAs(method: MethodName, s: Scene, role: Role): unknown {
  const input = validInputs(s)[method]() as Record<string, unknown>;
  const caller = callerFor(s, role);
  switch (contract[method].access.credential) {
    case 'none':
      return input;
    case 'pin':
      // The receptionist knows no consultant's PIN: the best they can do is guess.
      return caller ? { ...input, consultantId: caller.id, pin: caller.pin } : { ...input, pin: '000000' };
    case 'session':
      return { ...input, token: caller?.token ?? 'no-session-at-the-desk' };
  }
}

async function answer(s: Scene, method: MethodName, input: unknown): Promise<ApiResponse<unknown>> {
  return await s.office.backend.dispatch(method, input);
}

describe('the role matrix', () => {
  const cases = METHOD_NAMES.flatMap((method) => ROLES.map((role) => ({ method, role })));

  it.each(cases)('$method by a $role is answered as the contract declares', async ({ method, role }) => {
    const s = scene();
    const input = inputAs(method, s, role);
    const before = fingerprint(s.office);
    const r = await answer(s, method, input);
    const refused = refusedCaller(r);
    const message = r.ok ? 'allowed' : `${r.error.code}: ${r.error.message}`;
    if (mayCall(contract[method].access, role)) {
      expect(refused, `${method} should let a ${role} through (${message})`).toBe(false);
    } else {
      expect(refused, `${method} should refuse a ${role} (${message})`).toBe(true);
      expect(fingerprint(s.office), `${method} refused a ${role} but wrote`).toBe(before);
    }
  });

  it('declares a credential every method’s input can carry', () => {
    for (const method of METHOD_NAMES) {
      const { access, input } = contract[method];
      const shape = 'shape' in input ? Object.keys(input.shape) : [];
      if (access.credential === 'pin') expect(shape, method).toEqual(expect.arrayContaining(['consultantId', 'pin']));
      if (access.credential === 'session') expect(shape, method).toContain('token');
    }
  });

  it('keeps every declaration on file, so a method opened to more roles or to the LAN shows in review', () => {
    const declared = Object.fromEntries(
      METHOD_NAMES.map((m) => {
        const { access, kioskOnly } = contract[m];
        return [m, `${access.credential}: ${access.roles.join(', ')}${kioskOnly ? ' — at the kiosk only' : ''}`];
      }),
    );
    expect(declared).toMatchSnapshot();
  });

  it('keeps the receptionist to the desk’s own calls', () => {
    const desk = METHOD_NAMES.filter((m) => mayCall(contract[m].access, 'receptionist'));
    expect(desk.every((m) => contract[m].access.credential === 'none')).toBe(true);
    expect(desk).toEqual(expect.arrayContaining(['checkIn', 'findCandidates', 'getBoard', 'signIn']));
    expect(desk).not.toContain('getRoster');
  });

  it('leaves restoring a backup and reading the audit log to the admin', () => {
    for (const m of ['restoreBackup', 'listAuditLog'] as const) {
      expect(mayCall(contract[m].access, 'admin'), m).toBe(true);
      expect(mayCall(contract[m].access, 'supervisor'), m).toBe(false);
    }
  });
});

describe('who may make an admin', () => {
  it('refuses a supervisor who tries to make themself admin', () => {
    const s = scene();
    const token = s.office.call('signIn', { consultantId: s.supervisorId, pin: PLAIN_SUPERVISOR_PIN }).token;
    const r = s.office.attempt('saveConsultant', { token, id: s.supervisorId, name: '赵主管', role: 'admin' });
    expect(r.ok ? null : r.error.message).toBe('只有管理员可以设置或修改管理员');
  });

  it('lets the admin make a supervisor admin, and then step down', () => {
    const s = scene();
    const token = s.office.token();
    const made = s.office.call('saveConsultant', { token, id: s.supervisorId, name: '赵主管', role: 'admin' });
    expect(made.role).toBe('admin');
    const stepDown = s.office.call('saveConsultant', {
      token,
      id: s.office.supervisorId,
      name: '陈总',
      role: 'supervisor',
    });
    expect(stepDown.role).toBe('supervisor');
  });

  it('keeps at least one admin in the office', () => {
    const s = scene();
    const r = s.office.attempt('saveConsultant', {
      token: s.office.token(),
      id: s.office.supervisorId,
      name: '陈总',
      role: 'supervisor',
    });
    expect(r.ok ? null : r.error.message).toMatch('至少要保留一位管理员');
  });

  it('tells a consultant who signs in which methods their role may call: none of the supervisor’s', () => {
    const s = scene();
    const session = s.office.call('signIn', { consultantId: s.office.ids.王芳, pin: PINS.王芳 });
    expect(session.methods).toContain('setStatus');
    expect(session.methods).not.toContain('getRoster');
    const r = s.office.attempt('getRoster', { token: session.token });
    expect(r.ok ? null : r.error.code).toBe('forbidden');
    expect(r.ok ? '' : r.error.message).toContain('置业顾问');
  });
});
