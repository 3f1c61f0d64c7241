import type { Candidate, ClientRecord, MatchLevel } from '../clients';
import type { Reason } from '../reasons';
import { analyzeQuery, type AnalyzedQuery, type MatchQuery } from './match-keys';
import { matchReasons } from './match-reasons';
import { compareNames, type NameAgreement } from './name-compare';
import { nameSound, type NameSound } from './name-keys';
import { last4, normalizePhone, oneDigitApart, type PhoneInput } from './phone';

/**
 * How the phone typed at the desk agrees with a record's phones, strongest first. `differs` means the typed
 * phone (whole, tail or start) rules out every phone on the record; `none`, that nothing comparable was typed
 * or the record has no phone.
 */
type PhoneAgreement = 'exact' | 'last4' | 'oneOff' | 'prefix' | 'none' | 'differs';
type NameKind = NameAgreement['kind'];

/**
 * Certainty of each combination (issue 4, "Matching probable returning clients"); null is no candidate.
 * A score of 0.8 or more is `strong`: the phone in any format, or the last four digits and the name by sound
 * (fuzzy included). Everything else is `possible`. Columns run from the most to the least name agreement and
 * rows from the strongest phone evidence down, in the order; scores never rise along a row or down a
 * column, with two exceptions that are rules of their own:
 * - With the same phone, a name that does not sound the same is another member of the household (一家人), which
 *   belongs to the same owner: strong but below the person themselves (0.9), flagged `household`.
 * - The last four digits are shared by one client in ten thousand: alone, or beside another name, they are
 *   noise, whereas a whole phone one digit off is a candidate even alone (a slip of the finger, or a family's
 *   consecutive numbers).
 * A mobile still being typed only narrows the list as the receptionist types, and the name alone is at most
 * possible — with a different phone lower still. A typo or a partial name counts only beside a phone signal: on
 * its own it fits thousands of strangers, and it is never looked up in the index (match-keys.ts).
 */
const SCORES: Record<PhoneAgreement, Record<NameKind, number | null>> = {
  exact: { same: 0.99, sound: 0.99, fuzzy: 0.97, typo: 0.9, partial: 0.95, none: 0.95, differs: 0.9 },
  last4: { same: 0.87, sound: 0.85, fuzzy: 0.8, typo: 0.65, partial: 0.6, none: null, differs: null },
  oneOff: { same: 0.77, sound: 0.75, fuzzy: 0.7, typo: 0.55, partial: 0.45, none: 0.45, differs: 0.3 },
  prefix: { same: 0.62, sound: 0.6, fuzzy: 0.55, typo: 0.45, partial: 0.4, none: 0.2, differs: null },
  none: { same: 0.55, sound: 0.5, fuzzy: 0.45, typo: null, partial: null, none: null, differs: null },
  differs: { same: 0.4, sound: 0.35, fuzzy: 0.3, typo: null, partial: null, none: null, differs: null },
};

export const STRONG_SCORE = 0.8;

export function scoreCandidate(query: AnalyzedQuery, record: ClientRecord): Candidate | null {
  const phone = comparePhones(query.phone, record.phones);
  // Reading a name is the costly part of ranking (pinyin, about 0.15 ms a name not yet cached), and a record's
  // name only counts against a typed one: a phone typed alone is ranked on the phone, and reads no name at all.
  const recordName = query.name === null ? null : nameSound(record.name);
  const name = compareNames(query.name, recordName);
  const score = SCORES[phone][name.kind];
  if (score === null) return null;
  const household = phone === 'exact' && (name.kind === 'typo' || name.kind === 'differs');
  const level: MatchLevel = score >= STRONG_SCORE ? 'strong' : 'possible';
  const reasons: Reason[] = [];
  if (household) reasons.push(matchReasons.phoneHousehold());
  else if (phone === 'exact') reasons.push(matchReasons.phoneExact());
  else if (phone === 'last4') reasons.push(matchReasons.phoneLast4());
  else if (phone === 'oneOff') reasons.push(matchReasons.phoneOneOff());
  else if (phone === 'prefix' && query.phone.kind === 'prefix')
    reasons.push(matchReasons.phonePrefix(query.phone.digits.length));
  if (!household) reasons.push(...nameReasons(name, query.name, recordName));
  if (phone === 'differs') reasons.push(matchReasons.phoneDiffers());
  return { clientId: record.id, level, score, household, reasons };
}

/**
 * The candidates among `records` (those the index found for `query`), best first. Equal scores go to the
 * client seen or followed up most recently, then to the older record, so the order never depends on the
 * order the database returned them in. A record found through several keys is offered once.
 */
export function rankCandidates(query: MatchQuery, records: readonly ClientRecord[]): Candidate[] {
  const analyzed = analyzeQuery(query);
  const byId = new Map(records.map((r) => [r.id, r]));
  const scored = [...byId.values()].flatMap((record) => {
    const candidate = scoreCandidate(analyzed, record);
    return candidate ? [{ candidate, record }] : [];
  });
  scored.sort(
    (a, b) =>
      b.candidate.score - a.candidate.score ||
      lastContact(b.record) - lastContact(a.record) ||
      a.record.id - b.record.id,
  );
  return scored.map((s) => s.candidate);
}

function lastContact(record: ClientRecord): number {
  return Math.max(record.lastVisitAt ?? 0, record.lastFollowUpAt ?? 0);
}

function comparePhones(input: PhoneInput, recordPhones: string[]): PhoneAgreement {
  const phones = recordPhones.flatMap((p) => normalizePhone(p) ?? []);
  if (input.kind === 'short' || phones.length === 0) return 'none';
  switch (input.kind) {
    case 'mobile':
      if (phones.includes(input.phone)) return 'exact';
      return phones.some((p) => oneDigitApart(p, input.phone)) ? 'oneOff' : 'differs';
    case 'other':
      return phones.includes(input.phone) ? 'exact' : 'differs';
    case 'last4':
      return phones.some((p) => last4(p) === input.digits) ? 'last4' : 'differs';
    case 'prefix':
      return phones.some((p) => p.startsWith(input.digits)) ? 'prefix' : 'differs';
  }
}

function nameReasons(name: NameAgreement, typed: NameSound | null, onFile: NameSound | null): Reason[] {
  const reasons: Reason[] = [];
  switch (name.kind) {
    case 'same':
      reasons.push(matchReasons.nameSame());
      if (typed?.script === 'han' && onFile !== null && typed.typed !== onFile.typed)
        reasons.push(matchReasons.nameScript());
      return reasons;
    case 'sound':
      reasons.push(matchReasons.nameSound(name.reading));
      break;
    case 'fuzzy':
      reasons.push(matchReasons.nameFuzzy(name.reading));
      break;
    case 'partial':
      reasons.push(matchReasons.namePartial(name.reading));
      break;
    case 'typo':
      return [matchReasons.nameTypo()];
    case 'differs':
    case 'none':
      return [];
  }
  if (typed?.script === 'latin' && onFile?.script === 'han') reasons.push(matchReasons.namePinyin());
  return reasons;
}
