import { describe, expect, it } from 'vitest';
import { fingerprint, scene } from '../helpers/hostile';

/** Inputs the hostile-input property found crashing a handler (code 'internal'); each now refused at the boundary. */
describe('a sale', () => {
  it('of less than one fen is refused with a message, not a failed CHECK on the stored amount', () => {
    const { office, token } = scene();
    const clientRef = office.call('listMyClients', { consultantId: office.ids.王芳, pin: '1111' })[0]!.ref;
    const before = fingerprint(office);
    const r = office.attempt('recordSale', { token, clientRef, closerId: office.ids.李雷, amountYuan: 5e-324 });
    expect(r).toEqual({ ok: false, error: { code: 'invalid_input', message: '输入有误:成交金额:金额须至少 0.01 元' } });
    expect(fingerprint(office)).toBe(before);
  });

  it('whose split reason is only a control character is refused, not crashed on the note CHECK', () => {
    const { office, token } = scene();
    const clientRef = office.call('listMyClients', { consultantId: office.ids.王芳, pin: '1111' })[0]!.ref;
    const before = fingerprint(office);
    const r = office.attempt('recordSale', {
      token,
      clientRef,
      closerId: office.ids.李雷,
      override: { closerBp: 5000, note: '\u0000' },
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: '输入有误:分成调整 › 原因:原因含有无法识别的控制字符,请重新填写' },
    });
    expect(fingerprint(office)).toBe(before);
  });
});

describe('a reason (note)', () => {
  it('keeps its line breaks and tabs', () => {
    const { office, token } = scene();
    const r = office.attempt('skipTurn', { token, consultantId: office.ids.张伟, note: '临时外出\n\t下午回来' });
    expect(r.ok).toBe(true);
  });
});
