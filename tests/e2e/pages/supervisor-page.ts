import { expect, type Page } from '@playwright/test';

export type Tab =
  | '今日排班'
  | '队列操作'
  | '顾问管理'
  | '接待规则'
  | '待补登记'
  | '客户归属'
  | '今日记录'
  | '案场设置'
  | '登记表'
  | '报表'
  | '导入导出'
  | '备份'
  | '审计日志'
  | '个人信息'
  | '局域网设备';

/** The supervisor's screen: sign-in, tabs, the way back. */
export class SupervisorPage {
  constructor(private readonly page: Page) {}

  async signIn(name: string, pin: string): Promise<void> {
    await this.page.getByRole('group', { name: '请选择主管' }).getByRole('button', { name }).click();
    await this.page.keyboard.type(pin);
    await this.page.keyboard.press('Enter');
    // The office's admin signs in to the same screen, titled 管理员.
    await expect(this.page.getByRole('heading', { name: new RegExp(`^(主管|管理员):${name}$`) })).toBeVisible();
  }

  async open(tab: Tab): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  async toBoard(): Promise<void> {
    await this.page.getByRole('button', { name: '← 看板' }).click();
  }

  async expectToast(text: string): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: text })).toBeVisible();
  }
}
