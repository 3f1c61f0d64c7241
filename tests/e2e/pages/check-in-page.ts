import { expect, type Locator, type Page } from '@playwright/test';

export interface FirstAnswers {
  partySize?: number;
  beenBefore?: boolean;
  /** 有顾问联系过您吗: the consultant they remember, or whose SMS they show. */
  contact?: { remembered: string } | { sms: string } | 'none' | 'forgot';
  familyVisited?: boolean;
  /** 谁介绍来的: what the desk types to find the referrer, the client picked, and whether they came along. */
  referrer?: { search: string; pick: string; accompanied: boolean };
  appointment?: string;
  askedFor?: string;
  /** The visitor's answer to the notice read before registering them; 已告知并同意 unless said. */
  consent?: 'given' | 'declined';
}

export interface Registration {
  phone?: string;
  name?: string;
  gender?: '先生' | '女士';
  project?: string;
  unitType?: string;
}

export type Visitor = FirstAnswers & Registration;

/** The check-in: first questions, registration with live candidates, the decision, the result. */
export class CheckInPage {
  readonly candidates: Locator;
  readonly decision: Locator;
  readonly result: Locator;

  constructor(private readonly page: Page) {
    this.candidates = page.getByRole('region', { name: '可能是老客户' });
    this.decision = page.getByRole('region', { name: '接待确认' });
    this.result = page.getByRole('region', { name: '接待安排' });
  }

  private question(q: string): Locator {
    return this.page.getByRole('radiogroup', { name: q });
  }

  async answer(v: FirstAnswers): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '新访客登记' })).toBeVisible();
    for (let n = 1; n < (v.partySize ?? 1); n++) {
      await this.page.getByRole('button', { name: '增加来访人数' }).click();
    }
    if (v.beenBefore !== undefined) {
      await this.question('您是第一次来吗?')
        .getByRole('radio', { name: v.beenBefore ? '以前来过' : '第一次来' })
        .click();
    }
    if (v.contact !== undefined) await this.contact(v.contact);
    if (v.familyVisited !== undefined) {
      await this.question('家人或朋友来看过吗?')
        .getByRole('radio', { name: v.familyVisited ? '来过' : '没有', exact: true })
        .click();
    }
    if (v.referrer) await this.referrer(v.referrer);
    if (v.appointment) await this.directed('有预约', v.appointment);
    if (v.askedFor) await this.directed('找顾问', v.askedFor);
    await this.question('访客同意登记姓名和电话吗?')
      .getByRole('radio', { name: v.consent === 'declined' ? '不同意' : '已告知并同意' })
      .click();
  }

  private async contact(c: NonNullable<FirstAnswers['contact']>): Promise<void> {
    const q = this.question('有置业顾问联系过您吗?是哪位?');
    if (c === 'none') return q.getByRole('radio', { name: '没有', exact: true }).click();
    if (c === 'forgot') return q.getByRole('radio', { name: '有,不记得' }).click();
    const [option, who] = 'sms' in c ? ['出示短信', c.sms] : ['有,记得是谁', c.remembered];
    await q.getByRole('radio', { name: option }).click();
    await this.page.getByRole('dialog').getByRole('radio', { name: who }).click();
    await expect(q.getByRole('radio', { checked: true })).toContainText(who);
  }

  private async directed(option: '有预约' | '找顾问', who: string): Promise<void> {
    const q = this.question('有预约,或者找哪位顾问吗?');
    await q.getByRole('radio', { name: option }).click();
    await this.page.getByRole('dialog').getByRole('radio', { name: who }).click();
    await expect(q.getByRole('radio', { checked: true })).toContainText(who);
  }

  async referrer(r: NonNullable<FirstAnswers['referrer']>): Promise<void> {
    await this.question('是谁介绍您来的?').getByRole('radio', { name: '有人介绍' }).click();
    const dialog = this.page.getByRole('dialog', { name: '谁介绍来的?' });
    await dialog.getByLabel('介绍人的姓名或电话').fill(r.search);
    await dialog.getByRole('article', { name: r.pick }).getByRole('button', { name: '是此人', exact: true }).click();
    await expect(dialog).toBeHidden();
    await this.question('介绍人今天同行吗?')
      .getByRole('radio', { name: r.accompanied ? '同行' : '没同行', exact: true })
      .click();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步' }).click();
  }

  async register(r: Registration): Promise<void> {
    if (r.phone !== undefined) await this.page.getByLabel('电话', { exact: true }).fill(r.phone);
    if (r.name !== undefined) await this.page.getByLabel('姓名', { exact: true }).fill(r.name);
    if (r.gender)
      await this.page.getByRole('radiogroup', { name: '性别' }).getByRole('radio', { name: r.gender }).click();
    if (r.project !== undefined) await this.page.getByLabel('项目', { exact: true }).fill(r.project);
    if (r.unitType !== undefined) await this.page.getByLabel('户型', { exact: true }).fill(r.unitType);
  }

  candidate(name: string): Locator {
    return this.candidates.getByRole('article', { name });
  }

  async toDecision(): Promise<void> {
    await this.page.getByRole('button', { name: '查看接待安排' }).click();
    await expect(this.decision).toBeVisible();
  }

  /** The decision screen: who receives, who owns, and the reasons and notes in plain words. */
  async expectDecision(d: { receives: string; owns: string; reasons?: string[]; notes?: string[] }): Promise<void> {
    await expect(this.decision.getByRole('group', { name: '接待' })).toContainText(d.receives);
    await expect(this.decision.getByRole('group', { name: '归属' })).toContainText(d.owns);
    for (const r of d.reasons ?? [])
      await expect(this.decision.getByRole('listitem').filter({ hasText: r })).toBeVisible();
    for (const n of d.notes ?? []) await expect(this.decision.getByRole('note')).toContainText(n);
  }

  async confirm(): Promise<void> {
    await this.decision.getByRole('button', { name: '确认接待' }).click();
    await expect(this.result).toBeVisible();
  }

  /** The whole check-in with the given answers and registration, confirmed as decided. */
  async walkIn(v: Visitor = {}): Promise<void> {
    await this.answer(v);
    await this.next();
    await this.register(v);
    await this.toDecision();
    await this.confirm();
  }

  async expectReceivedBy(name: string, reasons: string[] = []): Promise<void> {
    await expect(this.result).toContainText(`由 ${name} 接待`);
    for (const r of reasons) await expect(this.result.getByRole('listitem').filter({ hasText: r })).toBeVisible();
  }

  async expectWaits(reasons: string[] = []): Promise<void> {
    await expect(this.result).toContainText('暂无顾问可接待,请访客稍候');
    for (const r of reasons) await expect(this.result.getByRole('listitem').filter({ hasText: r })).toBeVisible();
  }

  /** Leaves the result: 完成, or 稍后补登 when the registration is incomplete. */
  async done(): Promise<void> {
    await this.result.getByRole('button', { name: /^(完成|稍后补登)$/ }).click();
    await expect(this.result).toBeHidden();
  }
}
