import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection';
import { getClientRecord, recordClientVisit, setClientKeys, type IndexKey } from '../../db/queries/clients';
import { addPhone, createClient, refreshClientKeys } from '../../electron/services/client-registry';
import { clientKeys } from '../../electron/domain/match/match-keys';
import { memoryDatabase } from '../helpers/memory-database';

/** Rows inserted, updated or deleted by `write`, triggers' included. */
function rowsWritten(db: Database, write: () => void): number {
  const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const before = changes();
  write();
  return changes() - before;
}

const sorted = (keys: readonly IndexKey[]) =>
  [...keys].sort((a, b) => (a.kind + ' ' + a.key < b.kind + ' ' + b.key ? -1 : 1));

function storedKeys(db: Database, clientId: number): IndexKey[] {
  return sorted(db.prepare('SELECT kind, key FROM client_keys WHERE client_id = ?').all(clientId) as IndexKey[]);
}

const zhangWei = (db: Database) =>
  createClient(db, { name: '张伟', gender: 'male', phone: '13812345678', referredBy: null, at: 5_000 });

describe("a client's match keys, written only where they change", () => {
  it('writes nothing when the keys of an unchanged client are refreshed', () => {
    const db = memoryDatabase();
    const id = zhangWei(db);
    expect(rowsWritten(db, () => refreshClientKeys(db, id))).toBe(0);
    expect(storedKeys(db, id)).toEqual(sorted(clientKeys({ name: '张伟', phones: ['13812345678'] })));
  });

  it('writes nothing when a returning client gives the phone already on the record', () => {
    const db = memoryDatabase();
    const id = zhangWei(db);
    expect(rowsWritten(db, () => addPhone(db, id, '138 1234 5678'))).toBe(0);
  });

  it('adds exactly the keys of a second phone, and keeps those of the first', () => {
    const db = memoryDatabase();
    const id = zhangWei(db);
    const before = storedKeys(db, id);
    const second = clientKeys({ name: '', phones: ['13987654321'] });
    expect(rowsWritten(db, () => addPhone(db, id, '13987654321'))).toBe(1 + second.length);
    expect(storedKeys(db, id)).toEqual(sorted([...before, ...second]));
  });

  it('replaces exactly the keys of a changed phone: its last four and the name keys stay', () => {
    const db = memoryDatabase();
    const id = zhangWei(db);
    const old = clientKeys({ name: '张伟', phones: ['13812345678'] });
    const changed = clientKeys({ name: '张伟', phones: ['13912345678'] });
    const id_ = (k: IndexKey) => `${k.kind} ${k.key}`;
    const gone = old.filter((k) => !changed.some((c) => id_(c) === id_(k)));
    const added = changed.filter((k) => !old.some((o) => id_(o) === id_(k)));
    expect(gone).toEqual([{ kind: 'phone', key: '13812345678' }]);
    expect(added).toEqual([{ kind: 'phone', key: '13912345678' }]);
    expect(rowsWritten(db, () => setClientKeys(db, id, changed))).toBe(2);
    expect(storedKeys(db, id)).toEqual(sorted(changed));
  });

  it('files a name key at the client’s last contact as it is written, and moves it with the next visit', () => {
    const db = memoryDatabase();
    const id = zhangWei(db);
    const seenAt = () =>
      db
        .prepare("SELECT DISTINCT seen_at AS at FROM client_keys WHERE client_id = ? AND kind IN ('name', 'fuzzy')")
        .all(id)
        .map((r) => (r as { at: number }).at);
    expect(seenAt()).toEqual([5_000]);
    recordClientVisit(db, id, 9_000);
    expect(seenAt()).toEqual([9_000]);
    expect(getClientRecord(db, id)?.lastVisitAt).toBe(9_000);
  });
});
