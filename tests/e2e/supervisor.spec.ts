import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { RosterPage } from './pages/roster-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';

test('a roster saved over a queue that changed meanwhile is reloaded, not forced', async ({ page, request }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const ids = await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
  ]);
  const supervisor = new SupervisorPage(page);
  const roster = new RosterPage(page);

  await page.goto('/');
  await new BoardPage(page).supervisor();
  await supervisor.signIn('陈静', '9999');
  await roster.expectDuty(['王芳', '李雷']);
  await roster.moveDown('王芳');

  // Meanwhile, at the kiosk, 李雷 steps out.
  await seed.setStatus(ids.get('李雷') ?? 0, '2222', 'away_work');

  await roster.save();
  await expect(page.getByRole('alert')).toContainText('队列刚刚发生了变化');
  await expect(page.getByText('有人刚刚改动了队列,已载入最新排班')).toBeVisible();
  await roster.expectDuty(['王芳', '李雷']);
});

test('the supervisor is signed out after two minutes without a touch', async ({ page, request }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await page.clock.install();
  const board = new BoardPage(page);
  const supervisor = new SupervisorPage(page);

  await page.goto('/');
  await board.supervisor();
  await supervisor.signIn('陈静', '9999');
  await page.clock.fastForward('01:50');
  await expect(page.getByRole('tab', { name: '今日排班' })).toBeVisible();
  await page.clock.fastForward('00:15');
  await expect(board.next).toBeVisible();
  await expect(page.getByText('两分钟无操作,主管已自动退出')).toBeVisible();
  await board.supervisor();
  await expect(page.getByRole('group', { name: '请选择主管' })).toBeVisible();
});
