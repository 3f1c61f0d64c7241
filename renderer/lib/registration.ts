import type { MethodInput } from '../../electron/api/contract';

/** The registration as the checkIn / completeRegistration inputs take it. */
export type RegistrationInput = NonNullable<MethodInput<'checkIn'>['registration']>;
export type Channel = NonNullable<RegistrationInput['channel']>;
export type Intent = NonNullable<RegistrationInput['intent']>;
export type Gender = NonNullable<RegistrationInput['gender']>;
/** 已告知并同意 / 不同意: the visitor's answer to the notice read before their name and phone are taken. */
export type Consent = NonNullable<RegistrationInput['consent']>;

/** 来访渠道, in the order the desk meets them. */
export const CHANNELS = [
  'walkIn',
  'referral',
  'phone',
  'online',
  'outdoor',
  'agency',
  'other',
] as const satisfies readonly Channel[];
export const INTENTS = ['A', 'B', 'C'] as const satisfies readonly Intent[];
export const GENDERS = ['male', 'female'] as const satisfies readonly Gender[];
/** Suggestions only: the field takes any relation. */
export const RELATIONS = ['spouse', 'parent', 'child', 'relative', 'friend', 'colleague'] as const;

/** The registration form's fields as typed: text is text, an unanswered choice is null. */
export interface RegistrationDraft {
  /** Not asked yet: null. */
  consent: Consent | null;
  name: string;
  phone: string;
  gender: Gender | null;
  needs: { project: string; unitType: string; area: string; budget: string };
  channel: Channel | null;
  intent: Intent | null;
  party: { name: string; relation: string }[];
  notes: string;
}

export function emptyRegistration(project = '', channel: Channel | null = 'walkIn'): RegistrationDraft {
  return {
    consent: null,
    name: '',
    phone: '',
    gender: null,
    needs: { project, unitType: '', area: '', budget: '' },
    channel,
    intent: null,
    party: [],
    notes: '',
  };
}

/** The backend trims and turns empty text into "not given"; party rows left blank are dropped here. */
export function registrationInput(d: RegistrationDraft): RegistrationInput {
  return {
    ...d,
    party: d.party.filter((p) => p.name.trim() !== '' || p.relation.trim() !== ''),
  };
}
