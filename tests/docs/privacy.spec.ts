import { expect } from '@playwright/test';
import { join } from 'node:path';
import { withOfficeClock } from '../e2e/office-clock';
import { BoardPage } from '../e2e/pages/board-page';
import { PersonDataPage } from '../e2e/pages/person-data-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { SeedApi, registration } from '../e2e/seed';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');

/** Today is 2026-11-24; 欧阳晓明 first came on the 5th and came back today. */
const test = withOfficeClock('2026-11-24', { day: '2026-11-05', hhmm: '10:20' });

test('personal data screenshots for the docs', async ({ page, request, clock }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([{ name: '王芳', pin: '1111' }]);
  const first = await seed.checkIn({
    registration: { ...registration('欧阳晓明', '139 1234 5678'), notes: '想看江景房' },
  });
  clock.at('15:10');
  await seed.renewSession();
  const clientId = (await seed.call('findCandidates', { phone: '13912345678' }))[0]?.clientId ?? null;
  await seed.checkIn({ registration: registration('欧阳晓明', '13912345678'), clientId });
  expect(first.clientRef).not.toBeNull();

  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('个人信息');
  const person = new PersonDataPage(page);
  await person.find('13912345678');
  await expect(person.count('来访登记')).toHaveText('2');
  await page.screenshot({ path: `${OUT}/privacy-found.png`, fullPage: true });

  const dialog = await person.askErase();
  await dialog.getByLabel('请再输入一次电话号码').fill('139 1234 5678');
  await dialog.getByRole('radio', { name: '本人要求删除' }).click();
  await page.screenshot({ path: `${OUT}/privacy-erase.png` });
});
