import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { CheckInPage } from './pages/check-in-page';
import { SeedApi } from './seed';

/**
 * Listens to what the page does with sound and notifications, as a person at the desk would hear and
 * see them: every oscillator started, every notification shown (title | body).
 */
const LISTEN = `
  window.__sounds = 0;
  window.__notifications = [];
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args) { window.__sounds++; return start.apply(this, args); };
  const Real = window.Notification;
  const Shown = function (title, options) {
    window.__notifications.push(title + ' | ' + ((options && options.body) || ''));
    return new Real(title, options);
  };
  Object.defineProperty(Shown, 'permission', { get: () => Real.permission });
  window.Notification = Shown;
`;

/**
 * Three clients on file, each received by the rotation in turn (so each has an owner), everyone back at
 * the desk, then 王芳 goes on leave: 刘强 is 王芳's, 张三 李雷's, 赵六 张伟's.
 */
async function officeWithClients(seed: SeedApi): Promise<(name: string) => number> {
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const ids = await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
    { name: '张伟', pin: '3333' },
  ]);
  const id = (name: string) => ids.get(name) ?? 0;
  expect((await seed.client('刘强', '13800000003')).owner?.name).toBe('王芳');
  expect((await seed.client('张三', '13900000001')).owner?.name).toBe('李雷');
  expect((await seed.client('赵六', '13700000006')).owner?.name).toBe('张伟');
  await seed.setStatus(id('王芳'), '1111', 'leave');
  await seed.setStatus(id('李雷'), '2222', 'available');
  await seed.setStatus(id('张伟'), '3333', 'available');
  return id;
}

test('four visits: a new visitor, a returning client for an owner on leave, a homophone, a referral', async ({
  page,
  request,
}) => {
  const seed = new SeedApi(request);
  const id = await officeWithClients(seed);
  const board = new BoardPage(page);
  const checkIn = new CheckInPage(page);
  // This browser was allowed to show notifications earlier; the kiosk never asks.
  await page.context().grantPermissions(['notifications']);
  await page.addInitScript(LISTEN);
  await page.goto('/');
  await expect(board.next).toContainText('李雷');

  // (a) A new visitor: nobody on file matches; the rotation's head receives and owns.
  await board.newVisitor();
  await checkIn.answer({
    partySize: 2,
    beenBefore: false,
    contact: 'none',
    familyVisited: false,
    referrer: undefined,
  });
  await checkIn.next();
  await checkIn.register({ phone: '136 0000 0010', name: '陈女士', gender: '女士', unitType: '两房' });
  await expect(checkIn.candidates).toContainText('没有找到匹配的客户');
  await checkIn.toDecision();
  await checkIn.expectDecision({ receives: '李雷', owns: '李雷', reasons: ['轮到李雷接待'] });
  await expect(checkIn.decision.getByRole('group', { name: '归属' })).toContainText('新客户');
  await checkIn.confirm();
  await checkIn.expectReceivedBy('李雷');
  await expect(checkIn.result).toContainText('客户编号 C00004');
  await expect(checkIn.result).toContainText('登记完整');
  await checkIn.done();
  await board.expectRecent([
    { label: '4号 陈\\*\\*', by: '李雷' },
    { label: '3号 赵\\*', by: '张伟' },
    { label: '2号 张\\*', by: '李雷' },
    { label: '1号 刘\\*', by: '王芳' },
  ]);

  // (b) A returning client found by a formatted phone; the owner, 王芳, is on leave: 张伟 stands in,
  // 王芳's card on the board says her client is here until she acknowledges it with her PIN.
  await board.newVisitor();
  await checkIn.answer({ beenBefore: true });
  await checkIn.next();
  await checkIn.register({ phone: '+86 138-0000-0003' });
  const liu = checkIn.candidate('刘强');
  await expect(liu).toContainText('很可能是');
  await expect(liu).toContainText('138****0003');
  await expect(liu).toContainText('归属 王芳');
  await expect(liu).toContainText(/保护期至 \d\d-\d\d/);
  await expect(liu.getByRole('button', { name: '是此人', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await liu.getByRole('button', { name: '姓名用“刘强”' }).click();
  await checkIn.register({ gender: '先生', unitType: '三房' });
  await checkIn.toDecision();
  await checkIn.expectDecision({
    receives: '张伟',
    owns: '王芳',
    reasons: ['王芳的客户,保护期至', '王芳休假', '由张伟代接,张伟保留轮次', '已通知王芳'],
  });
  await expect(checkIn.decision.getByRole('group', { name: '接待' })).toContainText('代接');
  await expect(checkIn.decision.getByRole('group', { name: '归属' })).toContainText('老客户');
  await checkIn.confirm();
  await checkIn.expectReceivedBy('张伟');
  await checkIn.done();

  const alert = board.alert('王芳');
  await expect(alert).toContainText('您的客户到访');
  // The moment it was raised: a chime, and (in a browser allowed to) a system notification.
  await expect.poll(() => page.evaluate('window.__sounds')).toBeGreaterThan(0);
  await expect
    .poll(() => page.evaluate('window.__notifications'))
    .toEqual(['王芳:您的客户到访 | 5号 刘* · 138****0003 · 1人 · 张伟 接待']);
  await expect(alert).toContainText('5号 刘*');
  await expect(alert).toContainText('138****0003');
  await expect(alert).toContainText('1人');
  await expect(alert).toContainText('张伟 接待');
  await board.acknowledge('王芳', '1234');
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('密码错误');
  await board.acknowledge('王芳', '1111', { reopen: false });
  await expect(page.getByRole('status').filter({ hasText: '王芳 已确认:5号 刘*' })).toBeVisible();
  await expect(alert).toBeHidden();

  // (c) A name typed as heard (章三) and the last four digits find 张三, 李雷's client: 李雷 receives him.
  await seed.setStatus(id('李雷'), '2222', 'available');
  await board.newVisitor();
  await checkIn.answer({ beenBefore: true });
  await checkIn.next();
  await checkIn.register({ name: '章三', phone: '0001' });
  const zhang = checkIn.candidate('张三');
  await expect(zhang).toContainText('很可能是');
  await expect(zhang).toContainText('139****0001');
  await expect(zhang).toContainText('归属 李雷');
  await expect(zhang).toContainText('姓名读音相同');
  await zhang.getByRole('button', { name: '姓名用“张三”' }).click();
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('张三');
  await checkIn.register({ phone: '13900000001', gender: '先生', unitType: '三房' });
  await checkIn.toDecision();
  await checkIn.expectDecision({ receives: '李雷', owns: '李雷', reasons: ['李雷的客户,保护期至'] });
  await checkIn.confirm();
  await checkIn.expectReceivedBy('李雷');
  await checkIn.done();
  await expect(board.alert('李雷')).toContainText('您的客户到访');

  // (d) A referral: 赵六 (张伟's client) came along with 孙七, so 孙七 is 张伟's client.
  await seed.setStatus(id('张伟'), '3333', 'available');
  await board.newVisitor();
  await checkIn.answer({
    beenBefore: false,
    contact: 'none',
    referrer: { search: '赵六', pick: '赵六', accompanied: true },
  });
  await checkIn.next();
  await expect(page.getByRole('radiogroup', { name: '来访渠道' }).getByRole('radio', { checked: true })).toHaveText(
    /老带新/,
  );
  await checkIn.register({ phone: '13500000007', name: '孙七', gender: '女士', unitType: '三房' });
  await expect(checkIn.candidates).toContainText('没有找到匹配的客户');
  await checkIn.toDecision();
  await checkIn.expectDecision({
    receives: '张伟',
    owns: '张伟',
    reasons: ['赵六介绍并陪同前来的新客户,归赵六的顾问张伟(老带新)', '计入赵六的老带新'],
  });
  await checkIn.confirm();
  await checkIn.expectReceivedBy('张伟');
  await expect(checkIn.result).toContainText('归属');
  await checkIn.done();

  await board.expectRecent([
    { label: '7号 孙\\*', by: '张伟' },
    { label: '6号 张\\*', by: '李雷' },
    { label: '5号 刘\\*', by: '张伟' },
    { label: '4号 陈\\*\\*', by: '李雷' },
    { label: '3号 赵\\*', by: '张伟' },
    { label: '2号 张\\*', by: '李雷' },
    { label: '1号 刘\\*', by: '王芳' },
  ]);
});
