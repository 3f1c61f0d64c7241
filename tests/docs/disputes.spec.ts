import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '../e2e/fixtures';
import { DISPUTES_START, DISPUTES_TODAY, disputesHistory } from '../e2e/disputes-seed';
import { withOfficeClock } from '../e2e/office-clock';
import { BoardPage } from '../e2e/pages/board-page';
import { DeskPage } from '../e2e/pages/desk-page';
import { DisputesPage } from '../e2e/pages/disputes-page';
import { StatusPage } from '../e2e/pages/status-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { SeedApi } from '../e2e/seed';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');
const test = withOfficeClock(DISPUTES_TODAY, DISPUTES_START);

/**
 * 撞单 / 分单 with the six weeks of disputes-seed.ts: the open clashes, a sale being split, the public pool, and
 * the ruling (裁定书) as it prints — by Chromium on A4, turned into a PNG by poppler, checked to be one page.
 */
test('the disputes tab and the printed ruling', async ({ page, request, clock }) => {
  const seed = new SeedApi(request);
  await disputesHistory(seed, clock);
  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  const disputes = new DisputesPage(page);
  await disputes.open();
  await expect(disputes.clashes()).toHaveCount(3);
  await page.screenshot({ path: join(OUT, 'disputes.png'), fullPage: true });

  // The ruling on 孙丽, then her sale by 李雷 — the ruling prints with its split.
  await disputes.decide(disputes.clashes('同一客户重复登记'), '王芳', '王芳先登记且保护期内两次回访,重复档案并入');
  await page.getByRole('status').getByRole('button', { name: '关闭' }).click();
  await disputes.section('成交分单');
  await disputes.pickSaleClient('13812345678', '孙丽');
  await disputes.pickCloser('李雷');
  await expect(disputes.splitPreview).toContainText('成交者50%,原顾问50%');
  await page.getByLabel('房号').fill('5-1101');
  await page.getByLabel('成交金额(元)').fill('2360000');
  await page.screenshot({ path: join(OUT, 'disputes-sale.png'), fullPage: true });
  await page.getByRole('button', { name: '记录成交' }).click();
  await supervisor.expectToast('已记录 孙丽 的成交');
  await page.getByRole('status').getByRole('button', { name: '关闭' }).click();

  await disputes.section('公海');
  await expect(page.getByText('C00001 刘建国')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'disputes-pool.png'), fullPage: true });

  // 分单规则 in 接待规则, beside the rotation's and ownership's rules.
  await supervisor.open('接待规则');
  const split = page.getByRole('region', { name: '分单规则(成交业绩分配)' });
  await split.scrollIntoViewIfNeeded();
  await split.screenshot({ path: join(OUT, 'policy-split.png') });

  // 王芳's desk: this week's lapses above her clients.
  await supervisor.toBoard();
  await new BoardPage(page).consultantStatus();
  const status = new StatusPage(page);
  await status.pick('王芳');
  await status.tapPin('1111');
  await new DeskPage(page).open('我的客户');
  await expect(page.getByRole('region', { name: '本周保护期到期(1)' })).toBeVisible();
  await page.screenshot({ path: join(OUT, 'desk-lapsing.png') });

  const token = (await seed.call('signIn', { consultantId: 1, pin: '9999' })).token;
  const [ruling] = await seed.call('listRulings', { token });
  const { html } = await seed.call('getRulingDocument', { token, rulingId: ruling?.id ?? 0, lang: 'zh' });
  const paper = await page.context().newPage();
  await paper.setContent(html);
  await paper.evaluate('document.fonts.ready');
  const pdf = test.info().outputPath('ruling.pdf');
  await paper.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await paper.close();
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\n/);
  const prefix = test.info().outputPath('ruling');
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', pdf, prefix]);
  renameSync(`${prefix}-1.png`, join(OUT, 'ruling.png'));
});

test('the disputes tab in English', async ({ page, request, clock }) => {
  await disputesHistory(new SeedApi(request), clock);
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Supervisor', exact: true }).click();
  await page.getByRole('group', { name: 'Choose the supervisor' }).getByRole('button', { name: '陈静' }).click();
  await page.keyboard.type('9999');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Disputes / splits' }).click();
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page.getByText('The rules suggest 王芳')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'disputes-en.png'), fullPage: true });
});
