import { Converter } from 'opencc-js/t2cn';
import { OutputFormat, pinyin, polyphonic, segment } from 'pinyin-pro';

/**
 * Names are typed from hearing (domain.md: 张伟 / 章伟 / 张威 sound alike), from an ID card in traditional
 * characters, or in pinyin. They are compared by their sound: toneless pinyin, syllables joined, surnames read
 * as surnames (单 shan, 曾 zeng, 仇 qiu … compound 欧阳, 尉迟 yu chi, 万俟 mo qi).
 */
export interface NameSound {
  /** Simplified characters, or lowercase letters for a name typed in Latin letters: equal means the same name. */
  written: string;
  /** As typed, without spaces and separators: tells a traditional spelling from a simplified one. */
  typed: string;
  script: 'han' | 'latin';
  /**
   * Syllables of each reading, one reading per reading of the surname, the surname reading first; the given name
   * is read once. A compound surname is one syllable here (ouyang), as pinyin writes it. A Latin name has one
   * reading of one "syllable", its letters.
   */
  readings: string[][];
  /** Exact phonetic keys, readings joined ('zhangwei'); none when only a surname is known (张先生). */
  keys: string[];
  /** The keys with the accent confusions of `fuzzyKey` folded away. */
  fuzzyKeys: string[];
}

/**
 * Every polyphonic reading of the surname character is kept (a receptionist reading 解 off a ledger types
 * jie, one hearing it types 谢 xie), but a few characters have five or more; beyond four the rest are archaic
 * and only multiply the strangers a key finds.
 */
const MAX_SURNAME_READINGS = 4;
/** Ledgers record 张先生 / 王女士 when the visitor gives only the surname. */
const HONORIFIC = /(先生|女士|小姐|太太)$/;
const HAN = /\p{Script=Han}/u;

let toSimplified: ((text: string) => string) | undefined;

/** Traditional (Taiwan, Hong Kong) → simplified; the converter is built once, on first use (it is costly). */
export function simplify(text: string): string {
  // The Hong Kong table is the standard one plus HK variants (衞 → 卫); the Taiwan one would also turn 著 into 着.
  toSimplified ??= Converter({ from: 'hk', to: 'cn' });
  return toSimplified(text);
}

/**
 * Folds the confusions of southern accents and of typed pinyin, the ones input methods offer as 模糊音:
 * zh/z, ch/c, sh/s (平翘舌不分), n/l (鼻边音不分), -ng/-n (前后鼻音不分), and ü typed as u (吕 was LU on
 * passports). f/h and r/l are left out: they merge common, clearly different surnames (胡/傅, 饶/劳) for most
 * speakers. The fold works on the joined key, because pinyin typed as one word has no syllable boundaries; no
 * syllable ends in z, c or s and none contains an l but as its initial, so this is the syllable-by-syllable fold,
 * except that a g starting the syllable after an -n is dropped too (xian ge / xiang e): a little more merging,
 * and a fuzzy key only ever makes a possible candidate.
 */
export function fuzzyKey(key: string): string {
  return key
    .replace(/([zcs])h/g, '$1')
    .replace(/ng/g, 'n')
    .replace(/n/g, 'l')
    .replace(/v/g, 'u');
}

/** Letters of a name typed in Latin script: lowercase, tones and separators dropped, ü as v (as typed in IMEs). */
function latinLetters(text: string): string {
  return text
    .replace(/[üÜ]/g, 'v')
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function surnameReadings(surname: string, asSurname: string): string[] {
  if (!HAN.test(surname)) return [asSurname];
  if ([...surname].length > 1) {
    // Compound surnames: the surname reading and the everyday one (尉迟 yuchi / weichi), not every combination.
    const everyday = pinyin(surname, { toneType: 'none', type: 'array' }).join('');
    return unique([asSurname, toV(everyday)]);
  }
  const all = polyphonic(surname, { toneType: 'none', type: 'array' })[0] ?? [];
  return unique([asSurname, ...all.map(toV)]).slice(0, MAX_SURNAME_READINGS);
}

const toV = (syllable: string): string => syllable.replace(/ü/g, 'v');

/** Han characters are one syllable each; a run of Latin letters among them (张David) is one more. */
function syllablesOf(chars: { origin: string; result: string }[]): string[] {
  const out: string[] = [];
  let letters = '';
  for (const c of chars) {
    if (HAN.test(c.origin)) {
      if (letters) out.push(letters);
      letters = '';
      out.push(toV(c.result));
    } else {
      letters += latinLetters(c.origin);
    }
  }
  if (letters) out.push(letters);
  return out;
}

function hanSound(written: string, typed: string): NameSound {
  // With surname: 'head' the first group is the surname, one character or a compound (欧阳, 尉迟).
  const [surnameGroup = [], ...given] = segment(written, {
    format: OutputFormat.AllArray,
    surname: 'head',
    toneType: 'none',
  });
  const surname = surnameGroup.map((c) => c.origin).join('');
  const givenSyllables = syllablesOf(given.flat());
  const readings = surnameReadings(surname, syllablesOf(surnameGroup).join('')).map((s) => [s, ...givenSyllables]);
  const keys = givenSyllables.length > 0 ? unique(readings.map((r) => r.join(''))) : [];
  return { written, typed, script: 'han', readings, keys, fuzzyKeys: unique(keys.map(fuzzyKey)) };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

const cache = new Map<string, NameSound | null>();
/**
 * Each keystroke ranks up to a few hundred records (issue 7: p99 ≤ 10 ms per keystroke), and reading a name is the
 * costly part of ranking one. A large office's lookups touch tens of thousands of distinct names, so the cache holds
 * that many (a few megabytes) and lets the oldest go first rather than forgetting them all at once.
 */
const CACHE_SIZE = 50_000;

/** The sound of a name; null when nothing in it can be read (empty, punctuation only). */
export function nameSound(name: string): NameSound | null {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const sound = readName(name);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(name, sound);
  return sound;
}

function readName(name: string): NameSound | null {
  const typed = name.normalize('NFKC').replace(/[\s·•.\-_'’]/g, '');
  const bare = typed.replace(HONORIFIC, '') || typed;
  if (HAN.test(bare)) return hanSound(simplify(bare), bare);
  const letters = latinLetters(bare);
  if (letters === '') return null;
  const keys = letters.length >= 2 ? [letters] : [];
  return { written: letters, typed: bare, script: 'latin', readings: [[letters]], keys, fuzzyKeys: keys.map(fuzzyKey) };
}

/** The exact phonetic keys of a name, one per reading of its surname (单雄 → shanxiong, danxiong, chanxiong). */
export function nameKeys(name: string): string[] {
  return nameSound(name)?.keys ?? [];
}
