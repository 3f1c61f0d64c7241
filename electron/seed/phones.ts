import { weighted, type Rng } from './prng';

/**
 * Mainland mobile numbers: 11 digits, a carrier's three-digit prefix (号段) and eight more. Weights follow the
 * carriers' shares (China Mobile about 60%, Unicom and Telecom about 20% each) and the age of the ranges: the
 * 13x and 15x numbers people have kept for twenty years are more common than the newer 19x and 16x ones.
 */
const PREFIXES: readonly (readonly [string, number])[] = [
  // China Mobile
  ['139', 9],
  ['138', 9],
  ['137', 6],
  ['136', 6],
  ['135', 6],
  ['134', 4],
  ['159', 5],
  ['158', 5],
  ['157', 2],
  ['152', 3],
  ['151', 3],
  ['150', 4],
  ['147', 1],
  ['172', 1],
  ['178', 2],
  ['182', 3],
  ['183', 3],
  ['184', 1],
  ['187', 4],
  ['188', 4],
  ['195', 1],
  ['197', 0.5],
  ['198', 2],
  // China Unicom
  ['130', 3],
  ['131', 3],
  ['132', 3],
  ['145', 0.5],
  ['155', 2],
  ['156', 2],
  ['166', 1],
  ['171', 0.5],
  ['175', 1],
  ['176', 2],
  ['185', 3],
  ['186', 4],
  ['196', 0.5],
  // China Telecom
  ['133', 3],
  ['149', 0.5],
  ['153', 2],
  ['173', 1],
  ['177', 2],
  ['180', 3],
  ['181', 3],
  ['189', 4],
  ['190', 0.5],
  ['191', 1],
  ['193', 0.5],
  ['199', 2],
];

const prefixes = weighted(PREFIXES);

/** Every prefix the generator can use (tests check each is a valid mainland mobile range). */
export const MOBILE_PREFIXES: readonly string[] = prefixes.items;

/** Hands out mobile numbers no one else in the office has: a shared phone is always a household, never chance. */
export class PhoneBook {
  private readonly used = new Set<number>();

  constructor(private readonly rng: Rng) {}

  next(): string {
    for (;;) {
      const phone = prefixes.draw(this.rng) + String(this.rng.int(100_000_000)).padStart(8, '0');
      const key = Number(phone);
      if (this.used.has(key)) continue;
      this.used.add(key);
      return phone;
    }
  }

  get size(): number {
    return this.used.size;
  }
}
