import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { withOfficeClock, type OfficeClock } from '../e2e/office-clock';
import { BoardPage } from '../e2e/pages/board-page';
import { CheckInPage } from '../e2e/pages/check-in-page';
import { RosterPage } from '../e2e/pages/roster-page';
import { StatusPage } from '../e2e/pages/status-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { registration, SeedApi } from '../e2e/seed';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');

/** Today is 2026-11-24; the office opened in October, when the first of its clients came. */
const test = withOfficeClock('2026-11-24', { day: '2026-10-12', hhmm: '08:30' });

/**
 * Clients registered on earlier days, so that today's visitors can be recognised: 吴刚 (10-12, protection
 * long lapsed), 冯晓 (10-27, protection ends in two days), 张三 and 张山 (11-05, protected until 12-05),
 * 钱多多 (11-18). Each day opens with 王芳 at the head of the queue.
 */
async function history(seed: SeedApi, clock: OfficeClock): Promise<Map<string, number>> {
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const ids = await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
    { name: '张伟', pin: '3333' },
    { name: '刘洋', pin: '4444' },
    { name: '赵敏', pin: '5555' },
    { name: '孙丽', pin: '6666' },
  ]);
  clock.at('10:20', '2026-10-12');
  await seed.client('吴刚', '13512345678');
  clock.at('11:40', '2026-10-27');
  await seed.client('冯晓', '13788889999', 'female');
  clock.at('10:20', '2026-11-05');
  await seed.client('张三', '13900000001');
  clock.at('10:45', '2026-11-05');
  await seed.client('张山', '13600001234', 'female');
  clock.at('15:10', '2026-11-18');
  await seed.setStatus(ids.get('王芳') ?? 0, '1111', 'leave');
  await seed.client('钱多多', '13700008888', 'female');
  return ids;
}

/**
 * A morning at the desk, played through the real API: six consultants, 王芳 on leave, one out on
 * work, one stepped away; receptions by rotation and by a stand-in.
 */
async function morning(seed: SeedApi, clock: OfficeClock): Promise<Map<string, number>> {
  const ids = await history(seed, clock);
  const id = (name: string) => ids.get(name) ?? 0;
  clock.at('08:30');
  await seed.renewSession();
  await seed.setRoster({
    order: ['王芳', '李雷', '张伟', '刘洋', '赵敏'].map(id),
    off: [id('孙丽')],
    lunchDuty: [id('张伟')],
  });
  clock.at('09:05');
  await seed.setStatus(id('刘洋'), '4444', 'away_work');
  clock.at('09:12');
  await seed.checkIn({ partySize: 2, registration: registration('周先生', '13811112222') });
  clock.at('09:31');
  await seed.checkIn({ answers: { beenBefore: false } });
  clock.at('09:58');
  await seed.setStatus(id('王芳'), '1111', 'available');
  await seed.setStatus(id('李雷'), '2222', 'available');
  clock.at('10:06');
  await seed.setStatus(id('赵敏'), '5555', 'away_personal');
  clock.at('10:14');
  await seed.checkIn({
    answers: { appointmentWith: id('赵敏') },
    registration: registration('吴女士', '13922223333', 'female'),
  });
  clock.at('10:27');
  await seed.checkIn({ partySize: 3, registration: registration('郑先生', '13633334444') });
  clock.at('10:29');
  await seed.setStatus(id('王芳'), '1111', 'leave');
  await seed.setStatus(id('张伟'), '3333', 'available');
  clock.at('10:33');
  return ids;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

/**
 * 张三 comes back: he says 赵敏 called him, the record says he is 王芳's client (on leave today), so a
 * stand-in receives him and 王芳 is alerted. The desk types the name as heard (章三) and the last four digits.
 */
async function returningClient(page: Page, suffix: string, english: boolean): Promise<void> {
  const zh = !english;
  await page.getByRole('button', { name: zh ? '新访客到访' : 'New visitor' }).click();
  const radio = (group: string, name: string | RegExp) =>
    page.getByRole('radiogroup', { name: group }).getByRole('radio', { name });
  await page.getByRole('button', { name: zh ? '增加来访人数' : 'Increase Party size' }).click();
  await radio(zh ? '您是第一次来吗?' : 'Is this your first visit?', zh ? '以前来过' : 'Been before').click();
  await radio(
    zh ? '有置业顾问联系过您吗?是哪位?' : 'Has a consultant contacted you? Who?',
    zh ? '有,记得是谁' : 'Yes, remembers who',
  ).click();
  const picker = page.getByRole('dialog');
  await expect(picker.getByRole('radio', { name: '赵敏' })).toBeVisible();
  if (zh) await shot(page, 'check-in-picker');
  await picker.getByRole('radio', { name: '赵敏' }).click();
  await radio(zh ? '家人或朋友来看过吗?' : 'Have family or friends visited?', zh ? '没有' : 'No').click();
  await radio(zh ? '是谁介绍您来的?' : 'Who referred you?', zh ? '没人介绍' : 'Nobody').click();
  await radio(
    zh ? '有预约,或者找哪位顾问吗?' : 'An appointment, or asking for a consultant?',
    zh ? '没有' : 'No',
  ).click();
  await radio(
    zh ? '访客同意登记姓名和电话吗?' : 'Does the visitor agree to give their name and phone?',
    zh ? '已告知并同意' : 'Told, and agrees',
  ).click();
  await shot(page, `check-in${suffix}`);

  await page.getByRole('button', { name: zh ? '下一步' : 'Next' }).click();
  await page.getByLabel(zh ? '电话' : 'Phone', { exact: true }).fill('0001');
  await page.getByLabel(zh ? '姓名' : 'Name', { exact: true }).fill('章三');
  await page
    .getByRole('radiogroup', { name: zh ? '性别' : 'Gender' })
    .getByRole('radio', { name: zh ? '先生' : 'Mr' })
    .click();
  await page.getByLabel(zh ? '户型' : 'Unit type', { exact: true }).fill('三房');
  const candidates = page.getByRole('region', { name: zh ? '可能是老客户' : 'Returning client?' });
  await expect(candidates.getByRole('article', { name: '张三' })).toBeVisible();
  await expect(candidates).not.toHaveAttribute('aria-busy', 'true');
  await shot(page, `candidates${suffix}`);
  await candidates.getByRole('button', { name: zh ? '姓名用“张三”' : 'Name: use “张三”' }).click();

  // The desk asks for the whole number now that the client is found.
  await page.getByLabel(zh ? '电话' : 'Phone', { exact: true }).fill('139 0000 0001');
  await expect(candidates).not.toHaveAttribute('aria-busy', 'true');
  await page.getByRole('button', { name: zh ? '查看接待安排' : 'See who receives' }).click();
  const decision = page.getByRole('region', { name: zh ? '接待确认' : 'Confirm the reception' });
  await expect(decision.getByRole('note')).toBeVisible();
  await shot(page, `decision${suffix}`);
  await decision.getByRole('button', { name: zh ? '确认接待' : 'Confirm' }).click();
  const result = page.getByRole('region', { name: zh ? '接待安排' : 'Reception' });
  await expect(result).toBeVisible();
  await shot(page, `check-in-result${suffix}`);
  await result.getByRole('button', { name: zh ? '完成' : 'Done' }).click();
  await expect(page.getByRole('region', { name: zh ? '客户到访提醒' : 'Client alerts' })).toBeVisible();
  await shot(page, `alert${suffix}`);
}

test('the check-in of a returning client, in Chinese, and the board after', async ({ page, request, clock }) => {
  const seed = new SeedApi(request);
  await morning(seed, clock);
  const board = new BoardPage(page);
  await page.goto('/');
  await expect(board.next).toBeVisible();
  await returningClient(page, '', false);

  // 王芳 sees her alert and confirms with her PIN.
  await page.getByRole('button', { name: /^王芳 · 您的客户到访/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '1', exact: true }).click();
  await shot(page, 'alert-pin');
  await page.keyboard.type('111');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('region', { name: '客户到访提醒' })).toBeHidden();

  // Her own corner: her clients (冯晓's protection ends in two days), and the visitors she could claim.
  await board.consultantStatus();
  const status = new StatusPage(page);
  await status.pick('王芳');
  await status.tapPin('1111');
  await page.getByRole('tab', { name: '我的客户' }).click();
  await expect(page.getByRole('list', { name: '我的客户' })).toContainText('冯晓');
  await shot(page, 'my-clients');
  await page.getByRole('tab', { name: '认领访客' }).click();
  await shot(page, 'claim');
  await page.getByRole('button', { name: '← 返回' }).click();

  // 老带新: the referrer is looked up among the clients on file.
  await board.newVisitor();
  await page.getByRole('radiogroup', { name: '是谁介绍您来的?' }).getByRole('radio', { name: '有人介绍' }).click();
  const referrer = page.getByRole('dialog', { name: '谁介绍来的?' });
  await referrer.getByLabel('介绍人的姓名或电话').fill('钱多多');
  await expect(referrer.getByRole('article', { name: '钱多多' })).toBeVisible();
  await shot(page, 'referrer');
});

test('the check-in in English', async ({ page, request, clock }) => {
  await morning(new SeedApi(request), clock);
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await returningClient(page, '-en', true);
});

test('board and roster screenshots for the docs', async ({ page, request, clock }) => {
  const seed = new SeedApi(request);
  const ids = await morning(seed, clock);
  const board = new BoardPage(page);
  const checkIn = new CheckInPage(page);

  // Everyone at the desk is busy: the next visitor waits.
  await seed.checkIn({ registration: registration('冯先生', '13544445555') });
  await seed.checkIn({ registration: registration('何女士', '13655556666', 'female') });
  await page.goto('/');
  await board.newVisitor();
  await checkIn.walkIn({ name: '陈女士', partySize: 2 });
  await checkIn.expectWaits();
  await shot(page, 'arrival-waits');
  await checkIn.done();

  await expect(board.waitingRows).toHaveCount(1);
  clock.at('10:41');
  await page.reload();
  await expect(board.waitingRows).toHaveCount(1);
  await shot(page, 'board');
  clock.at('10:44');

  // 李雷 finishes: the waiting visitor is his at once; then 张伟 is back and next.
  await board.consultantStatus();
  const status = new StatusPage(page);
  await status.set('李雷', '2222', '接待完成');
  await status.done();
  await board.consultantStatus();
  await status.set('张伟', '3333', '接待完成');
  await status.done();
  await expect(board.next).toContainText('张伟');
  await shot(page, 'board-next');

  await board.supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await expect(new RosterPage(page).dutyRows.first()).toBeVisible();
  await shot(page, 'roster');

  for (const [tab, file] of [
    ['队列操作', 'queue-ops'],
    ['顾问管理', 'staff'],
    ['接待规则', 'policy'],
    ['今日记录', 'day-log'],
    ['待补登记', 'registrations'],
  ] as const) {
    await supervisor.open(tab);
    await expect(page.getByRole('tabpanel')).not.toContainText('加载中');
    await shot(page, file);
  }
  await supervisor.open('客户归属');
  await page.getByLabel('客户姓名或电话').fill('张三');
  await expect(page.getByRole('article', { name: '张三' })).toBeVisible();
  await shot(page, 'ownership');
  await supervisor.toBoard();

  await board.consultantStatus();
  await status.pick('赵敏');
  await status.tapPinDigits('55');
  await shot(page, 'status-pin');
  expect(ids.size).toBe(6);
});

test('the board in English', async ({ page, request, clock }) => {
  await morning(new SeedApi(request), clock);
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Next to receive')).toBeVisible();
  await shot(page, 'board-en');
});
