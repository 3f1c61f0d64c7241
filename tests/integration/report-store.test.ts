import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../electron/api/contract';
import { createClient } from '../../renderer/api/client';
import { createReportStore } from '../../renderer/stores/report-store';
import { createSessionStore } from '../../renderer/stores/session-store';
import { memoryOffice, SUPERVISOR_PIN, type TestOffice } from '../helpers/office';

/** The renderer's stores on the real backend, in process; `hold` keeps getReport answers until released. */
async function storesOn(office: TestOffice, signedIn = true) {
  const held: (() => void)[] = [];
  let holding = false;
  const api = createClient({
    call: async (method: MethodName, input: unknown) => {
      const answer = await office.backend.dispatch(method, input);
      if (holding && method === 'getReport') await new Promise<void>((release) => held.push(release));
      return answer;
    },
    listen: () => () => undefined,
  });
  const session = createSessionStore(api);
  if (signedIn) await session.getState().signIn(office.supervisorId, SUPERVISOR_PIN);
  const reports = createReportStore(api, session);
  return {
    reports,
    hold: (on: boolean) => (holding = on),
    held: () => held.length,
    release: (i: number) => held[i]?.(),
  };
}

describe('the report store', () => {
  it('opens on today, and switching the period keeps the day shown', async () => {
    const office = memoryOffice('09:00');
    office.walkIn('09:10', { name: '张三', phone: '13900000001' });
    const { reports } = await storesOn(office);
    await reports.getState().load();
    expect(reports.getState().report?.period).toMatchObject({ kind: 'day', from: '2026-11-20', to: '2026-11-20' });
    expect(reports.getState().report?.totals.visits).toBe(1);

    reports.getState().go('2026-11-19');
    await expect.poll(() => reports.getState().report?.period.from).toBe('2026-11-19');
    reports.getState().setKind('month');
    await expect.poll(() => reports.getState().report?.period.kind).toBe('month');
    expect(reports.getState().report?.period).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('shows the period asked last, even when an earlier answer comes back after it', async () => {
    const office = memoryOffice('09:00');
    const { reports, hold, held, release } = await storesOn(office);
    hold(true);
    reports.getState().go('2026-11-01');
    reports.getState().go('2026-11-18');
    await expect.poll(held).toBe(2);
    release(1);
    await expect.poll(() => reports.getState().report?.period.from).toBe('2026-11-18');
    release(0);
    // The held answer settles within the next turn of the event loop; after it, nothing may have changed.
    await new Promise((settled) => setTimeout(settled, 0));
    expect(reports.getState().report?.period.from).toBe('2026-11-18');
  });

  it('says why when nobody is signed in as supervisor', async () => {
    const { reports } = await storesOn(memoryOffice('09:00'), false);
    await reports.getState().load();
    expect(reports.getState()).toMatchObject({ report: null, error: '请先登录主管账号' });
  });
});
