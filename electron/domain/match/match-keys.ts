import type { ClientRecord } from '../clients';
import { nameSound, type NameSound } from './name-keys';
import { last4, normalizePhone, oneDigitApart, readPhoneInput, type PhoneInput } from './phone';

/**
 * The index contract between the matching rules and the database (issue 7: the live lookup goes through indexed
 * keys, never a scan of the clients). The database stores `clientKeys` in `client_keys (kind, key, client_id)`,
 * looks up every `queryKeys` entry, loads the records found and hands them to `rankCandidates`. The phone kinds
 * reach tens of clients and are ranked whole; a common name's `name`/`fuzzy` keys reach thousands, of which only
 * the few hundred last seen are loaded (the database keeps each name key's client's last contact beside it).
 *
 * Stored kinds, each looked up by exact equality on (kind, key):
 * - `phone`: a normalized phone (see phone.ts);
 * - `last4`: its last four digits;
 * - `name`: an exact phonetic key of the name, one per reading of the surname (name-keys.ts);
 * - `fuzzy`: the same keys with southern-accent confusions folded.
 */
export type StoredKeyKind = 'phone' | 'last4' | 'name' | 'fuzzy';

/**
 * What to look up. Every stored kind is looked up by an exact key of the same kind. Two kinds are never stored
 * (`keyReaches` is the definition of both):
 * - `phonePrefix`: a range over the `phone` keys, `kind = 'phone' AND key >= p AND key < p || '\uffff'` (a mobile
 *   being typed);
 * - `phoneOneOff`: the `phone` keys of mainland mobiles exactly one digit apart from a whole mobile typed. Two
 *   11-digit mobiles one digit apart agree on their first seven digits or on their last four (`oneOffHalves`), so
 *   the database reads the `phone` keys in the range of the first seven and the phones of the clients whose `last4`
 *   key is the last four — about twenty and a hundred on a million-visit office — and keeps those one digit apart.
 */
export type QueryKeyKind = StoredKeyKind | 'phonePrefix' | 'phoneOneOff';

export interface StoredKey {
  kind: StoredKeyKind;
  key: string;
}

export interface QueryKey {
  kind: QueryKeyKind;
  key: string;
}

/** What the receptionist has typed so far; either may be missing. */
export interface MatchQuery {
  name?: string | null;
  phone?: string | null;
}

export interface AnalyzedQuery {
  phone: PhoneInput;
  name: NameSound | null;
}

export function analyzeQuery(query: MatchQuery): AnalyzedQuery {
  return { phone: readPhoneInput(query.phone), name: query.name ? nameSound(query.name) : null };
}

/**
 * Where the mobiles one digit apart from `mobile` are found: among the phones starting with its first seven digits
 * (a digit differs in the last four) and those ending in its last four (a digit differs in the first seven).
 */
export function oneOffHalves(mobile: string): { head: string; tail: string } {
  return { head: mobile.slice(0, 7), tail: mobile.slice(7) };
}

/** The keys to store for a client: its phones (normalized again, so a raw phone is harmless) and its name. */
export function clientKeys(record: Pick<ClientRecord, 'name' | 'phones'>): StoredKey[] {
  const keys: StoredKey[] = [];
  for (const raw of record.phones) {
    const phone = normalizePhone(raw);
    if (phone === null) continue;
    keys.push({ kind: 'phone', key: phone });
    const tail = last4(phone);
    if (tail !== null) keys.push({ kind: 'last4', key: tail });
  }
  keys.push(...nameKeyList(nameSound(record.name)));
  return dedupe(keys);
}

/** The keys to look up for what has been typed; empty when nothing can be looked up yet. */
export function queryKeys(query: MatchQuery): QueryKey[] {
  const { phone, name } = analyzeQuery(query);
  const keys: QueryKey[] = [];
  switch (phone.kind) {
    case 'mobile':
      keys.push({ kind: 'phone', key: phone.phone }, { kind: 'phoneOneOff', key: phone.phone });
      break;
    case 'other':
      keys.push({ kind: 'phone', key: phone.phone });
      break;
    case 'last4':
      keys.push({ kind: 'last4', key: phone.digits });
      break;
    case 'prefix':
      keys.push({ kind: 'phonePrefix', key: phone.digits });
      break;
    case 'short':
      break;
  }
  keys.push(...nameKeyList(name));
  return dedupe(keys);
}

/** Whether a lookup finds a stored key: what the database does with each query key. */
export function keyReaches(query: QueryKey, stored: StoredKey): boolean {
  if (query.kind === 'phonePrefix') return stored.kind === 'phone' && stored.key.startsWith(query.key);
  if (query.kind === 'phoneOneOff') return stored.kind === 'phone' && oneDigitApart(stored.key, query.key);
  return query.kind === stored.kind && query.key === stored.key;
}

function nameKeyList(sound: NameSound | null): StoredKey[] {
  if (sound === null) return [];
  return [
    ...sound.keys.map((key) => ({ kind: 'name' as const, key })),
    ...sound.fuzzyKeys.map((key) => ({ kind: 'fuzzy' as const, key })),
  ];
}

function dedupe<K extends { kind: string; key: string }>(keys: K[]): K[] {
  const seen = new Set<string>();
  return keys.filter((k) => {
    const id = `${k.kind}\u0000${k.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
