import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import type { ClientRecord } from '../../electron/domain/clients';

export interface IndexKey {
  kind: string;
  key: string;
}

interface Raw {
  id: number;
  ref: string;
  name: string;
  owner_id: number | null;
  referred_by: number | null;
  first_visit_at: number | null;
  last_visit_at: number | null;
  last_follow_up_at: number | null;
  handed_over_at: number | null;
}

const COLUMNS =
  'id, ref, name, owner_id, referred_by, first_visit_at, last_visit_at, last_follow_up_at, handed_over_at';

/** Client records with their phones, in the order of `ids`; unknown ids are left out. */
export function getClientRecords(db: Database, ids: readonly number[]): ClientRecord[] {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const rows = prepared(db, `SELECT ${COLUMNS} FROM clients WHERE id IN (SELECT value FROM json_each(?))`).all(
    list,
  ) as Raw[];
  const phones = prepared(
    db,
    'SELECT client_id AS id, phone FROM client_phones WHERE client_id IN (SELECT value FROM json_each(?))',
  ).all(list) as { id: number; phone: string }[];
  const phonesOf = new Map<number, string[]>();
  for (const p of phones) {
    const list = phonesOf.get(p.id);
    if (list) list.push(p.phone);
    else phonesOf.set(p.id, [p.phone]);
  }
  const byId = new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        ref: r.ref,
        name: r.name,
        phones: phonesOf.get(r.id) ?? [],
        ownerId: r.owner_id,
        firstVisitAt: r.first_visit_at,
        lastVisitAt: r.last_visit_at,
        lastFollowUpAt: r.last_follow_up_at,
        handedOverAt: r.handed_over_at,
        referredByClientId: r.referred_by,
      } satisfies ClientRecord,
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function getClientRecord(db: Database, id: number): ClientRecord | null {
  return getClientRecords(db, [id])[0] ?? null;
}

export function findClientByRef(db: Database, ref: string): ClientRecord | null {
  const row = prepared(db, 'SELECT id FROM clients WHERE ref = ?').get(ref) as { id: number } | undefined;
  return row ? getClientRecord(db, row.id) : null;
}

/**
 * Every client reachable through any of the keys, each once (exact lookups on the (kind, key) index). Meant for
 * the phone-derived kinds, which reach tens of clients: `limit` is only a safety cap, never a choice among them.
 */
export function findClientIdsByKeys(db: Database, keys: readonly IndexKey[], limit = 2_000): number[] {
  if (keys.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT DISTINCT k.client_id AS id FROM json_each(?) AS q
       JOIN client_keys AS k ON k.kind = json_extract(q.value, '$.kind') AND k.key = json_extract(q.value, '$.key')
       LIMIT ?`,
  ).all(JSON.stringify(keys), limit) as { id: number }[];
  return rows.map((r) => r.id);
}

/**
 * The `limit` clients last seen most recently among those reachable through the name keys (kinds `name` and
 * `fuzzy`), most recent first. A common name reaches thousands; the likely returners are the latest, and each
 * key's latest come straight off the index on (kind, key, seen_at), without reading the others (migration 11).
 * Every client kept is a record to load and rank at each keystroke. 200 keep the eight the desk is shown the same as
 * ranking every namesake would for 591 of 600 names on a million-visit office (300: 593, 500: 598); where they
 * differ, the latest clients of that very spelling still come first, older ones give way to newer homophones.
 */
export function findRecentClientIdsByNameKeys(db: Database, keys: readonly IndexKey[], limit = 200): number[] {
  // The `kind IN (...)` term repeats the partial index's condition, which SQLite needs to see to use it.
  const latest = prepared(
    db,
    `SELECT client_id AS id, seen_at AS seenAt FROM client_keys
     WHERE kind IN ('name', 'fuzzy') AND kind = ? AND key = ?
     ORDER BY seen_at DESC LIMIT ?`,
  );
  const seenAt = new Map<number, number>();
  // A client reached through several keys carries the same seen_at in each.
  for (const k of keys)
    for (const row of latest.all(k.kind, k.key, limit) as { id: number; seenAt: number }[])
      seenAt.set(row.id, row.seenAt);
  return [...seenAt]
    .sort(([idA, a], [idB, b]) => b - a || idA - idB)
    .slice(0, limit)
    .map(([id]) => id);
}

/** Clients whose stored key of `kind` starts with `prefix` (a range scan on the same index). */
export function findClientIdsByKeyPrefix(db: Database, kind: string, prefix: string, limit = 50): number[] {
  const rows = prepared(
    db,
    `SELECT DISTINCT client_id AS id FROM client_keys
       WHERE kind = ? AND key >= ? AND key < ? LIMIT ?`,
  ).all(kind, prefix, `${prefix}\uffff`, limit) as { id: number }[];
  return rows.map((r) => r.id);
}

/**
 * The `phone` keys, with their clients, that start with `head` or whose client's `last4` key is `tail`: where the
 * mobiles one digit apart from a typed one lie (match-keys.ts, `phoneOneOff`; about twenty and a hundred keys on a
 * million-visit office, whose generated numbers are spread evenly; a real office's crowd into its city's blocks, a
 * few hundred at most). Both are seeks on indexes already kept, the second covered by `client_keys_client`, whose
 * entries carry the key. `limit` is only a safety cap on each, never a choice among them.
 */
export function findPhoneKeysByHeadOrTail(
  db: Database,
  head: string,
  tail: string,
  limit = 2_000,
): { phone: string; clientId: number }[] {
  const byHead = prepared(
    db,
    `SELECT key AS phone, client_id AS clientId FROM client_keys WHERE kind = 'phone' AND key >= ? AND key < ? LIMIT ?`,
  ).all(head, `${head}\uffff`, limit) as { phone: string; clientId: number }[];
  const byTail = prepared(
    db,
    `SELECT p.key AS phone, p.client_id AS clientId
       FROM client_keys AS t JOIN client_keys AS p ON p.client_id = t.client_id AND p.kind = 'phone'
       WHERE t.kind = 'last4' AND t.key = ? LIMIT ?`,
  ).all(tail, limit) as { phone: string; clientId: number }[];
  return [...byHead, ...byTail];
}

export interface NewClient {
  ref: string;
  name: string;
  gender: 'male' | 'female' | null;
  ownerId: number | null;
  referredBy: number | null;
  at: number;
}

export function insertClient(db: Database, c: NewClient): number {
  const info = prepared(
    db,
    `INSERT INTO clients (ref, name, gender, owner_id, referred_by, first_visit_at, last_visit_at, created_at)
       VALUES (@ref, @name, @gender, @ownerId, @referredBy, @at, @at, @at)`,
  ).run(c);
  return Number(info.lastInsertRowid);
}

/**
 * The highest office reference number, off the end of its index (migration 12). The index is named because the
 * planner would otherwise walk every C… reference in text order (100 ms on 657,315 clients, at every new walk-in).
 */
export const HIGHEST_REF_NUMBER = `SELECT CAST(substr(ref, 2) AS INTEGER) AS n FROM clients INDEXED BY clients_ref_number
  WHERE ref GLOB 'C[0-9]*' ORDER BY CAST(substr(ref, 2) AS INTEGER) DESC LIMIT 1`;

/** The next office reference, C00001, C00002, … (imported ledgers keep their own). */
export function nextClientRef(db: Database): string {
  const row = prepared(db, HIGHEST_REF_NUMBER).get() as { n: number } | undefined;
  return `C${String((row?.n ?? 0) + 1).padStart(5, '0')}`;
}

export function findClientIdsByPhone(db: Database, phone: string): number[] {
  return (prepared(db, 'SELECT client_id AS id FROM client_phones WHERE phone = ?').all(phone) as { id: number }[]).map(
    (r) => r.id,
  );
}

/** Files the phone with the client; false when the record already had it (nothing was written). */
export function addClientPhone(db: Database, clientId: number, phone: string): boolean {
  return (
    prepared(db, 'INSERT OR IGNORE INTO client_phones (client_id, phone) VALUES (?, ?)').run(clientId, phone).changes >
    0
  );
}

const keyId = (k: IndexKey) => `${k.kind}\u0000${k.key}`;

/**
 * Makes the client's match keys exactly `keys`, writing only the difference. A client's dozen keys lie all over
 * an index of millions: rewriting them all when one phone was added, or nothing changed, dirtied a page of the file
 * for each (most of what a returning client's check-in wrote).
 *
 * A name key's `seen_at` is the client's last contact (migration 11), given here as the row is inserted: inserted
 * without it, the key went in among its namesakes never seen and was then moved to its place by the trigger that
 * fills it, two pages of the index where one will do. The trigger still fills a key inserted elsewhere.
 */
export function setClientKeys(db: Database, clientId: number, keys: readonly IndexKey[]): void {
  const had = prepared(db, 'SELECT kind, key FROM client_keys WHERE client_id = ?').all(clientId) as IndexKey[];
  const wanted = new Set(keys.map(keyId));
  const kept = new Set(had.map(keyId));
  const remove = prepared(db, 'DELETE FROM client_keys WHERE kind = ? AND key = ? AND client_id = ?');
  for (const k of had) if (!wanted.has(keyId(k))) remove.run(k.kind, k.key, clientId);
  const insert = prepared(
    db,
    `INSERT OR IGNORE INTO client_keys (kind, key, client_id, seen_at)
       SELECT @kind, @key, id,
         CASE WHEN @kind IN ('name', 'fuzzy') THEN max(coalesce(last_visit_at, 0), coalesce(last_follow_up_at, 0)) END
       FROM clients WHERE id = @clientId`,
  );
  for (const k of keys) if (!kept.has(keyId(k))) insert.run({ kind: k.kind, key: k.key, clientId });
}

export function setClientOwner(db: Database, clientId: number, ownerId: number | null): void {
  prepared(db, 'UPDATE clients SET owner_id = ? WHERE id = ?').run(ownerId, clientId);
}

/** The supervisor gave the client to a new owner (or to nobody: back to the pool) at `at`. */
export function handOverClient(db: Database, clientId: number, ownerId: number | null, at: number): void {
  prepared(db, 'UPDATE clients SET owner_id = ?, handed_over_at = ? WHERE id = ?').run(
    ownerId,
    ownerId === null ? null : at,
    clientId,
  );
}

export function recordClientVisit(db: Database, clientId: number, at: number): void {
  prepared(
    db,
    `UPDATE clients SET last_visit_at = max(coalesce(last_visit_at, 0), @at),
       first_visit_at = min(coalesce(first_visit_at, @at), @at) WHERE id = @clientId`,
  ).run({ clientId, at });
}

export function recordClientFollowUp(db: Database, clientId: number, at: number): void {
  prepared(db, 'UPDATE clients SET last_follow_up_at = max(coalesce(last_follow_up_at, 0), ?) WHERE id = ?').run(
    at,
    clientId,
  );
}

/** A consultant's own clients, newest contact first. */
export function listClientIdsOwnedBy(db: Database, consultantId: number): number[] {
  return (
    prepared(
      db,
      `SELECT id FROM clients WHERE owner_id = ?
         ORDER BY max(coalesce(last_visit_at, 0), coalesce(last_follow_up_at, 0)) DESC`,
    ).all(consultantId) as { id: number }[]
  ).map((r) => r.id);
}

export function countClientsOwnedBy(db: Database, consultantId: number): number {
  return (prepared(db, 'SELECT count(*) AS n FROM clients WHERE owner_id = ?').get(consultantId) as { n: number }).n;
}
