import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { DailySheetPage } from './pages/daily-sheet-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';
import { registerDay } from './sheet-day';

test('the supervisor previews the day’s sheet, closes the day and corrects a row', async ({ page, request }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const ids = await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
  ]);
  await registerDay(seed, new Map([...ids].map(([name, id]) => [id, name === '王芳' ? '1111' : '2222'])), 4);

  await DailySheetPage.stubPrintDialog(page);
  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  // Opening the sheet gets the PDF printer ready, so the first 保存 PDF need not wait for a browser to start.
  const prepared = page.waitForResponse((r) => r.url().endsWith('/api/preparePrinter'));
  await supervisor.open('登记表');
  expect(await (await prepared).json()).toEqual({ ok: true, value: null });
  const sheet = new DailySheetPage(page);

  await expect(sheet.preview.locator('h1')).toHaveText('滨江壹号营销中心 来访客户登记表');
  await expect(sheet.preview.locator('tbody tr')).toHaveCount(4);
  await expect(sheet.preview.getByText('张建国')).toBeVisible();
  await expect(sheet.status).toContainText('未日结');
  await sheet.print();
  await sheet.expectPrinted(`来访客户登记表 ${await sheet.day()}`);

  await sheet.closeDay();
  await supervisor.expectToast('已日结');
  const closedCode = await sheet.fingerprint();
  expect(closedCode).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  await expect(sheet.preview.getByText(`校验码 ${closedCode}`)).toBeVisible();

  await sheet.amendPhone(2, '139 0000 1234', '电话登记错了,客户来电更正');
  await expect(sheet.status).toContainText('已更正 1 处');
  await expect(sheet.preview.getByRole('heading', { name: '更正记录(日结后)' })).toBeVisible();
  await expect(sheet.preview.getByText('电话登记错了,客户来电更正')).toBeVisible();
  await expect(sheet.preview.getByText('139****1234').first()).toBeVisible();
  expect(await sheet.fingerprint()).not.toBe(closedCode);
});
