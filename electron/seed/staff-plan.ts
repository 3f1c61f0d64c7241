import type { StaffRole } from '../domain/roles';
import { fullName, personName } from './names';
import type { Rng } from './prng';

export interface StaffMember {
  /** The id the office gives them: the setup's administrator is 1, then everyone in hiring order. */
  id: number;
  name: string;
  role: StaffRole;
  /** Office day index of the first day at work (negative: before the history starts). */
  hiredDay: number;
  /** Office day index of the departure (离职), before that day's opening; null: still here at the end. */
  departsDay: number | null;
}

/** Consultants stay three years on average (sales teams turn over by about a third a year). */
const MEAN_TENURE_DAYS = 3 * 365;
const SUPERVISORS = 2;

/**
 * Who works at the office over the history: the administrator (案场经理) who set it up, two supervisors, and
 * `consultants` consultants at any time — each leaves after an exponential tenure and is replaced one to three
 * weeks later, so the team keeps its size with a gap. Names are unique among staff: the app refuses two active
 * consultants of one name, and a sheet signed by two 王芳 would not say who received.
 */
export function planStaff(rng: Rng, consultants: number, days: number): StaffMember[] {
  const taken = new Set<string>();
  const uniqueName = () => {
    for (;;) {
      const name = fullName(personName(rng));
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  const staff: StaffMember[] = [];
  const hire = (role: StaffMember['role'], hiredDay: number, tenure: boolean) => {
    const stays = tenure ? Math.round(-Math.log(1 - rng.next()) * MEAN_TENURE_DAYS) : Infinity;
    const leaves = hiredDay + Math.max(30, stays);
    const member: StaffMember = {
      id: staff.length + 1,
      name: uniqueName(),
      role,
      hiredDay,
      departsDay: leaves > 0 && leaves < days ? leaves : null,
    };
    staff.push(member);
    return member;
  };
  hire('admin', -rng.between(200, 400), false);
  for (let i = 0; i < SUPERVISORS; i++) hire('supervisor', -rng.between(60, 400), false);
  for (let i = 0; i < consultants; i++) hire('consultant', -rng.between(0, 500), true);

  // Replacements in the order of the departures they replace, so ids follow hiring order.
  const replaced = new Set<number>();
  for (;;) {
    const next = staff
      .filter((m) => m.departsDay !== null && !replaced.has(m.id))
      .sort((a, b) => (a.departsDay as number) - (b.departsDay as number) || a.id - b.id)[0];
    if (!next) break;
    replaced.add(next.id);
    const start = (next.departsDay as number) + rng.between(7, 21);
    if (start < days) hire('consultant', start, true);
  }
  return staff;
}
