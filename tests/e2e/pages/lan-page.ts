import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisor's 局域网设备 tab: on/off, the address other devices open, pairing, the devices. */
export class LanTab {
  readonly status: Locator;
  readonly devices: Locator;

  constructor(private readonly page: Page) {
    this.status = page.getByTestId('lan-status');
    this.devices = page.locator('.lan__devices tbody tr');
  }

  async turnOn(): Promise<void> {
    await this.page.getByRole('button', { name: '开启局域网访问' }).click();
    await expect(this.status).toHaveText('已开启');
  }

  /** Opens 配对新设备 and reads the code shown large on the kiosk (six digits, shown as 3 + 3). */
  async pairingCode(): Promise<string> {
    await this.page.getByRole('button', { name: '配对新设备' }).click();
    const code = this.page.getByTestId('pairing-code');
    await expect(code).toHaveText(/^\d{3} \d{3}$/);
    return (await code.innerText()).replace(' ', '');
  }

  async revoke(deviceName: string): Promise<void> {
    await this.devices.filter({ hasText: deviceName }).getByRole('button', { name: '撤销' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: '确认撤销' }).click();
    await expect(this.devices.filter({ hasText: deviceName })).toContainText('已撤销');
  }
}

/** A browser on another device of the office LAN: the pairing page it meets first, then the app. */
export class LanDevicePage {
  constructor(private readonly page: Page) {}

  /** Opens the LAN address; an unpaired device gets 401 and the pairing page. */
  async open(url: string): Promise<number> {
    const response = await this.page.goto(url);
    return response?.status() ?? 0;
  }

  async expectPairingPage(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '此设备尚未配对' })).toBeVisible();
  }

  async pair(code: string, deviceName: string): Promise<void> {
    await this.page.getByLabel('配对码 Code').fill(code);
    await this.page.getByLabel('设备名称 Device name').fill(deviceName);
    await this.page.getByRole('button', { name: '配对 Pair' }).click();
  }
}
