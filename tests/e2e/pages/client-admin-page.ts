import { expect, type Page } from '@playwright/test';

/** The supervisor's 待补登记 and 客户归属 tabs. */
export class ClientAdminPage {
  constructor(private readonly page: Page) {}

  /** 补登记: the registration typed again in full (the phone on file is shown masked only). */
  async complete(label: string, r: { phone: string; gender: '先生' | '女士'; unitType: string }): Promise<void> {
    await this.page.getByRole('button', { name: `为 ${label} 补登记` }).click();
    const dialog = this.page.getByRole('dialog', { name: `补登记:${label}` });
    await dialog.getByLabel('电话', { exact: true }).fill(r.phone);
    await dialog.getByRole('radiogroup', { name: '性别' }).getByRole('radio', { name: r.gender }).click();
    await dialog.getByLabel('户型', { exact: true }).fill(r.unitType);
    await dialog.getByRole('button', { name: '保存登记' }).click();
    await expect(dialog).toBeHidden();
  }

  async changeOwner(search: string, client: string, to: string, reason: string): Promise<void> {
    await this.page.getByLabel('客户姓名或电话').fill(search);
    await this.page.getByRole('button', { name: `更改 ${client} 的归属` }).click();
    const dialog = this.page.getByRole('dialog', { name: `更改 ${client} 的归属` });
    await dialog.getByRole('button', { name: to }).click();
    await dialog.getByLabel('原因').fill(reason);
    await dialog.getByRole('button', { name: '更改归属' }).click();
    await expect(dialog).toBeHidden();
  }
}
