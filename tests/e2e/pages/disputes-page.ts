import { expect, type Locator, type Page } from '@playwright/test';

type Section = '待裁定撞单' | '已裁定' | '成交分单' | '公海';

/** The supervisor's 撞单 / 分单 tab: open clashes, rulings and their printed page, sales, the public pool. */
export class DisputesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: '撞单 / 分单' }).click();
    await expect(this.page.getByRole('tab', { name: /待裁定撞单/ })).toBeVisible();
  }

  async section(name: Section): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  /** Clashes by kind: 同一客户重复登记, 一家人分别登记, 保护期内他人接待. */
  clashes(kind?: string): Locator {
    const all = this.page.getByRole('article');
    return kind ? all.filter({ has: this.page.getByRole('heading', { name: kind }) }) : all;
  }

  /** Both sides of a clash, as the supervisor reads them side by side. */
  side(clash: Locator, consultant: string): Locator {
    return clash.getByRole('region', { name: consultant });
  }

  async decide(clash: Locator, owner: string, reason: string): Promise<void> {
    await clash.getByRole('button', { name: /^裁定 / }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog
      .getByRole('radiogroup', { name: '客户归属' })
      .getByRole('radio', { name: new RegExp(`^${owner}`) })
      .click();
    await dialog.getByLabel('原因').fill(reason);
    await dialog.getByRole('button', { name: '裁定', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the printed ruling (裁定书) of the latest ruling; returns its page's frame. */
  async previewLatestRuling() {
    await this.section('已裁定');
    await this.page.getByRole('button', { name: '查看裁定书' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: '撞单裁定书' });
    await expect(dialog).toBeVisible();
    return { dialog, frame: dialog.frameLocator('iframe') };
  }

  async pickSaleClient(search: string, name: string): Promise<void> {
    await this.page.getByLabel('客户(姓名、电话)').fill(search);
    await this.page.getByRole('button', { name: `选此客户 ${name}` }).click();
  }

  async pickCloser(name: string): Promise<void> {
    await this.page.getByRole('group', { name: '成交顾问' }).getByRole('button', { name }).click();
  }

  get splitPreview(): Locator {
    return this.page.locator('.split-preview');
  }

  async recordSale(fields: { unit?: string; amount?: string }): Promise<void> {
    if (fields.unit) await this.page.getByLabel('房号').fill(fields.unit);
    if (fields.amount) await this.page.getByLabel('成交金额(元)').fill(fields.amount);
    await this.page.getByRole('button', { name: '记录成交' }).click();
  }

  async handOver(client: string, to: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `分配 ${client}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('group', { name: '分配给' }).getByRole('button', { name: to }).click();
    await dialog.getByLabel('原因').fill(reason);
    await dialog.getByRole('button', { name: '分配' }).click();
    await expect(dialog).toBeHidden();
  }
}
