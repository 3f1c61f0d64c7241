import { expect, type Page } from '@playwright/test';

export interface NewStaff {
  name: string;
  pin: string;
  phone?: string;
  role?: '置业顾问' | '主管';
}

/** 顾问管理: add and edit people. */
export class StaffPage {
  constructor(private readonly page: Page) {}

  async add(person: NewStaff): Promise<void> {
    await this.page.getByRole('button', { name: '添加顾问' }).click();
    const dialog = this.page.getByRole('dialog', { name: '添加顾问' });
    await dialog.getByLabel('姓名').fill(person.name);
    if (person.phone) await dialog.getByLabel('手机号').fill(person.phone);
    if (person.role) await dialog.getByRole('radio', { name: person.role }).click();
    await dialog.getByLabel('密码(4–6位数字)').fill(person.pin);
    await dialog.getByLabel('再次输入密码').fill(person.pin);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('button', { name: `编辑 ${person.name}` })).toBeVisible();
  }
}
