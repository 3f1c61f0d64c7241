import type { Messages } from './zh-CN';

/** The consent notice and phone reveals in English: the same keys as pipl.zh-CN.ts (type-checked). */
export const piplEn: Messages['pipl'] = {
  consent: {
    title: 'Personal information notice (read it to the visitor)',
    question: 'Does the visitor agree to give their name and phone?',
    given: 'Told, and agrees',
    declined: 'Does not agree',
    required: 'Read the notice to the visitor first, then choose “Told, and agrees” or “Does not agree”',
    anonymous:
      'The visitor does not agree: this visit is received anonymously — party size and needs only, no name or phone, and it cannot be completed later. The rotation receives them as usual.',
    anonymousForm: 'Anonymous visit: no name, phone or companions are registered',
    anonymousResult:
      'Anonymous visit: the visitor did not agree to give personal information; no name or phone is kept, and none can be added later.',
    unavailable: 'The notice could not be read ({error}); try again shortly',
  },
  reveal: {
    show: 'Show number',
    showFor: 'Show {name}’s whole number',
    autoHide: 'Hidden again in 30 seconds',
    hide: 'Hide',
  },
};
