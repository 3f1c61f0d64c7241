import { z } from 'zod';
import { CONSENT_ANSWERS, consentProblem } from '../domain/privacy/consent';
import { id, ids, optionalText } from './schemas';

/**
 * 首问: the first questions the receptionist asks every group. Unanswered is null, not false —
 * "did not ask" and "said no" are different facts.
 */
export const firstAnswers = z.object({
  beenBefore: z.boolean().nullable().default(null),
  /** 有顾问联系过您吗 / 找哪位: the consultant the visitor names … */
  namedConsultant: id.nullable().default(null),
  /** … and why: they remember the name, they show the consultant's SMS, or they simply ask for them. */
  namedEvidence: z.enum(['remembered', 'sms', 'asked']).nullable().default(null),
  familyVisited: z.boolean().nullable().default(null),
  /** 谁介绍来的: an existing client, or a name/phone the visitor gives. */
  referredBy: z
    .union([z.object({ clientId: id }), z.object({ name: optionalText(40), phone: optionalText(30) })])
    .nullable()
    .default(null),
  /** The referrer came along (是否同行). */
  accompanied: z.boolean().default(false),
  appointmentWith: id.nullable().default(null),
});

export const CHANNELS = ['walkIn', 'referral', 'phone', 'online', 'outdoor', 'agency', 'other'] as const;

/** 来访登记: valid only with the three basics — name and gender, phone, what they want. */
export const registration = z.object({
  /**
   * The visitor's answer to the PIPL notice read at the desk (已告知并同意 / 不同意); null: not asked, which
   * is only allowed while the registration says nothing about who the visitor is.
   */
  consent: z.enum(CONSENT_ANSWERS, { error: '请选择「已告知并同意」或「不同意」' }).nullable().default(null),
  name: optionalText(40),
  gender: z.enum(['male', 'female']).nullable().default(null),
  phone: optionalText(30),
  needs: z
    .object({
      project: optionalText(60),
      unitType: optionalText(40),
      area: optionalText(40),
      budget: optionalText(40),
    })
    .default({ project: null, unitType: null, area: null, budget: null }),
  channel: z.enum(CHANNELS).nullable().default(null),
  intent: z.enum(['A', 'B', 'C']).nullable().default(null),
  party: z
    .array(z.object({ name: optionalText(40), relation: optionalText(20) }))
    .max(50)
    .default([]),
  notes: optionalText(500),
});

/** Who the visitor is taken to be: the candidate the receptionist confirmed, and those they ruled out. */
export const identity = {
  clientId: id.nullable().default(null),
  rejectedClientIds: ids.default([]),
};

export const checkInInput = z.object({
  partySize: z.int().min(1).max(50).default(1),
  answers: firstAnswers.default({
    beenBefore: null,
    namedConsultant: null,
    namedEvidence: null,
    familyVisited: null,
    referredBy: null,
    accompanied: false,
    appointmentWith: null,
  }),
  registration: registration.default({
    consent: null,
    name: null,
    gender: null,
    phone: null,
    needs: { project: null, unitType: null, area: null, budget: null },
    channel: null,
    intent: null,
    party: [],
    notes: null,
  }),
  ...identity,
});

/**
 * A check-in that is written: personal data only with the visitor's consent, none when they declined
 * (a preview writes nothing and needs no answer yet).
 */
export const registeredCheckIn = checkInInput.superRefine((x, ctx) => {
  const problem = consentProblem(x.registration.consent, { ...x.registration, clientId: x.clientId });
  if (problem) ctx.addIssue({ code: 'custom', path: ['registration', 'consent'], message: problem });
});

/** Completing later: the same rule, the visit's own record being the client it is put on. */
export const completion = z.object({ visitId: id, registration }).superRefine((x, ctx) => {
  if (x.registration.consent !== 'declined') return;
  const problem = consentProblem('declined', { ...x.registration, clientId: null });
  if (problem) ctx.addIssue({ code: 'custom', path: ['registration', 'consent'], message: problem });
});

export type FirstAnswers = z.output<typeof firstAnswers>;
export type Registration = z.output<typeof registration>;
export type CheckInInput = z.output<typeof checkInInput>;
