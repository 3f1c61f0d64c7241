import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { StaffPage } from './pages/staff-page';
import { SupervisorPage } from './pages/supervisor-page';
import { registration, SeedApi } from './seed';

/** 滨江壹号案场 with 王芳, 李雷, 张伟 on duty in that order; 王芳 received 张三 and 李四, who asked for her. */
async function officeWithBook(seed: SeedApi): Promise<Map<string, number>> {
  await seed.setUpOffice('滨江壹号案场', '陈静', '9999');
  const ids = await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
    { name: '张伟', pin: '3333' },
  ]);
  const wang = ids.get('王芳') ?? 0;
  await seed.setRoster({ order: [wang, ids.get('李雷') ?? 0, ids.get('张伟') ?? 0] });
  await seed.client('张三', '13900000001');
  await seed.setStatus(wang, '1111', 'available');
  await seed.checkIn({
    registration: registration('李四', '13900000002', 'female'),
    answers: { namedConsultant: wang, namedEvidence: 'asked' },
  });
  return ids;
}

test('a consultant leaves: the supervisor names the successor, the clients move, the 已离职 list says to whom', async ({
  page,
  request,
}) => {
  await officeWithBook(new SeedApi(request));
  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('顾问管理');

  const staff = new StaffPage(page);
  await staff.depart('王芳', { reason: '个人原因辞职', successor: '李雷', expectClients: '王芳 名下有 2 位客户' });
  await supervisor.expectToast('王芳 已离职,2 位客户交由 李雷');
  await expect(page.getByRole('button', { name: '王芳 离职' })).toBeHidden();

  const row = await staff.departedRow('王芳');
  await expect(row).toContainText('2 位客户交由 李雷');
  await expect(row).toContainText(/\d\d-\d\d 离职/);
});

test('the rules page shows the protection days the supervisor just set, for the wall and for the desk', async ({
  page,
  request,
}) => {
  await officeWithBook(new SeedApi(request));
  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');

  await supervisor.open('接待规则');
  await page
    .getByRole('group', { name: /常用值:客户保护期/ })
    .getByRole('button', { name: '90 天' })
    .click();
  await expect(page.getByText('保护 90 天')).toBeVisible();
  await page.getByRole('button', { name: '保存规则' }).click();
  const save = page.getByRole('dialog', { name: '保存接待规则(立即对今天生效)' });
  await save.getByLabel('原因').fill('保护期改为三个月');
  await save.getByRole('button', { name: '保存' }).click();
  await supervisor.expectToast('接待规则已保存');

  await supervisor.open('案场设置');
  await page.getByLabel('楼盘 / 项目名称').fill('滨江壹号·二期');
  await page.getByRole('button', { name: '保存案场信息' }).click();
  await supervisor.expectToast('案场信息已保存');
  const preview = page.frameLocator('iframe[title="规则公示预览"]');
  await expect(preview.getByRole('heading', { name: '客户归属与接待规则' })).toBeVisible();
  await expect(preview.locator('body')).toContainText('保护期为 90 天,自最近一次来访或跟进起算');
  await expect(preview.locator('body')).toContainText('滨江壹号案场 · 滨江壹号·二期');
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();

  // Anyone at the desk reads the same rules from the board, without signing in.
  await supervisor.toBoard();
  await page.getByRole('button', { name: '规则:标准轮排' }).click();
  const notice = page.getByRole('dialog', { name: '客户归属与接待规则' });
  await expect(notice).toContainText('保护期为 90 天');
  await expect(notice).toContainText('现行方案:标准轮排;分单:五五分(另有 1 项单独调整)');
});
