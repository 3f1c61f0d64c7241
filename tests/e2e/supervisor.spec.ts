import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { CheckInPage } from './pages/check-in-page';
import { QueuePage } from './pages/queue-page';
import { RosterPage } from './pages/roster-page';
import { StaffPage } from './pages/staff-page';
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
  await roster.dragWithPointer('王芳', '李雷');
  await roster.expectDuty(['李雷', '王芳']);

  // Meanwhile, at the kiosk, 李雷 takes the rest of the day off: the roster the edit rests on changed.
  await seed.setStatus(ids.get('李雷') ?? 0, '2222', 'leave');

  await roster.save();
  await expect(page.getByRole('alert')).toContainText('队列刚刚发生了变化');
  await expect(page.getByText('有人刚刚改动了队列,已载入最新排班')).toBeVisible();
  await roster.expectDuty(['王芳']);
});

/** The office just set up, its admin 陈静 signed in at a screen whose clock the test moves. */
async function signedInWithClock(page: Page, request: APIRequestContext): Promise<BoardPage> {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await page.clock.install();
  const board = new BoardPage(page);
  await page.goto('/');
  await board.supervisor();
  await new SupervisorPage(page).signIn('陈静', '9999');
  return board;
}

test('the supervisor is signed out after two minutes without a touch', async ({ page, request }) => {
  const board = await signedInWithClock(page, request);
  await page.clock.fastForward('01:50');
  await expect(page.getByRole('tab', { name: '今日排班' })).toBeVisible();
  await page.clock.fastForward('00:15');
  await expect(board.next).toBeVisible();
  await expect(page.getByText('2 分钟无操作,已自动退出并返回前台')).toBeVisible();
  await board.supervisor();
  await expect(page.getByRole('group', { name: '请选择主管' })).toBeVisible();
});

test('the office sets how long a signed-in screen waits before returning to the reception view', async ({
  page,
  request,
}) => {
  const board = await signedInWithClock(page, request);
  await page.getByRole('tab', { name: '案场设置' }).click();
  const idle = page.getByRole('group', { name: '无操作自动返回前台(分钟)' });
  for (let i = 0; i < 3; i++) await idle.getByRole('button', { name: /增加/ }).click();
  await expect(idle.locator('output')).toHaveText('5');
  await page.getByRole('button', { name: '保存案场信息' }).click();
  await expect(page.getByText('案场信息已保存')).toBeVisible();
  await page.clock.fastForward('04:30');
  await expect(page.getByRole('tab', { name: '今日排班' })).toBeVisible();
  await page.clock.fastForward('00:45');
  await expect(page.getByText('5 分钟无操作,已自动退出并返回前台')).toBeVisible();
  await expect(board.next).toBeVisible();
});

test('queue acts: skip, make-up, suspend, and a waiting visitor assigned by hand', async ({ page, request }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
  ]);
  const board = new BoardPage(page);
  const supervisor = new SupervisorPage(page);
  const queue = new QueuePage(page);

  await page.goto('/');
  await board.supervisor();
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('队列操作');

  await queue.act('跳过', '王芳', '去样板间拿资料');
  await supervisor.expectToast('已跳过 王芳');
  await queue.expectOrder(['李雷', '王芳']);
  await queue.act('补排', '王芳', '刚才是主管派她去的');
  await supervisor.expectToast('已为 王芳 补排');
  await queue.expectOrder(['王芳', '李雷']);

  await queue.suspend('开盘,访客由主管分配');
  await supervisor.toBoard();
  await expect(page.getByText('轮排已暂停(开盘模式)· 访客由主管分配')).toBeVisible();
  await board.newVisitor();
  const checkIn = new CheckInPage(page);
  await checkIn.walkIn({ name: '钱先生' });
  await checkIn.expectWaits(['轮排已暂停(开盘模式),等候主管分配']);
  await checkIn.done();

  await board.supervisor();
  await supervisor.open('队列操作');
  await queue.assign('1号 钱**', '李雷', '老业主介绍的关系户');
  await supervisor.expectToast('1号 钱** 已指派给 李雷');
  await supervisor.toBoard();
  await board.expectRecent([{ label: '1号 钱\\*\\*', by: '李雷' }]);
  await expect(board.waiting).toContainText('无人等候');
});

test('the rules: a preset chosen and one rule adjusted, saved with a reason', async ({ page, request }) => {
  await new SeedApi(request).setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const supervisor = new SupervisorPage(page);

  await page.goto('/');
  await new BoardPage(page).supervisor();
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('接待规则');
  await page.getByRole('radio', { name: /^严格轮空/ }).click();
  const busy = page.getByRole('radiogroup', { name: '轮到时正在接待或外出办公的顾问:' });
  await expect(busy.getByRole('radio', { name: '排到队尾' })).toHaveAttribute('aria-checked', 'true');
  const standIn = page.getByRole('radiogroup', { name: '指定的顾问不在时,由谁代接?' });
  await standIn.getByRole('radio', { name: '队列中最后一位在岗顾问' }).click();
  await expect(standIn.getByText('已调整')).toBeVisible();
  const departed = page.getByRole('radiogroup', { name: '离职顾问的客户:' });
  await departed.getByRole('radio', { name: '归接替其工作的顾问' }).click();
  await page.getByRole('button', { name: '保存规则' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('原因').fill('本周开盘,从严执行');
  await dialog.getByRole('button', { name: '保存' }).click();
  await supervisor.expectToast('接待规则已保存');
  await page.reload();
  await new BoardPage(page).supervisor();
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('接待规则');
  await expect(
    page.getByRole('radiogroup', { name: '离职顾问的客户:' }).getByRole('radio', { name: '归接替其工作的顾问' }),
  ).toHaveAttribute('aria-checked', 'true');

  await supervisor.toBoard();
  await expect(page.getByRole('banner')).toContainText('规则:严格轮空');
  await new BoardPage(page).supervisor();
  await supervisor.open('今日记录');
  await expect(page.getByRole('table')).toContainText('本周开盘,从严执行');
});

test('staff: a photo is shrunk to an avatar, a departure needs a reason and moves the person to 已离职', async ({
  page,
  request,
}) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([{ name: '王芳', pin: '1111' }]);
  const supervisor = new SupervisorPage(page);

  await page.goto('/');
  await new BoardPage(page).supervisor();
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('顾问管理');
  await page.getByRole('button', { name: '编辑 王芳' }).click();
  const dialog = page.getByRole('dialog', { name: '编辑 王芳' });
  // Any large picture will do as a phone photo: this screen, 1280×800.
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: await page.screenshot(),
  });
  const preview = dialog.locator('img.avatar');
  await expect(preview).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  const longSide = await preview.evaluate((img) => {
    const { naturalWidth, naturalHeight } = img as unknown as { naturalWidth: number; naturalHeight: number };
    return Math.max(naturalWidth, naturalHeight);
  });
  expect(longSide).toBe(256);
  await dialog.getByRole('button', { name: '保存' }).click();
  await supervisor.expectToast('已保存 王芳');

  const staff = new StaffPage(page);
  await staff.depart('王芳', { reason: '个人原因辞职', expectClients: '王芳 名下没有客户' });
  await supervisor.expectToast('王芳 已离职,0 位客户退回案场');
  await expect(await staff.departedRow('王芳')).toContainText('0 位客户退回案场');
});

test('a supervisor who is not the admin sees neither the audit log nor a restore; the admin does', async ({
  page,
  request,
}) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([{ name: '赵主管', pin: '4444', role: 'supervisor' }]);
  await seed.call('backUpNow', { token: seed.sessionToken() });
  const board = new BoardPage(page);
  const supervisor = new SupervisorPage(page);

  await page.goto('/');
  await board.supervisor();
  await supervisor.signIn('赵主管', '4444');
  await expect(page.getByRole('tab', { name: '今日排班' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '主管:赵主管' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '审计日志' })).toHaveCount(0);
  await page.getByRole('tab', { name: '备份' }).click();
  await expect(page.getByText('恢复备份和保留份数由管理员设置')).toBeVisible();
  await expect(page.getByRole('button', { name: '恢复' })).toHaveCount(0);
  await page.getByRole('button', { name: '退出登录' }).click();

  await board.supervisor();
  await supervisor.signIn('陈静', '9999');
  await expect(page.getByRole('heading', { name: '管理员:陈静' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '审计日志' })).toBeVisible();
  await page.getByRole('tab', { name: '备份' }).click();
  await expect(page.getByRole('button', { name: '恢复' }).first()).toBeVisible();
});
