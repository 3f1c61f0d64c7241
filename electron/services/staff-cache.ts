import type { Database } from 'better-sqlite3';
import { listConsultants, staffChanges, type ConsultantRow } from '../../db/queries/consultants';
import type { OwnershipPeople } from '../domain/ownership/people';

/** Everyone who ever worked here, as the screens and as the rules see them. Shared: read-only to every caller. */
export interface Staff {
  /** Active first, then by id (as `listConsultants` orders them). */
  readonly list: readonly Readonly<ConsultantRow>[];
  readonly rows: ReadonlyMap<number, Readonly<ConsultantRow>>;
  readonly people: OwnershipPeople;
}

interface Kept {
  changes: number;
  staff: Staff;
}

const kept = new WeakMap<Database, Kept>();

function staffOf(rows: readonly ConsultantRow[]): Staff {
  const list = Object.freeze(rows.map((c) => Object.freeze(c)));
  return {
    list,
    rows: new Map(list.map((c) => [c.id, c])),
    people: new Map(
      list.map((c) => [c.id, Object.freeze({ name: c.name, active: c.active, successorId: c.successorId })]),
    ),
  };
}

/**
 * The staff list, read once per connection and kept until it changes (a registration asked for it four times, a
 * millisecond in all). Whether it changed — by this process or any other writing the same file — is one number,
 * kept by triggers (migration 15).
 *
 * Inside a transaction the kept list is used while the number still matches, but a list read there is not kept:
 * the transaction may have changed the staff and then be rolled back, and the next change would bring the number
 * back to what the kept list was read at. The number is read before the list, so a change committed between the
 * two reads can only make the kept list look older than it is: read again next time, never wrongly trusted.
 */
export function loadStaff(db: Database): Staff {
  const changes = staffChanges(db);
  const known = kept.get(db);
  if (known && known.changes === changes) return known.staff;
  const staff = staffOf(listConsultants(db));
  if (!db.inTransaction) kept.set(db, { changes, staff });
  return staff;
}
