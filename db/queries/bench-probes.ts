import type { Database } from 'better-sqlite3';

/**
 * What the benchmark (electron/bench) reads from a generated office: its size, labelled probes whose answer is in
 * the data (docs/seed.md, "what the benchmarks should know"), and every client for the baseline's in-memory index.
 * Erased records and surname-only registrations (张先生) are left out: they are not what a desk looks up.
 */

export interface OfficeSize {
  visits: number;
  clients: number;
}

export function officeSize(db: Database): OfficeSize {
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number | undefined) ?? 0;
  return { visits: count('SELECT count(*) FROM visits'), clients: count('SELECT count(*) FROM clients') };
}

export interface ClientSample {
  clientId: number;
  name: string;
  phone: string;
}

const LOOKABLE = `c.erased_by IS NULL AND c.name NOT LIKE '%先生' AND c.name NOT LIKE '%女士'`;

/** `limit` clients with a phone, spread evenly over the office's history (every k-th id), in id order. */
export function sampleClients(db: Database, limit: number): ClientSample[] {
  const { clients } = officeSize(db);
  const stride = Math.max(1, Math.floor(clients / Math.max(1, limit)));
  return db
    .prepare(
      `SELECT c.id AS clientId, c.name AS name, min(p.phone) AS phone
         FROM clients c JOIN client_phones p ON p.client_id = c.id
        WHERE c.id % ? = 0 AND ${LOOKABLE}
        GROUP BY c.id ORDER BY c.id LIMIT ?`,
    )
    .all(stride, limit) as ClientSample[];
}

export interface HomophoneSample extends ClientSample {
  /** The name as the desk typed it on that visit (章伟 for the client 张伟). */
  typedName: string;
}

/** Return visits whose name was typed as heard: same length, other characters, same client. */
export function homophoneVisits(db: Database, limit: number): HomophoneSample[] {
  return db
    .prepare(
      `SELECT c.id AS clientId, c.name AS name, v.name AS typedName,
              (SELECT min(phone) FROM client_phones WHERE client_id = c.id) AS phone
         FROM visits v JOIN clients c ON c.id = v.client_id
        WHERE v.name <> c.name AND length(v.name) = length(c.name) AND v.erased_by IS NULL AND ${LOOKABLE}
          AND EXISTS (SELECT 1 FROM client_phones WHERE client_id = c.id)
        ORDER BY v.id LIMIT ?`,
    )
    .all(limit) as HomophoneSample[];
}

export interface Household {
  phone: string;
  clientIds: number[];
}

/** Phones shared by several clients: one household each (docs/seed.md). */
export function households(db: Database, limit: number): Household[] {
  const rows = db
    .prepare(
      `SELECT p.phone AS phone, group_concat(p.client_id) AS ids
         FROM client_phones p JOIN clients c ON c.id = p.client_id
        WHERE ${LOOKABLE}
        GROUP BY p.phone HAVING count(*) > 1 LIMIT ?`,
    )
    .all(limit) as { phone: string; ids: string }[];
  return rows.map((r) => ({ phone: r.phone, clientIds: r.ids.split(',').map(Number) }));
}

export interface ClientPhones {
  id: number;
  name: string;
  phones: string[];
}

/** Every client with its phones, streamed in id order (the baseline indexes them all in memory). */
export function* allClientPhones(db: Database): Generator<ClientPhones> {
  const rows = db
    .prepare(
      `SELECT c.id AS id, c.name AS name, group_concat(p.phone) AS phones
         FROM clients c LEFT JOIN client_phones p ON p.client_id = c.id
        WHERE c.erased_by IS NULL
        GROUP BY c.id ORDER BY c.id`,
    )
    .iterate() as IterableIterator<{ id: number; name: string; phones: string | null }>;
  for (const r of rows) yield { id: r.id, name: r.name, phones: r.phones === null ? [] : r.phones.split(',') };
}
