import { describe, expect, it } from 'vitest';
import { createClient } from '../../electron/services/client-registry';
import { PREFIX_REACH } from '../../electron/services/candidates';
import { testClock, TestOffice } from '../helpers/office';
import { memoryDatabase } from '../helpers/memory-database';

const DAY = 86_400_000;
/**
 * A busy carrier range: more clients whose mobiles start 13912 than a prefix may reach, five of them 139125…,
 * the later the more recently seen; and the only client whose mobile starts 13587.
 */
function officeOfOneRange() {
  const db = memoryDatabase();
  const office = new TestOffice(db, testClock());
  const now = office.clock.now();
  const client = (name: string, phone: string, at: number) =>
    createClient(db, { name, gender: 'female', phone, referredBy: null, at });
  for (let i = 0; i <= PREFIX_REACH; i++) client('钱多多', `139120${String(i).padStart(5, '0')}`, now - 30 * DAY);
  const range = Array.from({ length: 5 }, (_, i) => client('孙丽', `1391250000${i}`, now - (5 - i) * DAY));
  const alone = client('周敏', '13587654321', now - 400 * DAY);
  return { office, range, alone };
}

const find = (office: TestOffice, phone: string, name: string | null = null) =>
  office.call('findCandidates', { name, phone }).map((c) => c.clientId);

describe('the live lookup while a mobile is being typed', () => {
  it('offers no one while the first digits are shared by more clients than it may look through', () => {
    const { office } = officeOfOneRange();
    expect(find(office, '13912')).toEqual([]);
  });

  it('offers every client of the range once the next digit narrows it, the most recently seen first', () => {
    const { office, range } = officeOfOneRange();
    expect(find(office, '139125')).toEqual([...range].reverse());
  });

  it('offers the one client whose mobile starts with five digits no one else shares', () => {
    const { office, alone } = officeOfOneRange();
    expect(find(office, '13587')).toEqual([alone]);
  });

  it('still finds a client by name while the digits typed are too common to narrow anything', () => {
    const { office, range } = officeOfOneRange();
    expect(find(office, '13912', '孙丽')).toEqual([...range].reverse());
  });
});
