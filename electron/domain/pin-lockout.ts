/** Wrong PINs in a row that lock a person out. */
export const PIN_ATTEMPTS = 5;
const FIRST_LOCK_MINUTES = 5;
const LONGEST_LOCK_MINUTES = 24 * 60;

/**
 * How long the wrong PIN that makes `failures` in a row locks its owner out, or null when it does
 * not. Every fifth wrong PIN locks, and each lock doubles the last (5, 10, 20 … minutes, at most a
 * day) until a right PIN: a script guessing a four-digit PIN at five tries per five minutes would
 * find it within days; with doubling it gets a few dozen tries a day.
 */
export function lockMinutes(failures: number): number | null {
  if (failures <= 0 || failures % PIN_ATTEMPTS !== 0) return null;
  const locksSoFar = failures / PIN_ATTEMPTS - 1;
  return Math.min(FIRST_LOCK_MINUTES * 2 ** Math.min(locksSoFar, 20), LONGEST_LOCK_MINUTES);
}

/** Tries left before the next lock. */
export const triesLeft = (failures: number): number => PIN_ATTEMPTS - (failures % PIN_ATTEMPTS);
