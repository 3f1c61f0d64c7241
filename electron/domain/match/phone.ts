/**
 * Phones as visitors give them (domain.md, "A registration"): with spaces, dashes, dots, +86, 86, (+86), 0086,
 * full-width digits, or only the last four digits. One canonical form is stored and compared, so that every
 * way of writing a number meets the same key:
 *
 * - a mainland mobile: its 11 digits, `13812345678`, whatever country code or dialled 0 came with it;
 * - a mainland landline: digits with the trunk 0, `057188888888`, so `+86 571 8888 8888` and `0571-8888 8888`
 *   are one number;
 * - a foreign number: `+` and its digits, `+85291234567` (a leading 00 is the international prefix, i.e. `+`);
 * - anything else with digits: its digits as typed.
 *
 * Only digits and a leading `+` carry meaning: separators and surrounding words (`Tel: …`) are dropped.
 */

const MOBILE = /^1[3-9]\d{9}$/;
/** Callers from a landline dial 0 before a mobile in another city; the 0 is not part of the number. */
const DIALLED_MOBILE = /^01[3-9]\d{9}$/;
/** 86 written without + or 00 is only read as the country code in front of a full mobile. */
const BARE_86_MOBILE = /^861[3-9]\d{9}$/;

export function isMainlandMobile(phone: string): boolean {
  return MOBILE.test(phone);
}

/** Two mainland mobiles that differ in exactly one digit (a slip of the finger, or of the ear). */
export function oneDigitApart(a: string, b: string): boolean {
  if (!isMainlandMobile(a) || !isMainlandMobile(b)) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

export function normalizePhone(raw: string): string | null {
  // NFKC turns full-width digits, ＋ and （） into their ASCII forms.
  const text = raw.normalize('NFKC');
  const digits = text.replace(/\D/g, '');
  if (digits === '') return null;
  const plusBeforeDigits = /^[^\d]*\+/.test(text);
  const international = plusBeforeDigits ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  let national = digits;
  if (international !== null) {
    if (!international.startsWith('86')) return `+${international}`;
    national = international.slice(2);
    if (national === '') return null;
    // A landline after +86 loses its trunk 0 (+86 10 … is Beijing 010 …); put it back so it equals the number
    // dialled at home. Mobiles, whole or being typed, start with 13–19 and have no trunk 0.
    if (!national.startsWith('0') && !/^1[3-9]/.test(national)) national = `0${national}`;
  } else if (BARE_86_MOBILE.test(digits)) {
    national = digits.slice(2);
  }
  return DIALLED_MOBILE.test(national) ? national.slice(1) : national;
}

/** The last four digits of a normalized phone, the part visitors quote; null when it has fewer. */
export function last4(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/**
 * A normalized phone for display (PIPL: show it masked wherever the whole number is not needed).
 * 138****5678 for a mobile; longer and shorter numbers keep as much as a mobile does — the first three and
 * last four digits — and a short number (an extension, a partial) shows only its last two.
 */
export function maskPhone(phone: string): string {
  const plus = phone.startsWith('+') ? '+' : '';
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 8) return `${plus}${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
  if (digits.length > 2) return `${plus}${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  return `${plus}${digits}`;
}

/**
 * What the receptionist has typed so far in the phone field, keystroke by keystroke:
 * - `mobile`: a whole mainland mobile; `other`: a whole landline or foreign number (7+ digits, or +country);
 * - `last4`: exactly four digits typed, the tail visitors quote (a mobile being typed starts with 1 and only
 *   becomes a `prefix` from its fifth digit, so four digits are read as a tail);
 * - `prefix`: 5–10 digits starting with 1, a mobile being typed;
 * - `short`: nothing to look up yet (no digits, or too few to mean anything).
 */
export type PhoneInput =
  { kind: 'mobile' | 'other'; phone: string } | { kind: 'last4' | 'prefix'; digits: string } | { kind: 'short' };

const MOBILE_PREFIX = /^1\d{4,9}$/;
const MIN_OTHER_DIGITS = 7;

export function readPhoneInput(raw: string | null | undefined): PhoneInput {
  const typed = raw ?? '';
  const typedDigits = typed.normalize('NFKC').replace(/\D/g, '');
  const phone = normalizePhone(typed);
  if (phone === null) return { kind: 'short' };
  if (isMainlandMobile(phone)) return { kind: 'mobile', phone };
  // Four digits with a country code in front are the start of a number, not its tail.
  if (typedDigits.length === 4) return { kind: 'last4', digits: typedDigits };
  if (MOBILE_PREFIX.test(phone)) return { kind: 'prefix', digits: phone };
  if (phone.startsWith('+') || phone.length >= MIN_OTHER_DIGITS) return { kind: 'other', phone };
  return { kind: 'short' };
}
