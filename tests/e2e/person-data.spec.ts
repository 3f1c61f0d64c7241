import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { PersonDataPage } from './pages/person-data-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi, registration } from './seed';

test('the administrator finds a visitor by phone, exports a copy, erases them, and sets the retention period', async ({
  page,
  request,
}) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([{ name: '王芳', pin: '1111' }]);
  await seed.checkIn({ registration: { ...registration('欧阳晓明', '139 1234 5678'), notes: '想看江景房' } });
  await seed.client('孙丽', '13800138000', 'female');

  const supervisor = new SupervisorPage(page);
  const person = new PersonDataPage(page);
  await page.goto('/');
  await new BoardPage(page).supervisor();
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('个人信息');

  await person.find('13912345678');
  await expect(person.panel).toContainText('139****5678 的个人信息');
  await expect(person.panel).toContainText('欧阳晓明');
  await expect(person.count('来访登记')).toHaveText('1');
  await expect(person.panel).not.toContainText('13912345678');

  const download = await person.exportFile();
  expect(download.suggestedFilename()).toMatch(/^个人信息导出-\d{12}-[0-9a-f]{4}\.json$/);
  const copy = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    registrations: { name: string; notes: string }[];
  };
  expect(copy.registrations).toEqual([expect.objectContaining({ name: '欧阳晓明', notes: '想看江景房' })]);

  const dialog = await person.askErase();
  await expect(dialog).toContainText('此操作无法撤销');
  await person.erase(dialog, '139-1234-5678', '本人要求删除');
  await supervisor.expectToast('已删除(删除记录 #1):1 条登记');
  await expect(person.panel).toContainText('没有 139****5678 的个人信息。');

  await person.find('13800138000');
  await expect(person.count('来访登记')).toHaveText('1');

  await expect(person.retention).toContainText('2 年后自动删除');
  await person.keepYears(3);
  await supervisor.expectToast('保存期限已设为 3 年');
  await expect(person.retention).toContainText('3 年后自动删除');
});
