import { fuzzyKey, type NameSound } from './name-keys';

/**
 * How the name typed at the desk agrees with the name on a record, strongest first:
 * - `same`: the same characters (traditional and simplified as one), or the same letters;
 * - `sound`: the same toneless pinyin for some reading of the surname (张伟 / 章伟 / zhang wei);
 * - `fuzzy`: the same once southern-accent confusions are folded (陈 chen / 程 cheng);
 * - `typo`: same number of syllables, exactly one different (张伟 / 张玮 is `sound`; 王建国 / 王建军 is a typo);
 * - `partial`: one is the start of the other by sound — a name still being typed, or a ledger that only has the
 *   surname (张先生);
 * - `differs`: none of these; `none`: no name typed.
 * `same` and `sound` hold exactly when the names share an exact key, `fuzzy` when they share a fuzzy key, so a
 * name the scorer accepts on its own is always one the index can find.
 */
export type NameAgreement =
  { kind: 'same' | 'sound' | 'fuzzy' | 'partial'; reading: string } | { kind: 'typo' | 'differs' | 'none' };

/** The shorter of two Latin spellings must be this long to say they start alike. */
const MIN_LETTERS = 2;

export function compareNames(query: NameSound | null, record: NameSound | null): NameAgreement {
  if (query === null) return { kind: 'none' };
  if (record === null) return { kind: 'differs' };
  const exact = readingWhere(record, (key) => query.keys.includes(key));
  if (exact !== null) return { kind: query.written === record.written ? 'same' : 'sound', reading: exact };
  const fuzzy = readingWhere(record, (key) => query.fuzzyKeys.includes(fuzzyKey(key)));
  if (fuzzy !== null) return { kind: 'fuzzy', reading: fuzzy };
  const partial = startsAlike(query, record);
  if (partial !== null) return { kind: 'partial', reading: partial };
  return oneSyllableOff(query, record) ? { kind: 'typo' } : { kind: 'differs' };
}

/** The record's reading (spaced, for the reason) whose stored key satisfies `test`. */
function readingWhere(record: NameSound, test: (key: string) => boolean): string | null {
  const reading = record.readings.find((r) => record.keys.includes(r.join('')) && test(r.join('')));
  return reading ? reading.join(' ') : null;
}

function startsAlike(a: NameSound, b: NameSound): string | null {
  for (const x of a.readings) {
    for (const y of b.readings) {
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (a.script === 'han' && b.script === 'han') {
        if (short.every((s, i) => s === long[i])) return short.join(' ');
      } else {
        const s = short.join('');
        const l = long.join('');
        const [shorter, longer] = s.length <= l.length ? [s, l] : [l, s];
        if (shorter.length >= MIN_LETTERS && longer.startsWith(shorter)) return shorter;
      }
    }
  }
  return null;
}

function oneSyllableOff(a: NameSound, b: NameSound): boolean {
  if (a.script !== 'han' || b.script !== 'han') return false;
  return a.readings.some((x) =>
    b.readings.some((y) => x.length === y.length && x.length >= 2 && x.filter((s, i) => s !== y[i]).length === 1),
  );
}
