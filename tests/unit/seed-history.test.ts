import { describe, expect, it } from 'vitest';
import { isMainlandMobile } from '../../electron/domain/match/phone';
import type { DayPlan } from '../../electron/seed/day-plan';
import { OfficeHistory, type HistoryOptions } from '../../electron/seed/office-history';

const options: HistoryOptions = {
  years: 0.15,
  visitsPerDay: 20,
  consultants: 6,
  seed: 'unit',
  endDay: '2026-06-30',
  projectName: '滨江壹号',
};

const planAll = (o: HistoryOptions) => {
  const history = new OfficeHistory(o);
  return { history, days: [...history.plan()] };
};

const visits = (days: DayPlan[]) => days.flatMap((d) => d.visits);

// Planning a few months takes seconds: the floor is simulated with the app's rules, visit by visit.
describe('the planned office history', { timeout: 60_000 }, () => {
  const { history, days } = planAll(options);

  it('is the same for the same seed, down to every row', () => {
    expect(JSON.stringify(planAll(options).days)).toBe(JSON.stringify(days));
  });

  it('differs for another seed', () => {
    const other = planAll({ ...options, seed: 'other' }).days;
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(days));
  });

  it('covers every day up to the end, with about the asked number of visits a day', () => {
    expect(days).toHaveLength(history.days);
    expect(days.at(-1)?.day).toBe('2026-06-30');
    const perDay = visits(days).length / days.length;
    expect(perDay).toBeGreaterThan(15);
    expect(perDay).toBeLessThan(25);
  });

  it('brings two to three times the visitors on weekends', () => {
    const mean = (weekend: boolean) => {
      const picked = days.filter((d) => [0, 6].includes(new Date(`${d.day}T12:00:00Z`).getUTCDay()) === weekend);
      return picked.reduce((n, d) => n + d.visits.length, 0) / picked.length;
    };
    expect(mean(true) / mean(false)).toBeGreaterThan(1.8);
    expect(mean(true) / mean(false)).toBeLessThan(3.5);
  });

  it('keeps arrivals within opening hours, office time', () => {
    for (const v of visits(days)) {
      const minute = new Date(v.arrivedAt + 8 * 3_600_000).getUTCHours() * 60;
      expect(minute).toBeGreaterThanOrEqual(9 * 60);
      expect(minute).toBeLessThan(18 * 60);
    }
  });

  it('gives every visit a reception in the day log, by a consultant on the books', () => {
    for (const d of days) {
      const received = new Set(d.events.flatMap((e) => (e.type === 'assigned' ? [e.visitId] : [])));
      for (const v of d.visits) expect(received.has(v.id)).toBe(true);
    }
  });

  it('has returning clients, households sharing a phone under another name, and referrals of earlier clients', () => {
    const clients = days.flatMap((d) => d.clients);
    const returning = visits(days).filter(
      (v) => v.answers !== null && (v.answers as { beenBefore: boolean }).beenBefore,
    );
    expect(returning.length / visits(days).length).toBeGreaterThan(0.1);
    const byPhone = new Map<string, string[]>();
    for (const c of clients) byPhone.set(c.phone, [...(byPhone.get(c.phone) ?? []), c.name]);
    const shared = [...byPhone.values()].filter((names) => names.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.some((names) => new Set(names).size > 1)).toBe(true);
    for (const c of clients) expect(isMainlandMobile(c.phone)).toBe(true);
    const referred = clients.filter((c) => c.referredBy !== null);
    expect(referred.length).toBeGreaterThan(0);
    for (const c of referred) expect(c.referredBy as number).toBeLessThan(c.id);
  });

  it('has follow-ups by the client’s owner, some departures, and sales', () => {
    const followUps = days.flatMap((d) => d.followUps);
    expect(followUps.length).toBeGreaterThan(0);
    expect(followUps.every((f) => ['phone', 'wechat', 'sms'].includes(f.channel))).toBe(true);
    const long = planAll({ ...options, years: 3, visitsPerDay: 3, consultants: 10 });
    expect(long.history.counts.departures).toBeGreaterThan(0);
    expect(long.history.counts.sales).toBeGreaterThan(0);
    expect(long.days.flatMap((d) => d.ownershipChanges).some((c) => c.kind === 'successor')).toBe(true);
  });
});
