import { pinyin } from 'pinyin-pro';
import type { MatchQuery } from '../domain/match/match-keys';

/**
 * What the receptionist's screen sends while a client's details are typed, one query per keystroke
 * (the check-in form asks for candidates on every change of the name or phone field).
 */
export type TypingKind = 'phonePrefix' | 'last4' | 'namePinyin' | 'nameHan';

export const TYPING_KINDS: readonly TypingKind[] = ['phonePrefix', 'last4', 'namePinyin', 'nameHan'];

export const TYPING_LABELS: Record<TypingKind, string> = {
  phonePrefix: 'phone prefix, digit by digit (3–11 digits)',
  last4: 'last 4 digits, digit by digit',
  namePinyin: 'name in pinyin, letter by letter',
  nameHan: 'name in characters, one by one',
};

/** The pinyin a receptionist types for a name, without tones or spaces; the surname read as a surname (单 shan). */
export function typedPinyin(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).join('').toLowerCase();
}

/** Every prefix of `text` from `from` characters on: the field after each keystroke. */
function prefixes(text: string, from: number): string[] {
  const chars = [...text];
  return Array.from({ length: Math.max(0, chars.length - from + 1) }, (_, i) => chars.slice(0, from + i).join(''));
}

export function keystrokes(kind: TypingKind, client: { name: string; phone: string }): MatchQuery[] {
  switch (kind) {
    case 'phonePrefix':
      return prefixes(client.phone, 3).map((phone) => ({ phone }));
    case 'last4':
      return prefixes(client.phone.slice(-4), 1).map((phone) => ({ phone }));
    case 'namePinyin':
      return prefixes(typedPinyin(client.name), 1).map((name) => ({ name }));
    case 'nameHan':
      return prefixes(client.name, 1).map((name) => ({ name }));
  }
}
