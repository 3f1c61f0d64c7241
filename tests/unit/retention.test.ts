import { describe, expect, it } from 'vitest';
import { localToEpoch } from '../../electron/domain/office-time';
import { clientDue, retentionCutoffDay } from '../../electron/domain/privacy/retention';

const TZ = 'Asia/Shanghai';
/** Office time on a day, as epoch milliseconds. */
const on = (day: string, hhmm = '10:00') => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return localToEpoch(day, h * 60 + m, TZ);
};
const NOW = on('2026-11-20', '08:30');

describe('保存期限: which clients the retention purge erases', () => {
  it('keeps everything from the same date N years back on, in office time', () => {
    expect(retentionCutoffDay(NOW, TZ, 2)).toBe('2024-11-20');
    expect(retentionCutoffDay(NOW, TZ, 10)).toBe('2016-11-20');
  });

  it('reads today in the office’s time zone, not UTC: 00:30 in Shanghai is already the new day', () => {
    expect(retentionCutoffDay(on('2026-11-21', '00:30'), TZ, 2)).toBe('2024-11-21');
  });

  it('falls back to 28 February from a 29 February', () => {
    expect(retentionCutoffDay(on('2028-02-29'), TZ, 1)).toBe('2027-02-28');
  });

  it('erases a non-buyer whose last contact is before the cutoff day', () => {
    expect(clientDue({ bought: false, contacts: [on('2024-11-19', '23:50'), null] }, '2024-11-20', TZ)).toBe(true);
  });

  it('keeps a non-buyer last seen on the cutoff day itself', () => {
    expect(clientDue({ bought: false, contacts: [on('2024-11-20', '00:10')] }, '2024-11-20', TZ)).toBe(false);
  });

  it('counts the latest contact of any kind: an old visit with a recent follow-up is kept', () => {
    expect(clientDue({ bought: false, contacts: [on('2022-03-01'), on('2026-01-05')] }, '2024-11-20', TZ)).toBe(false);
  });

  it('never erases a buyer: their record is part of the commission records', () => {
    expect(clientDue({ bought: true, contacts: [on('2015-05-01')] }, '2024-11-20', TZ)).toBe(false);
  });
});
