import { describe, expect, it } from 'vitest';
import { checkIn, complete } from '../helpers/check-in';
import { memoryOffice, PINS, type TestOffice } from '../helpers/office';

const audit = (office: TestOffice) =>
  office.db.prepare('SELECT actor_name, action, subject, details FROM audit_log ORDER BY id').all() as {
    actor_name: string;
    action: string;
    subject: string;
    details: string;
  }[];

/** 张三 (王芳's, by the rotation) and 李四 (李雷's), registered this morning. */
function officeWithClients() {
  const office = memoryOffice('09:00');
  office.clock.set('09:10');
  const zhang = checkIn(office, { registration: complete('张三', '139 0000 0001') });
  office.clock.set('09:20');
  const li = checkIn(office, { registration: complete('李四', '13900000002', 'female') });
  const idOf = (ref: string | null) =>
    (office.db.prepare('SELECT id FROM clients WHERE ref = ?').get(ref) as { id: number }).id;
  return { office, zhang: idOf(zhang.clientRef), li: idOf(li.clientRef) };
}

describe('revealing a client’s whole phone number', () => {
  it('shows a supervisor the number and logs who looked, at which client, without the number', () => {
    const { office, zhang } = officeWithClients();
    const before = audit(office).length;
    const shown = office.call('revealClientPhone', { token: office.token(), clientId: zhang });
    expect(shown).toEqual({ clientId: zhang, ref: 'C00001', phones: ['13900000001'] });
    const added = audit(office).slice(before);
    expect(added).toEqual([
      { actor_name: '陈总', action: 'phone.reveal', subject: `client:${zhang}`, details: '{"by":"admin"}' },
    ]);
    expect(JSON.stringify(added)).not.toContain('0001');
  });

  it('shows a consultant the number of their own client, logged by their role', () => {
    const { office, zhang } = officeWithClients();
    const shown = office.call('revealMyClientPhone', {
      consultantId: office.ids.王芳,
      pin: PINS.王芳,
      clientId: zhang,
    });
    expect(shown.phones).toEqual(['13900000001']);
    expect(audit(office).at(-1)).toEqual({
      actor_name: '王芳',
      action: 'phone.reveal',
      subject: `client:${zhang}`,
      details: '{"by":"consultant"}',
    });
  });

  it('refuses a consultant another consultant’s client, in plain Chinese, and logs nothing', () => {
    const { office, li } = officeWithClients();
    const before = audit(office).length;
    const r = office.attempt('revealMyClientPhone', { consultantId: office.ids.王芳, pin: PINS.王芳, clientId: li });
    expect(r).toEqual({
      ok: false,
      error: { code: 'forbidden', message: '该客户不是您的客户,不能查看完整号码;如需联系,请找主管' },
    });
    expect(audit(office)).toHaveLength(before);
  });

  it('refuses a wrong PIN before anything is read', () => {
    const { office, zhang } = officeWithClients();
    const r = office.attempt('revealMyClientPhone', { consultantId: office.ids.王芳, pin: '0000', clientId: zhang });
    expect(r.ok ? null : r.error.code).toBe('wrong_pin');
  });

  it('shows nothing when the entry cannot be written', () => {
    const { office, zhang } = officeWithClients();
    office.db.exec(`CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk'); END`);
    const r = office.attempt('revealClientPhone', { token: office.token(), clientId: zhang });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('13900000001');
  });
});
