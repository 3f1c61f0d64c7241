import { expect, type Locator, type Page } from '@playwright/test';

/** A consultant sets their own status: name card, PIN, status, result. */
export class StatusPage {
  readonly pinMessage: Locator;
  readonly result: Locator;

  constructor(private readonly page: Page) {
    this.pinMessage = page.locator('.pinpad').getByRole('alert');
    this.result = page.getByRole('region', { name: '状态已更新' });
  }

  async pick(name: string): Promise<void> {
    await this.page.getByRole('group', { name: '请点选您自己' }).getByRole('button', { name }).click();
  }

  /** Types on the keypad's buttons, as a finger would. */
  async tapPin(pin: string): Promise<void> {
    await this.tapPinDigits(pin);
    await this.page.getByRole('button', { name: '确定' }).click();
  }

  async tapPinDigits(digits: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: /请输入密码/ })).toBeVisible();
    for (const digit of digits) await this.page.getByRole('button', { name: digit, exact: true }).click();
  }

  async choose(status: '在岗' | '外出办公' | '私事离开' | '休假' | '接待完成'): Promise<void> {
    const name = status === '接待完成' ? /^接待完成/ : new RegExp(`^${status}`);
    await this.page.getByRole('button', { name }).click();
  }

  /** The whole act: pick, PIN, status. */
  async set(name: string, pin: string, status: Parameters<StatusPage['choose']>[0]): Promise<void> {
    await this.pick(name);
    await this.tapPin(pin);
    await this.choose(status);
  }

  async expectResult(status: string, position: string | null, reasons: string[] = []): Promise<void> {
    await expect(this.result).toContainText(status);
    if (position) await expect(this.result).toContainText(position);
    for (const r of reasons) await expect(this.result.getByRole('listitem').filter({ hasText: r })).toBeVisible();
  }

  async done(): Promise<void> {
    await this.result.getByRole('button', { name: '完成' }).click();
  }
}
