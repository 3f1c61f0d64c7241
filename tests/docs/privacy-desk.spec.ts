import { expect } from '@playwright/test';
import { join } from 'node:path';
import { withOfficeClock } from '../e2e/office-clock';
import { BoardPage } from '../e2e/pages/board-page';
import { CheckInPage } from '../e2e/pages/check-in-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { SeedApi } from '../e2e/seed';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');

const test = withOfficeClock('2026-11-24', { day: '2026-11-24', hhmm: '10:20' });

test('consent and reveal screenshots for the docs', async ({ page, request }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
  ]);
  await seed.client('张三', '13900000001');

  await page.goto('/');
  const board = new BoardPage(page);
  await board.newVisitor();
  await new CheckInPage(page).answer({ partySize: 2, beenBefore: false, consent: 'declined' });
  const declined = page.getByRole('note').filter({ hasText: '本次只作匿名接待' });
  await expect(declined).toBeVisible();
  await page.screenshot({ path: `${OUT}/consent-declined.png` });
  await page.getByRole('button', { name: '← 返回' }).click();

  await board.supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('客户归属');
  await page.getByLabel('客户姓名或电话').fill('张三');
  const card = page.getByRole('article', { name: '张三' });
  await card.getByRole('button', { name: '显示 张三 的完整号码' }).click();
  await expect(card).toContainText('139 0000 0001');
  await page.screenshot({ path: `${OUT}/phone-reveal.png` });
});
