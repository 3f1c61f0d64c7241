import { expect } from './fixtures';
import { DISPUTES_START, DISPUTES_TODAY, disputesHistory } from './disputes-seed';
import { withOfficeClock } from './office-clock';
import { BoardPage } from './pages/board-page';
import { DeskPage } from './pages/desk-page';
import { DisputesPage } from './pages/disputes-page';
import { StatusPage } from './pages/status-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';

const test = withOfficeClock(DISPUTES_TODAY, DISPUTES_START);

test('the supervisor rules on clashes, prints the ruling, records a split sale and hands over a pool client', async ({
  page,
  request,
  clock,
}) => {
  await disputesHistory(new SeedApi(request), clock);
  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  const disputes = new DisputesPage(page);
  await disputes.open();

  // Three clashes: 孙丽 on two books, 赵雪's mother on her phone, 周强 received by a stand-in. 孙丽's husband on
  // her phone waits until her two records are one.
  await expect(disputes.clashes()).toHaveCount(3);
  await expect(disputes.clashes('一家人分别登记')).toContainText('赵雪');
  await expect(disputes.clashes('一家人分别登记')).toContainText('按规则建议归 张伟');
  const twice = disputes.clashes('同一客户重复登记');
  await expect(twice).toContainText('同一电话 138****5678、同一访客');
  await expect(disputes.side(twice, '王芳')).toContainText('发了三房户型图,约周末看样板间');
  await expect(disputes.side(twice, '王芳')).toContainText('保护期内');
  await expect(disputes.side(twice, '李雷')).toContainText('李雷接待');
  await expect(twice).toContainText('按规则建议归 王芳');

  await disputes.decide(twice, '王芳', '王芳先登记且保护期内两次回访,重复档案并入');
  await supervisor.expectToast('已裁定:孙丽 归 王芳');
  // The merge folds 李雷's record into 王芳's: 孙丽's husband, 王芳's too, is no clash at all.
  await expect(disputes.clashes('同一客户重复登记')).toHaveCount(0);
  await expect(disputes.clashes()).toHaveCount(2);
  await expect(disputes.clashes('保护期内他人接待')).toContainText(
    '王芳于 2026-11-24 09:30 接待了李雷保护期内的客户周强',
  );

  // The printed ruling: the clash, the evidence, the decision and three signature lines.
  const { dialog, frame } = await disputes.previewLatestRuling();
  await expect(frame.getByRole('heading', { name: '撞单裁定书' })).toBeVisible();
  await expect(frame.getByText('客户归属:王芳')).toBeVisible();
  await expect(frame.getByText('王芳先登记且保护期内两次回访,重复档案并入').first()).toBeVisible();
  for (const line of ['王芳 签字', '李雷 签字', '主管 陈静 签字']) await expect(frame.getByText(line)).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();

  // 周强 buys from the stand-in 王芳: half each under the default preset.
  await disputes.section('成交分单');
  await disputes.pickSaleClient('13900001111', '周强');
  await disputes.pickCloser('王芳');
  await expect(disputes.splitPreview).toContainText('分单规则:五五分');
  await expect(disputes.splitPreview).toContainText('王芳成交了李雷保护期内的客户:成交者50%,原顾问50%');
  await disputes.recordSale({ unit: '3-1102', amount: '2000000' });
  await supervisor.expectToast('已记录 周强 的成交');
  await expect(page.getByRole('region', { name: '成交记录' })).toContainText('1,000,000.00 元');

  // 公海: the lapsed clients; one handed to 张伟 with the reason on file.
  await disputes.section('公海');
  await expect(page.getByText('C00001 刘建国')).toBeVisible();
  await expect(page.getByText('C00002 吴敏')).toBeVisible();
  await disputes.handOver('刘建国', '张伟', '王芳客户过多,刘建国交张伟回访');
  await supervisor.expectToast('已将 刘建国 分配给 张伟');
  // 张伟's protection counts from the hand-over: 刘建国 leaves the pool, 吴敏 stays.
  await expect(page.getByText('C00001 刘建国')).toBeHidden();
  await expect(page.getByText('C00002 吴敏')).toBeVisible();
});

test('a consultant sees which of their clients lapse this week', async ({ page, request, clock }) => {
  await disputesHistory(new SeedApi(request), clock);
  await page.goto('/');
  await new BoardPage(page).consultantStatus();
  const status = new StatusPage(page);
  await status.pick('王芳');
  await status.tapPin('1111');
  await new DeskPage(page).open('我的客户');
  const lapsing = page.getByRole('region', { name: '本周保护期到期(1)' });
  await expect(lapsing).toContainText('何静');
  await expect(lapsing).toContainText('保护期至 11-28');
  await expect(lapsing).not.toContainText('孙丽');
});

test('a sale for a client not on file is refused with a clear message and nothing is written', async ({
  request,
  clock,
}) => {
  const seed = new SeedApi(request);
  const ids = await disputesHistory(seed, clock);
  const res = await request.post('/api/recordSale', {
    data: { token: await seedToken(seed), clientRef: 'C09999', closerId: ids.get('王芳') },
  });
  expect(await res.json()).toEqual({
    ok: false,
    error: { code: 'not_found', message: '找不到客户档案 C09999,成交未记录' },
  });
  expect(await seed.call('listSales', { token: await seedToken(seed) })).toEqual([]);
});

/** The seed's supervisor session, signed in again after the clock's jumps. */
async function seedToken(seed: SeedApi): Promise<string> {
  return (await seed.call('signIn', { consultantId: 1, pin: '9999' })).token;
}
