import { expect } from '@playwright/test';
import { withOfficeClock } from './office-clock';
import { BoardPage } from './pages/board-page';
import { ReportsPage } from './pages/reports-page';
import { SupervisorPage } from './pages/supervisor-page';
import { registration, SeedApi } from './seed';

// Tuesday 2026-11-24; the office starts on 10-27, when 周六 registers (protection ends 11-26 10:00).
const test = withOfficeClock('2026-11-24', { day: '2026-10-27', hhmm: '09:00' });

test('the supervisor reads today’s figures, sees the charts, and steps back to an empty week', async ({
  page,
  request,
  clock,
}) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const ids = await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
  ]);
  const wang = ids.get('王芳') ?? 0;
  clock.at('10:00', '2026-10-27');
  expect((await seed.client('周六', '13900000006')).receivedBy?.name).toBe('王芳');

  // Today: three first visits (one registered without the basics), 张三 back to 王芳, a follow-up.
  clock.at('09:10');
  await seed.renewSession();
  expect((await seed.client('张三', '13900000001')).receivedBy?.name).toBe('王芳');
  clock.at('09:40');
  expect((await seed.client('李四', '13900000002')).receivedBy?.name).toBe('李雷');
  clock.at('10:20');
  await seed.setStatus(wang, '1111', 'available');
  expect((await seed.checkIn({ registration: { consent: 'given', name: '王五', phone: null } })).complete).toBe(false);
  clock.at('11:05');
  await seed.setStatus(wang, '1111', 'available');
  const [zhang] = await seed.call('findCandidates', { phone: '13900000001' });
  const back = await seed.checkIn({ registration: registration('张三', '13900000001'), clientId: zhang?.clientId });
  expect([back.returning, back.receivedBy?.name]).toEqual([true, '王芳']);
  clock.at('15:00');
  await seed.call('logFollowUp', {
    consultantId: wang,
    pin: '1111',
    clientId: zhang?.clientId ?? 0,
    channel: 'wechat',
    content: '发了样板间视频',
  });

  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('报表');
  const reports = new ReportsPage(page);

  await expect(reports.label).toContainText('2026年11月24日');
  await reports.expectKpis({ visits: 4, new: 3, returning: 1, incomplete: 1, followUps: 1 });
  await expect(reports.axisLabels('consultants')).toHaveText(['王芳', '李雷']);
  // 王芳: received 3, owned 3, brought back 1, follow-ups 1; 李雷: received 1, owned 1 — six bars.
  await expect(reports.bars('consultants')).toHaveCount(6);
  await expect(reports.bars('hours')).toHaveCount(3);
  await expect(reports.chart('channels').locator('svg .recharts-pie-sector')).toHaveCount(1);
  await expect(reports.chart('channels')).toContainText('未填 4');
  await expect(reports.ending.getByRole('row')).toHaveCount(2);
  await expect(reports.ending).toContainText('周*');
  await expect(reports.ending).toContainText('11-26');

  // The week holds today's figures and a bar per day; the week before is empty and says so.
  await reports.period('周');
  await expect(reports.label).toContainText('11月23日');
  await reports.expectKpis({ visits: 4, new: 3, returning: 1, incomplete: 1, followUps: 1 });
  await expect(reports.axisLabels('days')).toHaveCount(7);
  await reports.previous('周');
  await expect(reports.label).toContainText('11月16日');
  await reports.expectKpis({ visits: 0, new: 0, returning: 0, incomplete: 0, followUps: 0 });
  await expect(reports.empty).toBeVisible();
  await expect(reports.region.locator('.recharts-surface')).toHaveCount(0);

  // October's month: 周六's first visit.
  await reports.period('月');
  await expect(reports.label).toHaveText('2026年11月');
  await reports.previous('月');
  await expect(reports.label).toHaveText('2026年10月');
  await reports.expectKpis({ visits: 1, new: 1, returning: 0, incomplete: 0, followUps: 0 });
});
