import { describe, expect, it } from 'vitest';
import { ownershipReasons } from '../../electron/domain/ownership/ownership-reasons';
import {
  isProtected,
  protectionDaysLeft,
  protectionEndsAt,
  protectionEndsWithin,
  protectionStart,
} from '../../electron/domain/ownership/protection';
import { client, DAY_MS, policy, TZ, when } from './ownership-fixtures';

const visitedNov1 = when('2026-11-01', '15:00');
const followedUpNov10 = when('2026-11-10', '20:00');

describe("'ownership.protectionFrom' = lastContact (the default)", () => {
  it('counts protection from the later of the last visit and the last follow-up', () => {
    const c = client({ firstVisitAt: visitedNov1, lastVisitAt: visitedNov1, lastFollowUpAt: followedUpNov10 });
    expect(protectionStart(c, policy())).toBe(followedUpNov10);
    expect(protectionEndsAt(c, policy())).toBe(when('2026-12-10', '20:00'));
  });

  it('counts from the last visit when the visit is later than the last follow-up', () => {
    const lastVisit = when('2026-11-15', '11:00');
    const c = client({ firstVisitAt: visitedNov1, lastVisitAt: lastVisit, lastFollowUpAt: followedUpNov10 });
    expect(protectionStart(c, policy())).toBe(lastVisit);
  });

  it('keeps a client protected by a follow-up after the visit alone would have lapsed', () => {
    const c = client({ firstVisitAt: visitedNov1, lastVisitAt: visitedNov1, lastFollowUpAt: followedUpNov10 });
    const dec5 = when('2026-12-05');
    expect(isProtected(c, dec5, policy())).toBe(true);
    expect(isProtected(c, dec5, policy({ 'ownership.protectionFrom': 'lastVisit' }))).toBe(false);
  });

  it('counts from a follow-up alone when the record has no visit dates', () => {
    const c = client({ firstVisitAt: null, lastVisitAt: null, lastFollowUpAt: followedUpNov10 });
    expect(protectionStart(c, policy())).toBe(followedUpNov10);
  });
});

describe("'ownership.protectionFrom' = lastVisit", () => {
  const p = policy({ 'ownership.protectionFrom': 'lastVisit' });

  it('counts from the last visit and ignores follow-ups', () => {
    const lastVisit = when('2026-11-03', '09:30');
    const c = client({ firstVisitAt: visitedNov1, lastVisitAt: lastVisit, lastFollowUpAt: followedUpNov10 });
    expect(protectionStart(c, p)).toBe(lastVisit);
  });

  it('gives no protection to a record with follow-ups but no visit', () => {
    const c = client({ firstVisitAt: null, lastVisitAt: null, lastFollowUpAt: followedUpNov10 });
    expect(protectionStart(c, p)).toBeNull();
    expect(protectionEndsAt(c, p)).toBeNull();
    expect(isProtected(c, followedUpNov10, p)).toBe(false);
  });

  it('uses the only visit date an imported ledger row has', () => {
    const c = client({ firstVisitAt: visitedNov1, lastVisitAt: null });
    expect(protectionStart(c, p)).toBe(visitedNov1);
  });
});

describe("'ownership.protectionFrom' = firstVisit", () => {
  const p = policy({ 'ownership.protectionFrom': 'firstVisit' });

  it('counts from the first registration, however often the client came back or was called', () => {
    const c = client({
      firstVisitAt: visitedNov1,
      lastVisitAt: when('2026-11-18'),
      lastFollowUpAt: when('2026-11-19'),
    });
    expect(protectionStart(c, p)).toBe(visitedNov1);
    expect(isProtected(c, when('2026-12-02'), p)).toBe(false);
  });

  it('uses the last visit when the first is missing', () => {
    const c = client({ firstVisitAt: null, lastVisitAt: visitedNov1 });
    expect(protectionStart(c, p)).toBe(visitedNov1);
  });
});

describe('a client the supervisor handed over (公海 → consultant, a ruling, a successor)', () => {
  const handedDec20 = when('2026-12-20', '16:00');

  it('counts from the hand-over when the old contact had lapsed, under every mode', () => {
    const c = client({ firstVisitAt: visitedNov1, lastVisitAt: visitedNov1, handedOverAt: handedDec20 });
    for (const from of ['lastContact', 'lastVisit', 'firstVisit'] as const) {
      expect(protectionStart(c, policy({ 'ownership.protectionFrom': from }))).toBe(handedDec20);
    }
    expect(protectionEndsAt(c, policy())).toBe(when('2027-01-19', '16:00'));
  });

  it('counts from a later follow-up by the new owner', () => {
    const followedUpDec28 = when('2026-12-28', '19:00');
    const c = client({ lastVisitAt: visitedNov1, lastFollowUpAt: followedUpDec28, handedOverAt: handedDec20 });
    expect(protectionStart(c, policy())).toBe(followedUpDec28);
  });
});

describe("'ownership.protectionDays'", () => {
  const c = client({ firstVisitAt: visitedNov1, lastVisitAt: visitedNov1 });

  it('protects a client contacted 29 days ago', () => {
    expect(isProtected(c, visitedNov1 + 29 * DAY_MS, policy())).toBe(true);
  });

  it('still protects a client one minute before the 30 days are up', () => {
    expect(isProtected(c, visitedNov1 + 30 * DAY_MS - 60_000, policy())).toBe(true);
  });

  it('ends protection exactly 30 days after the last contact', () => {
    expect(protectionEndsAt(c, policy())).toBe(when('2026-12-01', '15:00'));
    expect(isProtected(c, when('2026-12-01', '15:00'), policy())).toBe(false);
  });

  it('does not protect a client not contacted for 31 days', () => {
    expect(isProtected(c, visitedNov1 + 31 * DAY_MS, policy())).toBe(false);
  });

  it('protects for three months when the office sets 90 days (建档有效期3个月)', () => {
    const p = policy({ 'ownership.protectionDays': 90 });
    expect(isProtected(c, when('2027-01-29', '14:59'), p)).toBe(true);
    expect(isProtected(c, when('2027-01-30', '15:00'), p)).toBe(false);
  });

  it('protects no one whose record has no dates at all', () => {
    const undated = client({ firstVisitAt: null, lastVisitAt: null, lastFollowUpAt: null });
    expect(protectionStart(undated, policy())).toBeNull();
    expect(protectionEndsAt(undated, policy())).toBeNull();
    expect(isProtected(undated, visitedNov1, policy())).toBe(false);
  });
});

describe("the consultant's list: protection ends in N days", () => {
  // Last contact 11-05 15:00: protection ends 12-05 15:00.
  const c = client();

  it('counts office calendar days to the end: 3 on 12-02, 1 on 12-04, 0 on the morning of 12-05', () => {
    expect(protectionDaysLeft(c, when('2026-12-02', '18:00'), policy(), TZ)).toBe(3);
    expect(protectionDaysLeft(c, when('2026-12-04', '09:00'), policy(), TZ)).toBe(1);
    expect(protectionDaysLeft(c, when('2026-12-05', '09:00'), policy(), TZ)).toBe(0);
  });

  it('has no days left once protection has ended', () => {
    expect(protectionDaysLeft(c, when('2026-12-05', '15:00'), policy(), TZ)).toBeNull();
  });

  it('counts the days in the office time zone, not the machine’s', () => {
    // 12-02 23:30 in Shanghai is 15:30 UTC on 12-02; the end, 12-05 15:00 Shanghai, is 07:00 UTC on 12-05.
    const late = when('2026-12-02', '23:30');
    expect(protectionDaysLeft(c, late, policy(), TZ)).toBe(3);
    // In a zone where that instant is already 12-03, one day fewer is left.
    expect(protectionDaysLeft(c, late, policy(), 'Pacific/Auckland')).toBe(2);
  });

  it('lists a client whose protection ends within 3 days, and not one with more left or already lapsed', () => {
    expect(protectionEndsWithin(c, when('2026-12-02'), 3, policy(), TZ)).toBe(true);
    expect(protectionEndsWithin(c, when('2026-12-01'), 3, policy(), TZ)).toBe(false);
    expect(protectionEndsWithin(c, when('2026-12-06'), 3, policy(), TZ)).toBe(false);
  });

  it('says when protection ends, in Chinese and English', () => {
    expect(ownershipReasons.protectionEndsIn(3)).toMatchObject({
      zh: '保护期3天后结束',
      en: 'Protection ends in 3 days',
    });
    expect(ownershipReasons.protectionEndsIn(1).zh).toBe('保护期明天结束');
    expect(ownershipReasons.protectionEndsIn(0).zh).toBe('保护期今天结束');
  });
});
