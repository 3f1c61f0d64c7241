import type { Messages } from './zh-CN';

/** Personal data in English: the same keys as privacy.zh-CN.ts (type-checked). */
export const privacyEn: Messages['privacy'] = {
  tab: 'Personal data',
  title: 'Find, export and erase a person’s data',
  intro:
    'Everything this office holds about one person, found by their phone number. Export gives them a copy; erasing cannot be undone, and the audit log keeps only the erasure number and counts per table.',
  phone: 'Phone number',
  find: 'Find',
  finding: 'Finding…',
  notFound: 'Nothing is held about {phone}.',
  heldFor: 'Held about {phone}',
  client: 'Client record {ref}: {name}',
  owner: 'Consultant: {owner}',
  noOwner: 'No consultant (public pool)',
  phones: 'Phones: {phones}',
  visitsSpan: 'Visits from {first} to {last}',
  counts: {
    visits: 'Registrations',
    looseRegistrations: 'of which without a client record',
    referrals: 'Named as referrer by others',
    closedDays: 'Closed daily sheets',
    followUps: 'Follow-ups',
    sales: 'Sales',
  },
  saleKept:
    'This person bought: the sale’s amount, date and shares stay (commission records); their name, phone and notes go.',
  export: 'Export (JSON)',
  exporting: 'Exporting…',
  exported: 'Exported: {file}',
  erase: 'Erase this person’s data',
  eraseTitle: 'Erase everything held about {phone}?',
  eraseText:
    'Their name, phone, wishes, notes and follow-ups are deleted or blanked; closed daily sheets will say that personal data was erased by law. This cannot be undone.',
  confirmPhone: 'Type the phone number again',
  reason: 'Grounds',
  reasons: {
    subjectRequest: 'The person asked for erasure',
    consentWithdrawn: 'The person withdrew consent',
    purposeFulfilled: 'The purpose is fulfilled or no longer needed',
    unlawfullyCollected: 'Collected or processed improperly',
  },
  eraseConfirm: 'Erase',
  erasing: 'Erasing…',
  erased: 'Erased (erasure #{no}): {visits} registrations, {followUps} follow-ups, {clients} client records.',
  retention: {
    title: 'Retention period',
    text: 'Registrations of clients who bought nothing are erased {years} years after their last visit or follow-up; the purge runs daily and is recorded in the audit log. Buyers are not affected.',
    years: 'Years kept',
    save: 'Save',
    saved: 'Retention period set to {years} years',
    lastPurge: 'Last purge: {when}, {erased} erased',
    neverPurged: 'No purge yet (it runs daily while the app is running)',
  },
};
