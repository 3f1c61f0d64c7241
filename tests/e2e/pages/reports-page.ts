import { expect, type Locator, type Page } from '@playwright/test';

export type Kpi = 'visits' | 'new' | 'returning' | 'incomplete' | 'followUps';
export type Chart = 'consultants' | 'days' | 'hours' | 'channels';

/** 报表: the period switch, the KPI tiles, the charts and the protections ending this week. */
export class ReportsPage {
  readonly region: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: '报表' });
  }

  async period(kind: '日' | '周' | '月'): Promise<void> {
    const choice = this.region.getByRole('radiogroup', { name: '报表周期' }).getByRole('radio', { name: kind });
    await choice.click();
    await expect(choice).toHaveAttribute('aria-checked', 'true');
  }

  async previous(kind: '日' | '周' | '月'): Promise<void> {
    const name = { 日: '前一天', 周: '上一周', 月: '上个月' }[kind];
    await this.region.getByRole('button', { name }).click();
  }

  get label(): Locator {
    return this.region.getByRole('heading', { level: 2 });
  }

  kpi(name: Kpi): Locator {
    return this.region.getByTestId(`kpi-${name}`);
  }

  async expectKpis(expected: Record<Kpi, number>): Promise<void> {
    for (const [name, value] of Object.entries(expected) as [Kpi, number][]) {
      await expect(this.kpi(name).locator('.kpi__value'), name).toHaveText(String(value));
    }
  }

  chart(name: Chart): Locator {
    return this.region.getByTestId(`chart-${name}`);
  }

  /** The bars recharts drew in a chart (one rectangle per non-zero value). */
  bars(name: Chart): Locator {
    return this.chart(name).locator('svg .recharts-bar-rectangle');
  }

  /** The category names on a chart's horizontal axis. */
  axisLabels(name: Chart): Locator {
    return this.chart(name).locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-label');
  }

  get empty(): Locator {
    return this.region.getByTestId('reports-empty');
  }

  get ending(): Locator {
    return this.region.getByRole('region', { name: /本周保护期到期/ });
  }
}
