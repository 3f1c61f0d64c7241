import Fuse, { type Expression } from 'fuse.js';
import type { Database } from 'better-sqlite3';
import { allClientPhones } from '../../db/queries/bench-probes';
import type { MatchQuery } from '../domain/match/match-keys';
import { MAX_CANDIDATES } from '../services/candidates';
import { typedPinyin } from './keystrokes';

/**
 * The lookup a developer writes first (issue 7's baseline): every client in memory with the pinyin of its name,
 * one fuse.js fuzzy search per keystroke. fuse.js's defaults, except that a match may be anywhere in the
 * field (`ignoreLocation`) — without it the last four digits of a phone are never found. The phone is searched
 * as the digits typed (separators dropped), the name in characters, full pinyin and initials.
 */
interface Entry {
  id: number;
  name: string;
  pinyin: string;
  initials: string;
  phones: string[];
}

const KEYS = ['name', 'pinyin', 'initials', 'phones'];

export interface Baseline {
  search: (query: MatchQuery) => number[];
  clients: number;
  buildMs: number;
  /** Heap and off-heap memory the index added (after a garbage collection when node runs with --expose-gc). */
  memoryMb: number;
}

function memoryInUse(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
}

export function buildBaseline(db: Database): Baseline {
  const before = memoryInUse();
  const started = performance.now();
  const entries: Entry[] = [];
  for (const c of allClientPhones(db)) {
    const syllables = typedPinyin(c.name);
    const initials = [...c.name].map((ch) => typedPinyin(ch).slice(0, 1)).join('');
    entries.push({ id: c.id, name: c.name, pinyin: syllables, initials, phones: c.phones });
  }
  const fuse = new Fuse(entries, { keys: KEYS, ignoreLocation: true }, Fuse.createIndex(KEYS, entries));
  const buildMs = performance.now() - started;
  const memoryMb = (memoryInUse() - before) / 1024 / 1024;
  return {
    clients: entries.length,
    buildMs,
    memoryMb,
    search: (query) => {
      const digits = (query.phone ?? '').replace(/\D/g, '');
      const name = (query.name ?? '').trim();
      const byName: Expression = { $or: [{ name }, { pinyin: name }, { initials: name }] };
      const expression: Expression | null =
        digits && name ? { $and: [byName, { phones: digits }] } : digits ? { phones: digits } : name ? byName : null;
      if (expression === null) return [];
      return fuse.search(expression, { limit: MAX_CANDIDATES }).map((r) => r.item.id);
    },
  };
}
