import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The administrator's 个人信息 tab: a phone number, what is held, export, erase, the retention period. */
export class PersonDataPage {
  readonly panel: Locator;
  readonly retention: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: '个人信息查询、导出与删除' });
    this.retention = page.getByRole('region', { name: '保存期限' });
  }

  async find(phone: string): Promise<void> {
    await this.panel.getByLabel('电话号码').fill(phone);
    await this.panel.getByRole('button', { name: '查询' }).click();
  }

  /** The count shown under a label (来访登记, 跟进记录 …). */
  count(label: string): Locator {
    return this.panel.locator('.privacy__counts div').filter({ hasText: label }).locator('dd');
  }

  async exportFile(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.panel.getByRole('button', { name: '导出(JSON)' }).click(),
    ]);
    return download;
  }

  /** Opens the erase question; returns the dialog. */
  async askErase(): Promise<Locator> {
    await this.panel.getByRole('button', { name: '删除此人信息' }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async erase(dialog: Locator, phoneAgain: string, grounds: string): Promise<void> {
    await dialog.getByLabel('请再输入一次电话号码').fill(phoneAgain);
    await dialog.getByRole('radio', { name: grounds }).click();
    await dialog.getByRole('button', { name: '确认删除' }).click();
    await expect(dialog).toBeHidden();
  }

  async keepYears(years: number): Promise<void> {
    await this.retention.getByRole('spinbutton', { name: '保存年数' }).fill(String(years));
    await this.retention.getByRole('button', { name: '保存' }).click();
  }
}
