import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisor's 备份 tab: the list of backups, 立即备份, how many are kept, restoring one. */
export class BackupsPage {
  readonly panel: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: '数据库备份' });
  }

  rows(): Locator {
    return this.panel.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  async expectKinds(kinds: string[]): Promise<void> {
    await expect(this.rows().locator('td:nth-child(2)')).toHaveText(kinds);
  }

  async backUpNow(): Promise<void> {
    await this.panel.getByRole('button', { name: '立即备份' }).click();
  }

  async keep(n: number): Promise<void> {
    await this.panel.getByRole('spinbutton', { name: '保留份数' }).fill(String(n));
    await this.panel.getByRole('button', { name: '保存' }).click();
  }

  /** Opens the restore question for the row of this kind; returns the dialog. */
  async askRestore(kind: string): Promise<Locator> {
    await this.rows().filter({ hasText: kind }).getByRole('button', { name: '恢复' }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
