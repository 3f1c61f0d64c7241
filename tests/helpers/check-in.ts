import type { MethodInput } from '../../electron/api/contract';
import type { TestOffice } from './office';

type CheckIn = MethodInput<'checkIn'>;
export type Registration = NonNullable<CheckIn['registration']>;

const DAY = 24 * 60 * 60_000;

/** A registration with the three basics (name and gender, phone, what they want), the visitor having consented. */
export function complete(name: string, phone: string, gender: 'male' | 'female' = 'male'): Registration {
  return {
    consent: 'given',
    name,
    phone,
    gender,
    needs: { project: '滨江壹号', unitType: '三房', area: null, budget: null },
  };
}

/** Days later, at the same office hour. */
export function daysLater(office: TestOffice, days: number, hhmm = '10:00'): void {
  office.clock.set(hhmm);
  office.clock.advance(days * DAY);
}

export function checkIn(office: TestOffice, input: CheckIn) {
  return office.call('checkIn', input);
}

export function ownerOf(office: TestOffice, ref: string): string | null {
  const row = office.db
    .prepare('SELECT k.name FROM clients c LEFT JOIN consultants k ON k.id = c.owner_id WHERE c.ref = ?')
    .get(ref) as { name: string | null } | undefined;
  return row?.name ?? null;
}
