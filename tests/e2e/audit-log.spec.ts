import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';

test('the supervisor reads the audit log: a backup just made is the newest entry and the chain verifies', async ({
  page,
  request,
}) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const supervisor = new SupervisorPage(page);

  await page.goto('/');
  await new BoardPage(page).supervisor();
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('备份');
  await page.getByRole('button', { name: '立即备份' }).click();
  await supervisor.expectToast('已备份:front-desk-');

  await supervisor.open('审计日志');
  await expect(page.getByRole('status').filter({ hasText: '校验通过' })).toContainText('未被改动');
  const newest = page.locator('.daylog__table tbody tr').first();
  await expect(newest).toContainText('手动备份');
  await expect(newest).toContainText('陈静');
});
