import type { Database } from 'better-sqlite3';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-clients-and-registrations';
import * as m0003 from './0003-day-close';
import * as m0004 from './0004-disputes-and-sales';
import * as m0005 from './0005-hand-over';
import * as m0006 from './0006-audit-log';
import * as m0007 from './0007-admin-role';
import * as m0008 from './0008-lan-devices';
import * as m0009 from './0009-privacy-erasure';
import * as m0010 from './0010-consent';
import * as m0011 from './0011-name-keys-by-last-contact';
import * as m0012 from './0012-day-log-rewrites-and-ref-numbers';
import * as m0013 from './0013-open-owner-alerts';
import * as m0014 from './0014-day-event-reasons';
import * as m0015 from './0015-staff-changes';
import * as m0016 from './0016-no-phone-masks';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** In order. Once released a migration is never edited: add a new one (add-only rule). */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, ...m0001 },
  { version: 2, ...m0002 },
  { version: 3, ...m0003 },
  { version: 4, ...m0004 },
  { version: 5, ...m0005 },
  { version: 6, ...m0006 },
  { version: 7, ...m0007 },
  { version: 8, ...m0008 },
  { version: 9, ...m0009 },
  { version: 10, ...m0010 },
  { version: 11, ...m0011 },
  { version: 12, ...m0012 },
  { version: 13, ...m0013 },
  { version: 14, ...m0014 },
  { version: 15, ...m0015 },
  { version: 16, ...m0016 },
];
