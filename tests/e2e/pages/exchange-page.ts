import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** 导入导出: the export form and the import wizard. */
export class ExchangePage {
  constructor(private readonly page: Page) {}

  async mode(which: '导出' | '导入'): Promise<void> {
    await this.page.getByRole('radio', { name: which, exact: true }).click();
  }

  /** Makes the file and takes it away: the browser's download, as the kiosk's save dialog gets it. */
  async exportFile(choice: {
    what: '来访登记' | '客户档案';
    from: string;
    to: string;
    format: 'Excel(XLSX)' | 'CSV';
  }): Promise<{
    rows: string;
    download: Download;
  }> {
    await this.page.getByRole('radio', { name: new RegExp(`^${choice.what}`) }).click();
    await this.page.getByLabel('开始日期').fill(choice.from);
    await this.page.getByLabel('结束日期').fill(choice.to);
    await this.page.getByRole('radio', { name: choice.format }).click();
    await this.page.getByRole('button', { name: '生成文件' }).click();
    const made = this.page.locator('.exchange__made');
    await expect(made).toContainText('已生成');
    const rows = (await made.locator('strong').textContent()) ?? '';
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      made.getByRole('button', { name: /^下载 / }).click(),
    ]);
    return { rows, download };
  }

  async chooseFile(name: string, content: string): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    });
    await expect(this.page.getByRole('listitem').filter({ hasText: '对应列' })).toHaveAttribute('aria-current', 'step');
  }

  column(field: string): Locator {
    return this.page.getByRole('combobox', { name: field, exact: true });
  }

  async preview(): Promise<void> {
    await this.page.getByRole('button', { name: '预览导入结果' }).click();
    await expect(this.page.getByText('以下为试导入的结果,尚未写入任何数据。')).toBeVisible();
  }

  count(label: '数据行' | '新建客户' | '归入已有客户' | '有误,不导入'): Locator {
    return this.page.locator('.exchange__count').filter({ hasText: label }).locator('dd');
  }

  get rejected(): Locator {
    return this.page.getByRole('region', { name: '有误的行' }).locator('tbody tr');
  }

  get lines(): Locator {
    return this.page.getByRole('region', { name: '将导入的行' }).locator('tbody tr');
  }

  async runImport(label: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }
}
