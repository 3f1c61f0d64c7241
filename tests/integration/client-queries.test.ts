import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection';
import {
  addClientPhone,
  findClientIdsByKeyPrefix,
  findClientIdsByKeys,
  getClientRecords,
  insertClient,
  nextClientRef,
  recordClientFollowUp,
  recordClientVisit,
  setClientKeys,
} from '../../db/queries/clients';
import { memoryDatabase } from '../helpers/memory-database';

function client(db: Database, name: string, phone: string, at = 1_000): number {
  const id = insertClient(db, { ref: nextClientRef(db), name, gender: null, ownerId: null, referredBy: null, at });
  addClientPhone(db, id, phone);
  setClientKeys(db, id, [
    { kind: 'phone', key: phone },
    { kind: 'last4', key: phone.slice(-4) },
  ]);
  return id;
}

describe('client records and the match-key index', () => {
  it('numbers clients C00001, C00002 … in order of registration', () => {
    const db = memoryDatabase();
    client(db, '张伟', '13812345678');
    expect(nextClientRef(db)).toBe('C00002');
  });

  it('finds every client reachable through any key, each once', () => {
    const db = memoryDatabase();
    const zhang = client(db, '张伟', '13812345678');
    const li = client(db, '李雷', '13900005678');
    client(db, '王芳', '13700001111');
    const found = findClientIdsByKeys(db, [
      { kind: 'last4', key: '5678' },
      { kind: 'phone', key: '13812345678' },
    ]);
    expect(found.sort()).toEqual([zhang, li].sort());
  });

  it('finds phones by their first digits as the receptionist types them', () => {
    const db = memoryDatabase();
    const zhang = client(db, '张伟', '13812345678');
    client(db, '李雷', '13900005678');
    expect(findClientIdsByKeyPrefix(db, 'phone', '138123')).toEqual([zhang]);
    expect(findClientIdsByKeyPrefix(db, 'phone', '1')).toHaveLength(2);
  });

  it('loads records with their phones in the order asked, leaving out unknown ids', () => {
    const db = memoryDatabase();
    const zhang = client(db, '张伟', '13812345678');
    const li = client(db, '李雷', '13900005678');
    addClientPhone(db, li, '13900009999');
    const records = getClientRecords(db, [li, 999, zhang]);
    expect(records.map((r) => [r.name, r.phones.sort()])).toEqual([
      ['李雷', ['13900005678', '13900009999']],
      ['张伟', ['13812345678']],
    ]);
  });

  it('keeps the first and the latest visit, whatever order they are recorded in', () => {
    const db = memoryDatabase();
    const id = client(db, '张伟', '13812345678', 5_000);
    recordClientVisit(db, id, 9_000);
    recordClientVisit(db, id, 2_000);
    recordClientFollowUp(db, id, 7_000);
    recordClientFollowUp(db, id, 6_000);
    expect(getClientRecords(db, [id])[0]).toMatchObject({
      firstVisitAt: 2_000,
      lastVisitAt: 9_000,
      lastFollowUpAt: 7_000,
    });
  });
});
