import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../e2e/fixtures';
import { BoardPage } from '../e2e/pages/board-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { registration, SeedApi } from '../e2e/seed';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');

/**
 * 客户归属与接待规则 as it prints: the page the supervisor's 打印 sends to the system dialog, printed here by
 * Chromium on A4 and turned into a PNG by poppler, so the picture is the paper, not the screen.
 */
test('the rules page, printed, and the 案场设置 tab', async ({ page, request }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号案场', '陈静', '9999');
  const [supervisor] = await seed.call('listConsultants', {});
  const token = (await seed.call('signIn', { consultantId: supervisor?.id ?? 0, pin: '9999' })).token;
  await seed.call('setOfficeProfile', {
    token,
    officeName: '滨江壹号案场',
    projectName: '滨江壹号·二期',
    sheetOrientation: 'portrait',
  });
  await seed.call('setPolicy', {
    token,
    preset: 'returnWindow5',
    overrides: { 'ownership.protectionDays': 90, 'ownership.departed': 'successor' },
    note: '保护期三个月',
  });
  const { html } = await seed.call('getRulesPage', { token, lang: 'zh' });

  const paper = await page.context().newPage();
  await paper.setContent(html);
  await paper.evaluate('document.fonts.ready.then(() => true)');
  const pdf = test.info().outputPath('rules-page.pdf');
  await paper.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await paper.close();
  const prefix = test.info().outputPath('rules-page');
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', pdf, prefix]);
  const pages = execFileSync('pdfinfo', [pdf]).toString();
  expect(pages).toMatch(/Pages:\s+1\n/);
  renameSync(`${prefix}-1.png`, join(OUT, 'rules-page.png'));

  await page.goto('/');
  await new BoardPage(page).supervisor();
  const desk = new SupervisorPage(page);
  await desk.signIn('陈静', '9999');
  await desk.open('案场设置');
  await expect(page.frameLocator('iframe[title="规则公示预览"]').locator('body')).toContainText('保护期为 90 天');
  await page.screenshot({ path: join(OUT, 'office-settings.png') });
});

test('the departure dialog: the clients that move and the successor', async ({ page, request }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号案场', '陈静', '9999');
  const ids = await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
    { name: '张伟', pin: '3333' },
  ]);
  const wang = ids.get('王芳') ?? 0;
  await seed.setRoster({ order: [wang, ids.get('李雷') ?? 0, ids.get('张伟') ?? 0] });
  await seed.client('张三', '13900000001');
  for (const [name, phone] of [
    ['李四', '13900000002'],
    ['王五', '13900000003'],
  ] as const) {
    await seed.setStatus(wang, '1111', 'available');
    await seed.checkIn({
      registration: registration(name, phone),
      answers: { namedConsultant: wang, namedEvidence: 'asked' },
    });
  }

  await page.goto('/');
  await new BoardPage(page).supervisor();
  const desk = new SupervisorPage(page);
  await desk.signIn('陈静', '9999');
  await desk.open('顾问管理');
  await page.getByRole('button', { name: '王芳 离职' }).click();
  const dialog = page.getByRole('dialog', { name: '王芳 离职' });
  await expect(dialog).toContainText('王芳 名下有 3 位客户');
  await dialog.getByRole('radio', { name: '接替人' }).click();
  await dialog.getByRole('group', { name: '选择接替人' }).getByRole('button', { name: '李雷' }).click();
  await dialog.getByLabel('原因').fill('个人原因辞职,客户由李雷接手');
  await page.screenshot({ path: join(OUT, 'departure.png') });
});
