import { describe, expect, it } from 'vitest';
import { isMainlandMobile, normalizePhone } from '../../electron/domain/match/phone';
import { MOBILE_PREFIXES, PhoneBook } from '../../electron/seed/phones';
import { createRng } from '../../electron/seed/prng';

describe('generated phones', { timeout: 30_000 }, () => {
  it('are mainland mobiles in their canonical form, never handed out twice', () => {
    const book = new PhoneBook(createRng('phones'));
    const phones = Array.from({ length: 20_000 }, () => book.next());
    for (const p of phones) {
      expect(isMainlandMobile(p)).toBe(true);
      expect(normalizePhone(p)).toBe(p);
    }
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('use real carrier prefixes, the old 13x and 15x ranges more than the new 19x', () => {
    for (const prefix of MOBILE_PREFIXES) expect(prefix).toMatch(/^1[3-9]\d$/);
    const book = new PhoneBook(createRng('carriers'));
    const phones = Array.from({ length: 10_000 }, () => book.next());
    const share = (re: RegExp) => phones.filter((p) => re.test(p)).length / phones.length;
    expect(share(/^1[35]/)).toBeGreaterThan(share(/^19/) * 5);
  });
});
