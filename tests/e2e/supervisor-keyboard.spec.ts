import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';

test('a rule’s answers are one Tab stop: the arrow keys move between them, Space chooses', async ({
  page,
  request,
}) => {
  await new SeedApi(request).setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const supervisor = new SupervisorPage(page);
  await page.goto('/');
  await new BoardPage(page).supervisor();
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('接待规则');

  const standIn = page.getByRole('radiogroup', { name: '指定的顾问不在时,由谁代接?' });
  const first = standIn.getByRole('radio', { name: '队列中第一位在岗顾问' });
  const last = standIn.getByRole('radio', { name: '队列中最后一位在岗顾问' });
  await expect(first).toHaveAttribute('aria-checked', 'true');
  await expect(last).toHaveAttribute('tabindex', '-1');

  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(last).toBeFocused();
  await expect(first).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Space');
  await expect(last).toHaveAttribute('aria-checked', 'true');
  await expect(standIn.getByText('已调整')).toBeVisible();

  // Tab leaves the group from the chosen answer: the next rule's answer, not the other one here.
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('radiogroup', { name: '主管指派接待:' }).getByRole('radio', { checked: true }),
  ).toBeFocused();
});
