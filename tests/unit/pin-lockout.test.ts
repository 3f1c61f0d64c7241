import { describe, expect, it } from 'vitest';
import { lockMinutes, triesLeft } from '../../electron/domain/pin-lockout';

describe('locking out wrong PINs', () => {
  it('locks on every fifth wrong PIN in a row, not before', () => {
    expect([1, 2, 3, 4].map(lockMinutes)).toEqual([null, null, null, null]);
    expect(lockMinutes(5)).toBe(5);
    expect(lockMinutes(6)).toBeNull();
  });

  it('doubles each lock while the wrong PINs go on, and never locks longer than a day', () => {
    expect([5, 10, 15, 20].map(lockMinutes)).toEqual([5, 10, 20, 40]);
    expect(lockMinutes(5 * 10)).toBe(1440);
    expect(lockMinutes(5 * 1000)).toBe(1440);
  });

  it('counts the tries left before the next lock afresh after each lock', () => {
    expect([1, 4, 6, 9].map(triesLeft)).toEqual([4, 1, 4, 1]);
  });
});
