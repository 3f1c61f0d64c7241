import { test, expect } from './fixtures';
import { BackupsPage } from './pages/backups-page';
import { BoardPage } from './pages/board-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';

test('the supervisor sees the backup made at start, backs up now, sets how many are kept, and is asked before a restore', async ({
  page,
  request,
}) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const supervisor = new SupervisorPage(page);
  const backups = new BackupsPage(page);

  await page.goto('/');
  await new BoardPage(page).supervisor();
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('备份');
  await backups.expectKinds(['每日自动']);
  await expect(backups.panel).toContainText('检查:正常');

  await backups.backUpNow();
  await supervisor.expectToast('已备份:front-desk-');
  await backups.expectKinds(['手动', '每日自动']);

  await backups.keep(10);
  await supervisor.expectToast('将保留最近 10 份备份');

  const dialog = await backups.askRestore('每日自动');
  await expect(dialog).toContainText('当前数据库会先另存到备份文件夹');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await backups.expectKinds(['手动', '每日自动']);
});
