import { describe, expect, it } from 'vitest';
import {
  clockText,
  formatClock,
  isValidDay,
  localToEpoch,
  minuteOfDay,
  officeDay,
  parseClock,
  previousDay,
} from '../../electron/domain/office-time';
import { hashPin, verifyPin } from '../../electron/services/pin';

describe('office time (Asia/Shanghai unless the office says otherwise)', () => {
  it('puts 09:00 at the office at 01:00 UTC', () => {
    expect(localToEpoch('2026-11-20', 9 * 60, 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 20, 1, 0));
  });

  it('counts an instant after local midnight as the next office day, even though UTC is still on the day before', () => {
    const t = Date.UTC(2026, 10, 20, 16, 30);
    expect(officeDay(t, 'Asia/Shanghai')).toBe('2026-11-21');
    expect(formatClock(t, 'Asia/Shanghai')).toBe('00:30');
    expect(minuteOfDay(t, 'Asia/Shanghai')).toBe(30);
  });

  it('reads and writes HH:MM', () => {
    expect(parseClock('12:00')).toBe(720);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('12:60')).toBeNull();
    expect(clockText(810)).toBe('13:30');
  });

  it('knows real dates and the day before', () => {
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2026-11-20')).toBe(true);
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
  });

  it('finds the right instant across a daylight-saving change in an office that has one', () => {
    const t = localToEpoch('2026-03-29', 10 * 60, 'Europe/Berlin');
    expect(formatClock(t, 'Europe/Berlin')).toBe('10:00');
    expect(t).toBe(Date.UTC(2026, 2, 29, 8, 0));
  });
});

describe('PINs are kept as salted scrypt hashes', () => {
  it('verifies the right PIN and refuses any other', () => {
    const stored = hashPin('4321');
    expect(verifyPin('4321', stored)).toBe(true);
    expect(verifyPin('1234', stored)).toBe(false);
    expect(verifyPin('43210', stored)).toBe(false);
  });

  it('salts each hash, so the same PIN never looks the same twice', () => {
    expect(hashPin('4321')).not.toBe(hashPin('4321'));
  });

  it('refuses anything that is not one of its hashes', () => {
    expect(verifyPin('4321', '4321')).toBe(false);
    expect(verifyPin('4321', 'md5$abc')).toBe(false);
  });
});
