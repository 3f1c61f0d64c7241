import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { BoardPage } from './pages/board-page';
import { SeedApi } from './seed';

/** Presses Tab until the focused element has this accessible name (role button or radio). */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const label = (await focused.getAttribute('aria-label')) ?? (await focused.textContent()) ?? '';
    if (name.test(label.trim())) return;
  }
  throw new Error(`nothing named ${String(name)} within 40 tabs`);
}

test('a walk-in and a status change, by keyboard alone', async ({ page, request }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
  ]);
  const board = new BoardPage(page);
  await page.goto('/');
  await expect(board.next).toContainText('王芳');

  await tabTo(page, /^新访客到访$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /李雷/);
  await page.keyboard.press('Space');
  await tabTo(page, /^分配接待$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '接待安排' })).toContainText('由 李雷 接待');
  await page.keyboard.press('Enter');

  await tabTo(page, /^顾问状态$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /王芳/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('1111');
  await page.keyboard.press('Enter');
  await tabTo(page, /^私事离开/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '状态已更新' })).toContainText('私事离开');
  await page.keyboard.press('Enter');

  await board.expectQueue([
    { name: '王芳', status: '私事离开' },
    { name: '李雷', status: '接待中' },
  ]);
});
