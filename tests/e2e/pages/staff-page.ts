import { expect, type Page } from '@playwright/test';

export interface NewStaff {
  name: string;
  pin: string;
  phone?: string;
  role?: '置业顾问' | '主管';
}

export interface Departure {
  reason: string;
  /** The successor's name; none sends the clients back to the office pool. */
  successor?: string;
  /** What the dialog says about the clients, e.g. '王芳 名下有 2 位客户'. */
  expectClients?: string;
}

/** 顾问管理: add and edit people, record a departure. */
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

  /** 离职: the dialog shows how many clients move; the successor is picked, or the office pool. */
  async depart(name: string, d: Departure): Promise<void> {
    await this.page.getByRole('button', { name: `${name} 离职` }).click();
    const dialog = this.page.getByRole('dialog', { name: `${name} 离职` });
    const confirm = dialog.getByRole('button', { name: '确认离职' });
    if (d.expectClients) await expect(dialog).toContainText(d.expectClients);
    if (d.successor) {
      await dialog.getByRole('radio', { name: '接替人' }).click();
      await dialog.getByRole('group', { name: '选择接替人' }).getByRole('button', { name: d.successor }).click();
    } else {
      await dialog.getByRole('radio', { name: '退回案场(下次来访按新客户接待)' }).click();
    }
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('原因').fill(d.reason);
    await confirm.click();
    await expect(dialog).toBeHidden();
  }

  /** The 已离职 list: each departed consultant with their departure date and who took the clients. */
  async departedRow(name: string) {
    await this.page.getByRole('radio', { name: '已离职' }).click();
    return this.page.getByRole('list', { name: '顾问管理' }).getByRole('listitem').filter({ hasText: name });
  }
}
