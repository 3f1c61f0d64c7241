import { expect, type Locator, type Page } from '@playwright/test';

/** 队列操作: skip, make-up, suspend, and waiting visitors. */
export class QueuePage {
  private readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByRole('region', { name: '轮排顺序' }).getByRole('listitem');
  }

  async expectOrder(names: string[]): Promise<void> {
    await expect(this.rows).toHaveCount(names.length);
    for (const [i, name] of names.entries()) await expect(this.rows.nth(i)).toContainText(name);
  }

  async act(action: '跳过' | '补排', name: string, reason: string): Promise<void> {
    await this.rows.filter({ hasText: name }).getByRole('button', { name: action }).click();
    await this.confirm(reason);
  }

  async suspend(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: '暂停轮排(开盘模式)' }).click();
    await this.confirm(reason);
  }

  async assign(visitor: string, to: string, reason: string): Promise<void> {
    const row = this.page.getByRole('region', { name: '等候访客' }).getByRole('listitem').filter({ hasText: visitor });
    await row.getByRole('button', { name: '指派' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: to }).click();
    await this.confirm(reason, '指派');
  }

  private async confirm(reason: string, button = '确定'): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('原因').fill(reason);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
