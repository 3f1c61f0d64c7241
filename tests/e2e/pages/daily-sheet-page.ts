import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** Browser code (a string: the tests are typed without the DOM): every frame's print() notes its title. */
const STUB_PRINT_DIALOG = `
  const frameWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    get() {
      const win = frameWindow.get.call(this);
      if (win) win.print = () => document.body.setAttribute('data-printed', win.document.title);
      return win;
    },
  });
`;

/** 登记表: the toolbar, the closed/open status line, and the preview's page. */
export class DailySheetPage {
  readonly preview: FrameLocator;
  readonly status: Locator;

  constructor(private readonly page: Page) {
    this.preview = page.frameLocator('iframe.sheet-panel__preview');
    this.status = page.locator('.sheet-status');
  }

  async day(): Promise<string> {
    return this.page.getByLabel('日期').inputValue();
  }

  async showDay(day: string): Promise<void> {
    await this.page.getByLabel('日期').fill(day);
    await expect(this.preview.locator('h1')).toBeVisible();
  }

  /**
   * Replaces the system print dialog (the browser's, which would block the test) by a note on the
   * app's body of the title of the page it was asked to print. Call before the app loads.
   */
  static async stubPrintDialog(page: Page): Promise<void> {
    await page.addInitScript(STUB_PRINT_DIALOG);
  }

  async print(): Promise<void> {
    await this.page.getByRole('button', { name: '打印', exact: true }).click();
  }

  async expectPrinted(title: string): Promise<void> {
    await expect(this.page.locator('body')).toHaveAttribute('data-printed', title);
  }

  async closeDay(): Promise<void> {
    await this.page.getByRole('button', { name: '日结', exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: '确认日结' }).click();
    await expect(this.status).toContainText('已日结');
  }

  async fingerprint(): Promise<string> {
    const text = (await this.status.textContent()) ?? '';
    return /校验码 ([0-9A-F]{4}-[0-9A-F]{4})/.exec(text)?.[1] ?? '';
  }

  /** 更正 row `no` of the sheet: its new phone, and why. */
  async amendPhone(no: number, phone: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: '更正', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('更正哪一行').selectOption({ index: no }); // 0 is "请选择一行"
    await dialog.getByLabel('电话').fill(phone);
    await dialog.getByLabel('原因').fill(reason);
    await dialog.getByRole('button', { name: '记录更正' }).click();
    await expect(dialog).toBeHidden();
  }
}
