import { test, expect } from './fixtures';
import { SeedApi } from './seed';

test('the board switches to English and back', async ({ page, request }) => {
  await new SeedApi(request).setUpOffice('Riverside One', '陈静', '9999');
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Next to receive' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New visitor' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('region', { name: '下一位接待' })).toBeVisible();
});
