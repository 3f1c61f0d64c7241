import { createStore, type StoreApi } from 'zustand';
import type { Api, MethodInput } from '../../electron/api/contract';
import type { CandidateView, CheckInPreview, CheckInResult } from '../../electron/api/types';
import { createCandidateLookup, isSearchable, sameQuery, type CandidateQuery } from '../lib/candidate-search';
import { errorText } from '../lib/errors';
import { emptyRegistration, registrationInput, type Consent, type RegistrationDraft } from '../lib/registration';

export type Step = 'questions' | 'register' | 'decision' | 'result';

/** 有顾问联系过您吗: no; yes but cannot say who; names them; shows their SMS. */
export type Contact = 'none' | 'forgot' | 'remembered' | 'sms';
/** 有预约 / 指定顾问吗. */
export type Directed = 'none' | 'appointment' | 'asked';
export type Referrer = { kind: 'client'; client: CandidateView } | { kind: 'typed'; name: string; phone: string };

/** 首问. null = not asked, which is not the same fact as "no". */
export interface Answers {
  beenBefore: boolean | null;
  contact: Contact | null;
  contactWith: number | null;
  familyVisited: boolean | null;
  referred: boolean | null;
  referrer: Referrer | null;
  accompanied: boolean | null;
  directed: Directed | null;
  directedTo: number | null;
}

export interface Lookup {
  state: 'idle' | 'searching' | 'done' | 'failed';
  candidates: CandidateView[];
  error: string | null;
  /** What the candidates are the answer to. */
  query: CandidateQuery | null;
}

export interface CheckInState {
  step: Step;
  partySize: number;
  answers: Answers;
  registration: RegistrationDraft;
  /** The receptionist chose the channel: the referral answer no longer changes it. */
  channelTouched: boolean;
  lookup: Lookup;
  /** The candidate the receptionist picked by hand; otherwise the first strong one is taken. */
  picked: number | null;
  /** 不是此人: ruled out, and recorded with the visit. */
  rejected: number[];
  preview: CheckInPreview | null;
  result: CheckInResult | null;
  busy: boolean;
  error: string | null;
  start: () => void;
  setPartySize: (n: number) => void;
  answer: (patch: Partial<Answers>) => void;
  edit: (patch: Partial<RegistrationDraft>) => void;
  /** The visitor's answer to the notice; 不同意 clears whatever was typed about who they are. */
  setConsent: (consent: Consent) => void;
  pick: (clientId: number) => void;
  reject: (clientId: number) => void;
  unreject: (clientId: number) => void;
  goTo: (step: Exclude<Step, 'decision' | 'result'>) => void;
  /** Looks the visitor up if the last lookup is stale, then asks what would happen. */
  toDecision: () => Promise<void>;
  refreshPreview: () => Promise<void>;
  confirm: () => Promise<void>;
  reset: () => void;
}

const NO_ANSWERS: Answers = {
  beenBefore: null,
  contact: null,
  contactWith: null,
  familyVisited: null,
  referred: null,
  referrer: null,
  accompanied: null,
  directed: null,
  directedTo: null,
};

const IDLE: Lookup = { state: 'idle', candidates: [], error: null, query: null };

/** Who the visitor is taken to be: the receptionist's pick, else the first strong candidate not ruled out. */
export function chosenClientId(s: Pick<CheckInState, 'picked' | 'rejected' | 'lookup'>): number | null {
  if (s.picked !== null) return s.picked;
  return s.lookup.candidates.find((c) => c.level === 'strong' && !s.rejected.includes(c.clientId))?.clientId ?? null;
}

/** The check-in as the API takes it. */
export function checkInInput(s: CheckInState): MethodInput<'checkIn'> {
  const a = s.answers;
  const evidence = a.contact === 'remembered' || a.contact === 'sms' ? a.contact : null;
  const named =
    evidence && a.contactWith !== null
      ? { namedConsultant: a.contactWith, namedEvidence: evidence }
      : a.directed === 'asked' && a.directedTo !== null
        ? { namedConsultant: a.directedTo, namedEvidence: 'asked' as const }
        : { namedConsultant: null, namedEvidence: null };
  const r = a.referred ? a.referrer : null;
  return {
    partySize: s.partySize,
    answers: {
      beenBefore: a.beenBefore,
      ...named,
      familyVisited: a.familyVisited,
      referredBy: r === null ? null : r.kind === 'client' ? { clientId: r.client.clientId } : r,
      accompanied: r !== null && a.accompanied === true,
      appointmentWith: a.directed === 'appointment' ? a.directedTo : null,
    },
    registration: registrationInput(s.registration),
    // 不同意: an anonymous reception is put on nobody's record.
    clientId: s.registration.consent === 'declined' ? null : chosenClientId(s),
    rejectedClientIds: s.rejected,
  };
}

const queryOf = (r: RegistrationDraft): CandidateQuery => ({ name: r.name, phone: r.phone });

/** One visitor group's check-in, from the first questions to the registered reception. */
export function createCheckInStore(api: Api): StoreApi<CheckInState> {
  /** The project typed last: most offices sell one, so the next registration starts with it. */
  let lastProject = '';

  return createStore<CheckInState>()((set, get) => {
    const lookup = createCandidateLookup(api, (query, r) => {
      if (!sameQuery(query, queryOf(get().registration))) return;
      set({
        lookup:
          'error' in r
            ? { state: 'failed', candidates: get().lookup.candidates, error: r.error, query }
            : { state: isSearchable(query) ? 'done' : 'idle', candidates: r.candidates, error: null, query },
      });
    });

    const fresh = () => ({
      step: 'questions' as Step,
      partySize: 1,
      answers: NO_ANSWERS,
      registration: emptyRegistration(lastProject),
      channelTouched: false,
      lookup: IDLE,
      picked: null,
      rejected: [],
      preview: null,
      result: null,
      busy: false,
      error: null,
    });

    /** quiet: a refresh behind the screen, which must not disable (and so unfocus) the confirm button. */
    const preview = async (quiet = false): Promise<boolean> => {
      set(quiet ? { error: null } : { busy: true, error: null });
      try {
        const next = await api.previewCheckIn(checkInInput(get()));
        set(quiet ? { preview: next } : { preview: next, busy: false });
        return true;
      } catch (err) {
        set(quiet ? { error: errorText(err) } : { error: errorText(err), busy: false });
        return false;
      }
    };

    return {
      ...fresh(),
      start: () => {
        lookup.cancel();
        set(fresh());
      },
      setPartySize: (partySize) => set({ partySize }),
      answer: (patch) => {
        const answers = { ...get().answers, ...patch };
        const { channelTouched, registration } = get();
        // 老带新: a referral is the visit's channel, unless the receptionist has said otherwise.
        const channel = channelTouched ? registration.channel : answers.referred ? 'referral' : 'walkIn';
        set({ answers, registration: { ...registration, channel } });
      },
      edit: (patch) => {
        const before = get().registration;
        const registration = { ...before, ...patch };
        set({ registration, channelTouched: get().channelTouched || 'channel' in patch, error: null });
        const query = queryOf(registration);
        if (sameQuery(query, queryOf(before))) return;
        set({ lookup: { ...get().lookup, state: 'searching' } });
        lookup.schedule(query);
      },
      setConsent: (consent) => {
        if (consent === 'given') return get().edit({ consent });
        get().edit({ consent, name: '', phone: '', gender: null, party: [] });
        set({ picked: null, rejected: [] });
      },
      pick: (clientId) => set({ picked: clientId, rejected: get().rejected.filter((id) => id !== clientId) }),
      reject: (clientId) =>
        set({
          rejected: [...get().rejected.filter((id) => id !== clientId), clientId],
          picked: get().picked === clientId ? null : get().picked,
        }),
      unreject: (clientId) => set({ rejected: get().rejected.filter((id) => id !== clientId) }),
      goTo: (step) => set({ step, error: null }),
      toDecision: async () => {
        const { lookup: last, registration } = get();
        const query = queryOf(registration);
        if (last.query === null || !sameQuery(last.query, query) || last.state === 'searching') await lookup.now(query);
        if (await preview()) set({ step: 'decision' });
      },
      refreshPreview: async () => {
        if (get().step === 'decision' && !get().busy) await preview(true);
      },
      confirm: async () => {
        set({ busy: true, error: null });
        try {
          const result = await api.checkIn(checkInInput(get()));
          lastProject = get().registration.needs.project;
          set({ result, step: 'result', busy: false });
        } catch (err) {
          set({ error: errorText(err), busy: false });
        }
      },
      reset: () => {
        lookup.cancel();
        set(fresh());
      },
    };
  });
}
