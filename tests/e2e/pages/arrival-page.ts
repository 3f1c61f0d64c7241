import { expect, type Locator, type Page } from '@playwright/test';

export interface Visitor {
  name?: string;
  phone?: string;
  partySize?: number;
  askedFor?: string;
  appointment?: boolean;
}

/** The receptionist's registration and the decision it shows. */
export class ArrivalPage {
  readonly decision: Locator;

  constructor(private readonly page: Page) {
    this.decision = page.getByRole('region', { name: '接待安排' });
  }

  async register(visitor: Visitor = {}): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '新访客登记' })).toBeVisible();
    if (visitor.name) await this.page.getByLabel('访客姓名(可选)').fill(visitor.name);
    if (visitor.phone) await this.page.getByLabel('电话(可选)').fill(visitor.phone);
    for (let n = 1; n < (visitor.partySize ?? 1); n++) {
      await this.page.getByRole('button', { name: '增加来访人数' }).click();
    }
    if (visitor.askedFor) {
      await this.page.getByRole('radio', { name: visitor.askedFor }).click();
      if (visitor.appointment) await this.page.getByRole('radio', { name: '预约', exact: true }).click();
    }
    await this.page.getByRole('button', { name: '分配接待' }).click();
  }

  async expectReceivedBy(name: string, reasons: string[] = []): Promise<void> {
    await expect(this.decision).toContainText(`由 ${name} 接待`);
    for (const r of reasons) await expect(this.decision.getByRole('listitem').filter({ hasText: r })).toBeVisible();
  }

  async expectWaits(reasons: string[] = []): Promise<void> {
    await expect(this.decision).toContainText('暂无顾问可接待,请访客稍候');
    for (const r of reasons) await expect(this.decision.getByRole('listitem').filter({ hasText: r })).toBeVisible();
  }

  async done(): Promise<void> {
    await this.decision.getByRole('button', { name: '完成' }).click();
  }
}
