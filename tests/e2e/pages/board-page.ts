import { expect, type Locator, type Page } from '@playwright/test';

/** The board: who is next, the rotation, waiting visitors, recent receptions, and the three actions. */
export class BoardPage {
  readonly next: Locator;
  readonly queue: Locator;
  readonly queueRows: Locator;
  readonly waiting: Locator;
  readonly waitingRows: Locator;
  readonly recentRows: Locator;

  constructor(private readonly page: Page) {
    this.next = page.getByRole('region', { name: '下一位接待' });
    this.queue = page.getByRole('region', { name: '轮排顺序' });
    this.queueRows = this.queue.getByRole('listitem');
    this.waiting = page.getByRole('region', { name: '等候访客' });
    // Rows are the ordered list's items; each row's reasons are a nested bullet list.
    this.waitingRows = this.waiting.locator('ol > li');
    this.recentRows = page.getByRole('region', { name: '最近接待' }).locator('ol > li');
  }

  async expectShown(officeName: string): Promise<void> {
    await expect(this.page.getByRole('banner').getByText(officeName)).toBeVisible();
    await expect(this.next).toBeVisible();
  }

  /** The rotation, top to bottom, each row checked for name and status words. */
  async expectQueue(rows: { name: string; status: string }[]): Promise<void> {
    await expect(this.queueRows).toHaveCount(rows.length);
    for (const [i, row] of rows.entries()) {
      await expect(this.queueRows.nth(i)).toContainText(row.name);
      await expect(this.queueRows.nth(i)).toContainText(row.status);
    }
  }

  /** Newest first: "label → receiver". */
  async expectRecent(rows: { label: string; by: string }[]): Promise<void> {
    await expect(this.recentRows).toHaveCount(rows.length);
    for (const [i, row] of rows.entries()) {
      await expect(this.recentRows.nth(i)).toContainText(new RegExp(`${row.label}\\s*→\\s*${row.by}`));
    }
  }

  /** 您的客户到访: the alert on an owner's card, until they acknowledge it. */
  alert(owner: string): Locator {
    return this.page
      .getByRole('region', { name: '客户到访提醒' })
      .getByRole('button', { name: new RegExp(`^${owner} · `) });
  }

  /** The owner taps their alert and types their PIN on the keypad; reopen: false when the keypad is already up. */
  async acknowledge(owner: string, pin: string, { reopen = true } = {}): Promise<void> {
    if (reopen) await this.alert(owner).click();
    const dialog = this.page.getByRole('dialog', { name: new RegExp(`^${owner} 确认提醒`) });
    await expect(dialog.getByRole('heading', { name: `${owner},请输入密码确认提醒` })).toBeVisible();
    for (const digit of pin) await dialog.getByRole('button', { name: digit, exact: true }).click();
    await dialog.getByRole('button', { name: '确定' }).click();
  }

  async newVisitor(): Promise<void> {
    await this.page.getByRole('button', { name: '新访客到访' }).click();
  }

  async consultantStatus(): Promise<void> {
    await this.page.getByRole('button', { name: '顾问状态' }).click();
  }

  async supervisor(): Promise<void> {
    await this.page.getByRole('button', { name: '主管', exact: true }).click();
  }
}
