import { describe, expect, it } from 'vitest';
import { getClientRecords } from '../../db/queries/clients';
import { clientKeys, keyReaches, queryKeys } from '../../electron/domain/match/match-keys';
import { createRng } from '../../electron/seed/prng';
import { createClient } from '../../electron/services/client-registry';
import { findCandidates } from '../../electron/services/candidates';
import { memoryDatabase } from '../helpers/memory-database';

const TYPED = '13812345678';

/** TYPED with the digit at `at` changed. */
const slip = (phone: string, at: number, by = 1) =>
  phone.slice(0, at) + String((Number(phone[at]) + by) % 10) + phone.slice(at + 1);

function officeWith(phones: readonly string[]) {
  const db = memoryDatabase();
  const ids = phones.map((phone, i) =>
    createClient(db, { name: `客户${i}`, gender: null, phone, referredBy: null, at: 1_000 + i }),
  );
  return { db, ids };
}

const found = (db: ReturnType<typeof memoryDatabase>, phone: string) =>
  [...findCandidates(db, { name: null, phone }).records.keys()].sort((a, b) => a - b);

describe('the live lookup of a whole mobile one digit off', () => {
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))(
    'finds the client whose mobile differs only in digit %i, and no one two digits off or on a landline',
    (at) => {
      const twoOff = slip(slip(TYPED, at), at === 10 ? 1 : at + 1);
      const { db, ids } = officeWith([slip(TYPED, at), twoOff, '05781234567' + TYPED.slice(-1), '13999995678']);
      expect(found(db, TYPED)).toEqual([ids[0]]);
    },
  );

  it('finds exactly the clients the rules say one digit off reaches, on an office of clustered numbers', () => {
    const random = createRng('one digit off');
    // Numbers crowded into a few carrier blocks and endings, so that heads and tails are shared.
    const heads = ['1381234', '1381235', '1391234', '1501234'];
    const tails = ['5678', '5679', '1234', '0000'];
    const phones = Array.from({ length: 400 }, () => {
      const base = random.pick(heads) + random.pick(tails);
      return random.chance(0.5) ? base : slip(base, 1 + random.int(10), 1 + random.int(9));
    });
    const { db, ids } = officeWith(phones);
    const records = getClientRecords(db, ids);
    let oneOffFound = 0;
    for (const typed of phones.slice(0, 60)) {
      const keys = queryKeys({ phone: typed });
      const expected = records
        .filter((r) => clientKeys(r).some((s) => keys.some((q) => keyReaches(q, s))))
        .map((r) => r.id)
        .sort((a, b) => a - b);
      expect(found(db, typed)).toEqual(expected);
      oneOffFound += expected.filter((id) => !records.find((r) => r.id === id)?.phones.includes(typed)).length;
    }
    // The crowded blocks give most typed numbers neighbours one digit away: the comparison is not of empty sets.
    expect(oneOffFound).toBeGreaterThan(60);
  });
});
