import { expect, type Page } from '@playwright/test';

/** First start: office name and the first supervisor. */
export class SetupPage {
  constructor(private readonly page: Page) {}

  async setUp(officeName: string, supervisor: string, pin: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '欢迎使用案场前台' })).toBeVisible();
    await this.page.getByLabel('案场名称').fill(officeName);
    await this.page.getByLabel('主管姓名').fill(supervisor);
    await this.page.getByLabel('主管密码(4–6位数字)').fill(pin);
    await this.page.getByLabel('再次输入密码').fill(pin);
    await this.page.getByRole('button', { name: '开始使用' }).click();
  }
}
