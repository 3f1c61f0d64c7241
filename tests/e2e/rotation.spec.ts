import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { CheckInPage } from './pages/check-in-page';
import { RosterPage } from './pages/roster-page';
import { SetupPage } from './pages/setup-page';
import { StaffPage } from './pages/staff-page';
import { StatusPage } from './pages/status-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';

test('the supervisor sets the roster, 王芳 steps away, three walk-ins go by the default rules', async ({ page }) => {
  const board = new BoardPage(page);
  const supervisor = new SupervisorPage(page);
  const staff = new StaffPage(page);
  const roster = new RosterPage(page);
  const status = new StatusPage(page);
  const checkIn = new CheckInPage(page);

  await page.goto('/');
  await new SetupPage(page).setUp('滨江壹号营销中心', '陈静', '9999');
  await board.expectShown('滨江壹号营销中心');

  // Setup leaves the new supervisor signed in: straight to the tabs.
  await board.supervisor();
  await supervisor.open('顾问管理');
  for (const [name, pin] of [
    ['张伟', '3333'],
    ['李雷', '2222'],
    ['王芳', '1111'],
  ] as const) {
    await staff.add({ name, pin });
  }

  // With no standing order the day opens with the consultants in the order they were added.
  await supervisor.open('今日排班');
  await roster.expectDuty(['张伟', '李雷', '王芳']);
  await roster.dragWithKeyboard('王芳', 2);
  await roster.expectDuty(['王芳', '张伟', '李雷']);
  await roster.moveDown('张伟');
  await roster.expectDuty(['王芳', '李雷', '张伟']);
  await roster.save();
  await supervisor.expectToast('今日排班已保存');
  await supervisor.toBoard();

  await board.expectQueue([
    { name: '王芳', status: '在岗' },
    { name: '李雷', status: '在岗' },
    { name: '张伟', status: '在岗' },
  ]);
  await expect(board.next).toContainText('王芳');

  await board.consultantStatus();
  await status.set('王芳', '1111', '私事离开');
  await status.expectResult('私事离开', '当前排第 1 位');
  await status.done();
  await expect(board.next).toContainText('李雷');

  // Walk-in 1: 王芳 is first but away on personal business → forfeits to the back (轮空); 李雷 receives.
  await board.newVisitor();
  await checkIn.walkIn();
  await checkIn.expectReceivedBy('李雷', ['王芳私事离开,本次轮空,排到队尾', '李雷使用一个轮次,排到队尾']);
  await checkIn.done();

  // Walk-in 2: the queue is now 张伟, 王芳, 李雷 → 张伟 receives.
  await board.newVisitor();
  await checkIn.walkIn({ name: '周先生', partySize: 2 });
  await checkIn.expectReceivedBy('张伟', ['轮到张伟接待']);
  await checkIn.done();

  // Walk-in 3: 王芳 still away, 李雷 and 张伟 receiving (busy keeps the place) → nobody: the visitor waits.
  await board.newVisitor();
  await checkIn.walkIn();
  await checkIn.expectWaits(['暂无可接待的顾问,访客等候(第1位)']);
  await checkIn.done();

  await expect(board.next).toContainText('暂无在岗顾问');
  await expect(board.waitingRows).toHaveCount(1);
  await expect(board.waitingRows.first()).toContainText('3号访客');
  await board.expectRecent([
    { label: '2号 周\\*\\*', by: '张伟' },
    { label: '1号访客', by: '李雷' },
  ]);
  await board.expectQueue([
    { name: '王芳', status: '私事离开' },
    { name: '李雷', status: '接待中' },
    { name: '张伟', status: '接待中' },
  ]);

  // 李雷 finishes first: the waiting visitor goes to him at once (rule g), 王芳 forfeits again.
  await board.consultantStatus();
  await status.set('李雷', '2222', '接待完成');
  await status.expectResult('接待中', '当前排第 3 位', ['轮到李雷接待']);
  await status.done();
  await expect(board.waiting).toContainText('无人等候');
  await board.expectRecent([
    { label: '3号访客', by: '李雷' },
    { label: '2号 周\\*\\*', by: '张伟' },
    { label: '1号访客', by: '李雷' },
  ]);
  await board.expectQueue([
    { name: '张伟', status: '接待中' },
    { name: '王芳', status: '私事离开' },
    { name: '李雷', status: '接待中' },
  ]);
});

test('a wrong PIN is refused with the tries left, and five lock the consultant out', async ({ page, request }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([{ name: '王芳', pin: '1111' }]);
  const board = new BoardPage(page);
  const status = new StatusPage(page);

  await page.goto('/');
  await board.consultantStatus();
  await status.pick('王芳');
  await status.tapPin('1234');
  await status.choose('外出办公');
  await expect(status.pinMessage).toHaveText('密码错误,还可再试 4 次');

  // The keypad is back, empty, for another try; the right PIN goes through.
  await status.tapPin('1111');
  await status.choose('外出办公');
  await status.expectResult('外出办公', '当前排第 1 位');
  await status.done();
  await expect(board.queueRows.first()).toContainText('外出办公');

  await board.consultantStatus();
  await status.pick('王芳');
  for (let i = 0; i < 5; i++) {
    await status.tapPin('0000');
    await status.choose('在岗');
  }
  await expect(status.pinMessage).toContainText('王芳已被锁定 5 分钟');
  await status.tapPin('1111');
  await status.choose('在岗');
  await expect(status.pinMessage).toContainText('已被锁定');
});
