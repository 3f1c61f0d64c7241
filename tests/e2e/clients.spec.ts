import { test as plain, expect } from './fixtures';
import { withOfficeClock } from './office-clock';
import { BoardPage } from './pages/board-page';
import { CheckInPage } from './pages/check-in-page';
import { ClientAdminPage } from './pages/client-admin-page';
import { DeskPage } from './pages/desk-page';
import { StatusPage } from './pages/status-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';

plain(
  'registrations without the basics: completed now at the desk, or later by the supervisor',
  async ({ page, request }) => {
    const seed = new SeedApi(request);
    await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
    await seed.addConsultants([
      { name: '王芳', pin: '1111' },
      { name: '李雷', pin: '2222' },
    ]);
    const board = new BoardPage(page);
    const checkIn = new CheckInPage(page);
    await page.goto('/');

    // Only a name: received all the same, but the registration is no evidence until it is complete.
    await board.newVisitor();
    await checkIn.walkIn({ name: '钱先生' });
    await checkIn.expectReceivedBy('王芳');
    await expect(checkIn.result).toContainText('登记不完整,缺:性别、电话、需求(项目/户型/面积/预算)');
    await checkIn.result.getByRole('button', { name: '现在补全' }).click();
    const dialog = page.getByRole('dialog', { name: '补全登记' });
    await expect(dialog.getByLabel('姓名', { exact: true })).toHaveValue('钱先生');
    await dialog.getByLabel('电话', { exact: true }).fill('139-0000-0008');
    await dialog.getByRole('radiogroup', { name: '性别' }).getByRole('radio', { name: '先生' }).click();
    await dialog.getByRole('button', { name: '保存登记' }).click();
    await expect(dialog.getByRole('alert')).toContainText('已保存,仍缺:需求');
    await dialog.getByLabel('面积', { exact: true }).fill('120平');
    await dialog.getByRole('button', { name: '保存登记' }).click();
    await expect(dialog).toBeHidden();
    await expect(checkIn.result).toContainText('登记已补全');
    await checkIn.done();

    // A visitor registered in a rush: the supervisor completes it from 待补登记.
    await seed.checkIn({ registration: { consent: 'given', name: '孙女士', phone: '13500000002' } });
    await board.supervisor();
    const supervisor = new SupervisorPage(page);
    await supervisor.signIn('陈静', '9999');
    await supervisor.open('待补登记');
    const row = page.getByRole('region', { name: '待补登记' }).getByRole('listitem');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('2号 孙**');
    await expect(row).toContainText('135****0002');
    await expect(row).toContainText('缺:性别、需求(项目/户型/面积/预算)');
    const admin = new ClientAdminPage(page);
    await admin.complete('2号 孙**', { phone: '13500000002', gender: '女士', unitType: '两房' });
    await supervisor.expectToast('2号 孙** 的登记已补全');
    await expect(page.getByText('没有待补的登记')).toBeVisible();

    // 客户归属: the supervisor's final say, with the reason.
    await supervisor.open('客户归属');
    await admin.changeOwner('139-0000-0008', '钱先生', '李雷', '客户投诉服务态度,改由李雷跟进');
    await supervisor.expectToast('钱先生 已改为 李雷 的客户');
    await expect(page.getByRole('article', { name: '钱先生' })).toContainText('归属 李雷');
  },
);

const clocked = withOfficeClock('2026-11-24', { day: '2026-10-27', hhmm: '09:00' });

clocked(
  'a consultant follows up a client about to lapse, and claims a visitor only within the window',
  async ({ page, request, clock }) => {
    const seed = new SeedApi(request);
    await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
    const ids = await seed.addConsultants([
      { name: '王芳', pin: '1111' },
      { name: '李雷', pin: '2222' },
    ]);
    // 28 days ago 王芳 received 周六: his protection ends in two days.
    clock.at('10:00', '2026-10-27');
    expect((await seed.client('周六', '13900000006')).owner?.name).toBe('王芳');
    clock.at('09:00');
    await seed.renewSession();
    await seed.setRoster({ order: [ids.get('李雷') ?? 0, ids.get('王芳') ?? 0] });

    // 10:00 吴七 walks in and the rotation gives him to 李雷; at 10:05 王芳 recognises him as hers.
    clock.at('10:00');
    expect((await seed.client('吴七', '13900000007')).receivedBy?.name).toBe('李雷');
    clock.at('10:05');
    const board = new BoardPage(page);
    const status = new StatusPage(page);
    const desk = new DeskPage(page);
    await page.goto('/');
    await board.consultantStatus();
    await status.pick('王芳');
    await status.tapPin('1111');
    await desk.open('认领访客');
    await desk.claim('1号 吴*');
    await expect(page.getByRole('status').filter({ hasText: '已认领 1号 吴*' })).toBeVisible();

    await desk.open('我的客户');
    await expect(desk.client('周六')).toContainText('保护期3天内结束');
    await expect(desk.client('周六')).toContainText('保护期至 11-26');
    await expect(desk.client('吴七')).toContainText('保护期至 12-24');
    await desk.followUp('周六', { channel: '微信', content: '发了样板间视频', reaction: '周末带家人来' });
    await expect(page.getByRole('status').filter({ hasText: '已记录对 周六 的跟进' })).toBeVisible();
    await expect(desk.client('周六')).toContainText('保护期至 12-24');
    await expect(desk.client('周六')).not.toContainText('保护期3天内结束');
    await expect(desk.client('周六')).toContainText('上次跟进 11-24');

    // 10:10 郑八 goes to 李雷 (王芳 is receiving 吴七); at 10:40 王芳 is too late to claim him.
    clock.at('10:10');
    expect((await seed.client('郑八', '13900000008')).receivedBy?.name).toBe('李雷');
    clock.at('10:40');
    await page.getByRole('button', { name: '← 返回' }).click();
    await board.consultantStatus();
    await status.pick('王芳');
    await status.tapPin('1111');
    await desk.open('认领访客');
    const refused = await desk.claim('2号 郑*');
    await expect(refused.getByRole('alert')).toContainText('不能认领');
    await expect(refused.getByRole('alert')).toContainText('15');
  },
);
