import { expect, type Locator, type Page } from '@playwright/test';

/** 今日排班: the on-duty order, the other groups, lunch, save. */
export class RosterPage {
  readonly dutyRows: Locator;

  constructor(private readonly page: Page) {
    this.dutyRows = page.getByRole('list', { name: '在班(按轮排顺序)' }).getByRole('listitem');
  }

  async expectDuty(names: string[]): Promise<void> {
    await expect(this.dutyRows).toHaveCount(names.length);
    for (const [i, name] of names.entries()) await expect(this.dutyRows.nth(i)).toContainText(name);
  }

  /**
   * Keyboard drag (dnd-kit): Space picks up, each arrow moves one place, Space drops. dnd-kit
   * measures between key presses, so each step waits for its screen-reader announcement.
   */
  async dragWithKeyboard(name: string, placesUp: number): Promise<void> {
    const from = (await this.dutyRows.allTextContents()).findIndex((row) => row.includes(name)) + 1;
    const announced = (text: string) => expect(this.page.getByRole('status').filter({ hasText: text })).toBeAttached();
    await this.page.getByRole('button', { name: `拖动调整 ${name} 的顺序` }).focus();
    await this.page.keyboard.press('Space');
    await announced(`${name} 移到第 ${from} 位`);
    for (let i = 1; i <= placesUp; i++) {
      await this.page.keyboard.press('ArrowUp');
      await announced(`${name} 移到第 ${from - i} 位`);
    }
    await this.page.keyboard.press('Space');
    await announced(`${name} 放在第 ${from - placesUp} 位`);
  }

  /** A finger's drag: press the handle, move in steps past the 6 px threshold, release over the target row. */
  async dragWithPointer(name: string, ontoName: string): Promise<void> {
    const handle = await this.page.getByRole('button', { name: `拖动调整 ${name} 的顺序` }).boundingBox();
    const target = await this.dutyRows.filter({ hasText: ontoName }).boundingBox();
    if (!handle || !target) throw new Error('roster rows not on screen');
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(handle.x + handle.width / 2, target.y + target.height / 2, { steps: 10 });
    await this.page.mouse.up();
  }

  async moveDown(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `${name} 下移` }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存今日排班' }).click();
  }
}
