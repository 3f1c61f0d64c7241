import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { BoardPage } from './pages/board-page';
import { SeedApi } from './seed';

/** Presses Tab until the focused element has this accessible name (role button or radio). */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    // Read without waiting: after the last control the focus leaves the page, and nothing is focused.
    const label = await page.evaluate<string>(
      "(() => { const el = document.activeElement; return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '') : ''; })()",
    );
    if (name.test(label.trim())) return;
  }
  throw new Error(`nothing named ${String(name)} within 40 tabs`);
}

/** Presses Tab until the focus is on an answer of this question (a radio group is one Tab stop). */
async function tabToGroup(page: Page, question: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const radiogroup = page.locator(':focus').locator('xpath=ancestor::*[@role="radiogroup"][1]');
    if ((await radiogroup.count()) === 0) continue;
    const labelledBy = await radiogroup.getAttribute('aria-labelledby');
    const group = labelledBy ? await page.locator(`[id="${labelledBy}"]`).textContent() : null;
    if (group === question) return;
  }
  throw new Error(`no question ${question} within 40 tabs`);
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
  // 首问: Tab reaches each question, the arrow keys its answers, Space chooses; the faces open to pick from.
  await tabToGroup(page, '有预约,或者找哪位顾问吗?');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog', { name: '找哪位顾问?' }).getByRole('radio', { name: /李雷/ })).toBeVisible();
  await tabTo(page, /李雷/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: '找:李雷' })).toBeFocused();
  // The notice is read out and the visitor agrees: the answer is one Tab stop away, Space chooses it.
  await tabToGroup(page, '访客同意登记姓名和电话吗?');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: '已告知并同意' })).toBeChecked();
  // Enter moves on: to the registration (the phone field first), to the decision, to the result, home.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('电话', { exact: true })).toBeFocused();
  await page.keyboard.type('139 0000 0009');
  await page.keyboard.press('Tab');
  await page.keyboard.type('钱七');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '接待确认' }).getByRole('group', { name: '接待' })).toContainText(
    '李雷',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '接待安排' })).toContainText('由 李雷 接待');
  await page.keyboard.press('Enter');

  await tabTo(page, /^顾问状态$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: '请点选您自己' })).toBeVisible();
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
