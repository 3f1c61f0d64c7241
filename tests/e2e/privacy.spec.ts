import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { BoardPage } from './pages/board-page';
import { CheckInPage } from './pages/check-in-page';
import { DeskPage } from './pages/desk-page';
import { StatusPage } from './pages/status-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

async function office(seed: SeedApi): Promise<void> {
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
  ]);
}

test('the desk reads the notice; a visitor who does not agree is received anonymously, for good', async ({
  page,
  request,
}) => {
  await office(new SeedApi(request));
  const board = new BoardPage(page);
  const checkIn = new CheckInPage(page);
  await page.goto('/');
  await board.newVisitor();

  // The step does not move on until the visitor has answered.
  const notice = page.getByRole('region', { name: '个人信息告知(请向访客读出)' });
  await expect(notice).toContainText(
    '您的姓名和电话仅用于滨江壹号营销中心的接待与回访,保存不超过 2 年(依《个人信息保护法》)',
  );
  await checkIn.next();
  await expect(notice.getByRole('alert')).toContainText('请先向访客读出告知内容');
  await expect(page.getByRole('radio', { name: '已告知并同意' })).toBeFocused();

  await checkIn.answer({ partySize: 2, beenBefore: false, consent: 'declined' });
  await expect(notice.getByRole('note')).toContainText('本次只作匿名接待');
  await shot(page, 'consent-declined');
  await checkIn.next();

  // Needs only: no phone, name or companions to type, no client to look up.
  await expect(page.getByLabel('电话', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('姓名', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '添加同行人' })).toHaveCount(0);
  await checkIn.register({ unitType: '三房' });
  await shot(page, 'consent-anonymous-form');
  await checkIn.toDecision();
  await checkIn.confirm();
  await checkIn.expectReceivedBy('王芳');
  await expect(checkIn.result.getByRole('note')).toContainText('匿名接待:访客不同意登记个人信息');
  await expect(checkIn.result.getByRole('button', { name: '现在补全' })).toHaveCount(0);
  await shot(page, 'consent-anonymous-result');
  await checkIn.done();

  // Nothing for the supervisor to complete.
  await board.supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('待补登记');
  await expect(page.getByText('没有待补的登记')).toBeVisible();
});

test('a whole phone number: the supervisor and the owner see it for 30 seconds, and each look is logged', async ({
  page,
  request,
}) => {
  const seed = new SeedApi(request);
  await office(seed);
  await seed.client('张三', '13900000001');
  await page.clock.install();
  await page.goto('/');
  const board = new BoardPage(page);

  await board.supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('客户归属');
  await page.getByLabel('客户姓名或电话').fill('张三');
  const card = page.getByRole('article', { name: '张三' });
  await expect(card).toContainText('139****0001');
  await card.getByRole('button', { name: '显示 张三 的完整号码' }).click();
  await expect(card).toContainText('139 0000 0001');
  await expect(card).toContainText('30 秒后自动隐藏');
  await shot(page, 'reveal-supervisor');
  await page.clock.fastForward(30_000);
  await expect(card).toContainText('139****0001');
  await expect(card).not.toContainText('139 0000 0001');

  await supervisor.toBoard();

  // The owner, with the PIN the desk already holds.
  await board.consultantStatus();
  const status = new StatusPage(page);
  await status.pick('王芳');
  await status.tapPin('1111');
  const desk = new DeskPage(page);
  await desk.open('我的客户');
  const mine = desk.client('张三');
  await expect(mine).toContainText('139****0001');
  await mine.getByRole('button', { name: '显示 张三 的完整号码' }).click();
  await expect(mine).toContainText('139 0000 0001');
  await shot(page, 'reveal-consultant');
  await mine.getByRole('button', { name: '隐藏' }).click();
  await expect(mine).toContainText('139****0001');

  // Two looks, two entries: who (by role) and which client, never the number.
  const { entries } = await seed.call('listAuditLog', { token: seed.sessionToken() });
  const reveals = entries.filter((e) => e.action === 'phone.reveal');
  expect(reveals.map((e) => [e.actorName, e.details])).toEqual([
    ['王芳', { by: 'consultant' }],
    ['陈静', { by: 'admin' }],
  ]);
  expect(JSON.stringify(reveals)).not.toContain('0001');
});
