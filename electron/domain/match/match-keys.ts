import type { ClientRecord } from '../clients';
import { nameSound, type NameSound } from './name-keys';
import { isMainlandMobile, last4, normalizePhone, readPhoneInput, type PhoneInput } from './phone';

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
 * - `phoneMask`: a mainland mobile with one digit replaced by `_`, one per position after the leading 1 (a
 *   mobile always starts with 1): two mobiles one digit apart share exactly one mask;
 * - `name`: an exact phonetic key of the name, one per reading of the surname (name-keys.ts);
 * - `fuzzy`: the same keys with southern-accent confusions folded.
 */
export type StoredKeyKind = 'phone' | 'last4' | 'phoneMask' | 'name' | 'fuzzy';

/**
 * What to look up. Every kind but one is an exact lookup of a stored key of the same kind. `phonePrefix` is
 * never stored: it is a range over the `phone` keys, `kind = 'phone' AND key >= p AND key < p || '\uffff'`
 * (a mobile being typed; `keyReaches` is the definition).
 */
export type QueryKeyKind = StoredKeyKind | 'phonePrefix';

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

/** The masks of a mainland mobile (none for other numbers: one digit off is only judged between mobiles). */
export function phoneMasks(phone: string): string[] {
  if (!isMainlandMobile(phone)) return [];
  return Array.from({ length: phone.length - 1 }, (_, i) => `${phone.slice(0, i + 1)}_${phone.slice(i + 2)}`);
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
    for (const mask of phoneMasks(phone)) keys.push({ kind: 'phoneMask', key: mask });
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
      keys.push({ kind: 'phone', key: phone.phone }, ...phoneMasks(phone.phone).map(maskKey));
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
  return query.kind === stored.kind && query.key === stored.key;
}

function maskKey(key: string): QueryKey {
  return { kind: 'phoneMask', key };
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
