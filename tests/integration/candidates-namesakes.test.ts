import { describe, expect, it } from 'vitest';
import { recordClientVisit } from '../../db/queries/clients';
import { createClient } from '../../electron/services/client-registry';
import { testClock, TestOffice } from '../helpers/office';
import { memoryDatabase } from '../helpers/memory-database';

const DAY = 86_400_000;
/**
 * A large office's common name: 600 clients called 赵伟, each with their own phone, all seen in the last two
 * years — and 赵伟 C-old (…3878), who last came three years ago. More namesakes than the lookup ranks at once.
 */
function officeOfNamesakes() {
  const db = memoryDatabase();
  const office = new TestOffice(db, testClock());
  const now = office.clock.now();
  const client = (name: string, phone: string, at: number) =>
    createClient(db, { name, gender: 'male', phone, referredBy: null, at });
  const old = client('赵伟', '13712343878', now - 3 * 365 * DAY);
  const namesakes = Array.from({ length: 600 }, (_, i) =>
    client('赵伟', `1390000${String(i).padStart(4, '0')}`, now - (600 - i) * DAY),
  );
  // Strangers sharing the last four digits, as on any office of this size.
  for (let i = 0; i < 20; i++) client('钱多多', `18600${String(i).padStart(2, '0')}3878`, now);
  return { office, db, old, namesakes, now };
}

const find = (office: TestOffice, name: string | null, phone: string | null) =>
  office.call('findCandidates', { name, phone }).map((c) => c.clientId);

describe('the live lookup on an office with many namesakes', () => {
  it('finds the old 赵伟 first when the desk types 赵威 and the last four digits of his phone', () => {
    const { office, old } = officeOfNamesakes();
    expect(find(office, '赵威', '3878')[0]).toBe(old);
    expect(find(office, 'zhaowei', '3878')[0]).toBe(old);
  });

  it('offers the most recently seen namesakes for a name alone', () => {
    const { office, namesakes } = officeOfNamesakes();
    expect(find(office, '赵伟', null)).toEqual(namesakes.slice(-8).reverse());
  });

  it('moves a namesake who comes back to the top of the name’s list', () => {
    const { office, db, old, now } = officeOfNamesakes();
    expect(find(office, 'zhaowei', null)).not.toContain(old);
    recordClientVisit(db, old, now + DAY);
    expect(find(office, 'zhaowei', null)[0]).toBe(old);
  });
});
