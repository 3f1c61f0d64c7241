import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../electron/api/contract';
import type { CandidateView } from '../../electron/api/types';
import { api } from '../api';
import { errorText } from './errors';

export interface CandidateQuery {
  name: string;
  phone: string;
}

/** Light debounce: fast enough to feel live, slow enough not to query on every keystroke of a phone number. */
export const LOOKUP_DELAY_MS = 200;

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Worth asking: some name, or at least four digits (the last four alone can find a client). */
export function isSearchable(q: CandidateQuery): boolean {
  return q.name.trim() !== '' || digitsOf(q.phone).length >= 4;
}

export const sameQuery = (a: CandidateQuery, b: CandidateQuery) =>
  a.name.trim() === b.name.trim() && a.phone.trim() === b.phone.trim();

/**
 * One search box for a person, as the desk types it: "张三 0001", "13900000001", "zhangsan".
 * Digits (with their +, spaces and dashes) are the phone; the rest is the name.
 */
export function parseSearch(text: string): CandidateQuery {
  const phone = (/[+(（]?\d[\d\s\-()（）]*\d|\d/.exec(text)?.[0] ?? '').trim();
  const name = text.replace(phone, ' ').replace(/\s+/g, ' ').trim();
  return { name, phone: digitsOf(phone).length >= 3 ? phone : '' };
}

/**
 * Asks for candidates a moment after the last change, dropping answers to questions no longer asked
 * (a slow answer for "139" must not replace the answer for "13900000001").
 */
export function createCandidateLookup<Q extends CandidateQuery>(
  client: Api,
  onResult: (query: Q, result: { candidates: CandidateView[] } | { error: string }) => void,
) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let asked = 0;
  const run = async (query: Q): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const mine = ++asked;
    if (!isSearchable(query)) return onResult(query, { candidates: [] });
    try {
      const candidates = await client.findCandidates({ name: query.name, phone: query.phone });
      if (mine === asked) onResult(query, { candidates });
    } catch (err) {
      if (mine === asked) onResult(query, { error: errorText(err) });
    }
  };
  return {
    /** Debounced. */
    schedule(query: Q) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(query), LOOKUP_DELAY_MS);
    },
    /** At once, e.g. when the receptionist presses Enter before the debounce fired. */
    now: run,
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      asked++;
    },
  };
}

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; candidates: CandidateView[] }
  | { state: 'failed'; error: string };

/**
 * Candidates for one search box (the referrer, the supervisor's client search): live as it is typed.
 * `refresh` asks again, e.g. after the supervisor moved a client to another owner.
 */
export function useCandidateSearch(text: string): { search: SearchState; refresh: () => void } {
  const [asked, setAsked] = useState(0);
  const query = parseSearch(text);
  const key = `${asked}\u0000${query.name}\u0000${query.phone}`;
  const [answer, setAnswer] = useState<{ key: string; search: SearchState } | null>(null);
  const [lookup] = useState(() =>
    createCandidateLookup<CandidateQuery & { asked: number }>(api, (q, r) =>
      setAnswer({
        key: `${q.asked}\u0000${q.name}\u0000${q.phone}`,
        search: 'error' in r ? { state: 'failed', error: r.error } : { state: 'done', candidates: r.candidates },
      }),
    ),
  );
  const searchable = isSearchable(query);
  useEffect(() => {
    if (searchable) lookup.schedule({ ...parseSearch(text), asked });
    else lookup.cancel();
  }, [text, asked, searchable, lookup]);
  useEffect(() => () => lookup.cancel(), [lookup]);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);
  const search: SearchState = !searchable
    ? { state: 'idle' }
    : answer?.key === key
      ? answer.search
      : { state: 'searching' };
  return { search, refresh };
}
