import { expect, type Locator, type Page } from '@playwright/test';

/** A consultant's own screen after their PIN: status, 我的客户, 认领访客. */
export class DeskPage {
  readonly clients: Locator;

  constructor(private readonly page: Page) {
    this.clients = page.getByRole('list', { name: '我的客户' });
  }

  async open(tab: '我的状态' | '我的客户' | '认领访客'): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  client(name: string): Locator {
    return this.clients.getByRole('listitem').filter({ hasText: name });
  }

  async followUp(name: string, f: { channel: '电话' | '微信' | '短信' | '到访'; content: string; reaction?: string }) {
    await this.page.getByRole('button', { name: `为 ${name} 记跟进` }).click();
    const dialog = this.page.getByRole('dialog', { name: `跟进 ${name}` });
    await dialog.getByRole('radio', { name: f.channel }).click();
    await dialog.getByLabel('跟进内容').fill(f.content);
    if (f.reaction) await dialog.getByLabel('客户反应').fill(f.reaction);
    await dialog.getByRole('button', { name: '保存跟进' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Taps 认领 on a reception and confirms; the dialog stays open with the reason when refused. */
  async claim(label: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `认领 ${label}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `认领 ${label}?` });
    await dialog.getByRole('button', { name: '认领', exact: true }).click();
    return dialog;
  }
}
