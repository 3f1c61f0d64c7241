import type { Messages } from './zh-CN';

/** The audit log in English: the same keys as audit.zh-CN.ts (type-checked). */
export const auditEn: Messages['audit'] = {
  tab: 'Audit log',
  intro:
    'Every supervisor decision, settings change, import, export, backup and restore is recorded here and cannot be changed or deleted. Each entry carries the previous one’s hash, so a change to any entry is found.',
  chainOk: 'Verified: {count} entries, unchanged',
  chainBroken: 'Verification failed: the log was changed from entry {id} ({message})',
  empty: 'Nothing recorded yet.',
  when: 'Time',
  who: 'By',
  what: 'Action',
  subject: 'Subject',
  more: 'Earlier entries',
  actions: {
    pin: {
      locked: 'Locked out after wrong PINs',
    },
    roster: {
      save: 'Roster saved',
    },
    queue: {
      reorder: 'Queue reordered',
      skip: 'Turn skipped',
      makeup: 'Make-up turn',
      assign: 'Visitor assigned',
      suspend: 'Rotation suspended',
      resume: 'Rotation resumed',
    },
    settings: {
      policy: 'Rotation rules changed',
      split: 'Split rules changed',
      office: 'Office profile changed',
      'backup-keep': 'Backups kept changed',
      retention: 'Retention period changed',
    },
    staff: {
      add: 'Staff added',
      update: 'Staff changed',
      depart: 'Departure',
    },
    client: {
      'owner-override': 'Owner overridden',
      'pool-hand-over': 'Pool hand-over',
    },
    ruling: {
      decide: 'Clash ruled',
    },
    sale: {
      record: 'Sale recorded',
    },
    day: {
      close: 'Day closed',
    },
    sheet: {
      correct: 'Sheet corrected',
    },
    import: {
      ledger: 'Ledger imported',
    },
    person: {
      find: 'Personal data looked up',
      export: 'Personal data exported',
      erase: 'Personal data erased',
    },
    retention: {
      purge: 'Retention purge',
    },
    phone: {
      reveal: 'Whole phone number shown',
    },
    export: {
      records: 'Records exported',
      'sheet-pdf': 'Sheet PDF exported',
      'month-sheets-pdf': 'Month’s sheets exported',
    },
    backup: {
      manual: 'Manual backup',
      daily: 'Daily backup',
      restore: 'Backup restored',
    },
    lan: {
      on: 'LAN serving turned on',
      off: 'LAN serving turned off',
      pair: 'LAN device paired',
      revoke: 'LAN device revoked',
      'restore-reset': 'After a restore: every device revoked, LAN serving off',
    },
  },
};
