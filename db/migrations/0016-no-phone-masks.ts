import type { Database } from 'better-sqlite3';

export const name = 'one-digit-off phones found from the phone and last-four keys, not stored masks';

/**
 * Each mobile was stored ten more times, once per digit with that digit masked, so that a phone one digit off met
 * it by an exact key: ten of a new client's fourteen keys, each written to its own place of a large index at the
 * check-in (the most of what it wrote), and two-thirds of `client_keys` (6.65 million rows of 9.6 million on the
 * million-visit office). The lookup now finds those phones from the keys already kept (match-keys.ts,
 * `phoneOneOff`).
 *
 * The masks are one range of the primary key. Deleting them with the index by client in place would seek that
 * index once per row, in no useful order; the index is built again afterwards instead, from the rows left.
 */
export function up(db: Database): void {
  db.exec(`
    DROP INDEX client_keys_client;
    DELETE FROM client_keys WHERE kind = 'phoneMask';
    CREATE INDEX client_keys_client ON client_keys (client_id);
  `);
}
