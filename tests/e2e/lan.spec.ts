import { createServer } from 'node:net';
import { test as base, expect } from '@playwright/test';
import { lanIPv4Addresses } from '../../electron/transport/lan-addresses';
import { BoardPage } from './pages/board-page';
import { LanDevicePage, LanTab } from './pages/lan-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';
import { startServe, type ServedApp } from './serve-process';

/** A port nobody holds right now, for serve's LAN listener (--lan-port). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '0.0.0.0', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const test = base.extend<{ lanPort: number; app: ServedApp }>({
  lanPort: async ({}, use) => {
    await use(await freePort());
  },
  app: async ({ lanPort }, use) => {
    const app = await startServe({}, ['--lan-port', String(lanPort)]);
    await use(app);
    await app.stop();
  },
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
});

test('a supervisor turns the LAN on and pairs a device: 401 before, the board after, the pairing page again the moment it is revoked', async ({
  page,
  request,
  browser,
  lanPort,
}) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const supervisor = new SupervisorPage(page);
  const lanTab = new LanTab(page);

  await page.goto('/');
  await new BoardPage(page).supervisor();
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('局域网设备');
  await expect(lanTab.status).toHaveText('已关闭');
  await expect(page.getByLabel('端口')).toHaveValue(String(lanPort));
  await page.screenshot({ path: test.info().outputPath('lan-tab-off.png'), fullPage: true });
  await lanTab.turnOn();
  // The address other devices open: this machine's LAN IPv4 (loopback reaches the same listener).
  const lanUrls = lanIPv4Addresses().map((a) => `http://${a}:${lanPort}`);
  for (const url of lanUrls) await expect(page.locator('.lan__urls')).toContainText(url);
  await page.screenshot({ path: test.info().outputPath('lan-tab-on.png'), fullPage: true });

  const deviceContext = await browser.newContext();
  const device = new LanDevicePage(await deviceContext.newPage());
  const address = lanUrls[0] ?? `http://127.0.0.1:${lanPort}`;
  expect(await device.open(`${address}/`)).toBe(401);
  await device.expectPairingPage();
  await deviceContext.pages()[0]!.screenshot({ path: test.info().outputPath('lan-pairing-page.png'), fullPage: true });

  const code = await lanTab.pairingCode();
  await page.screenshot({ path: test.info().outputPath('lan-pairing-code.png') });
  await device.pair(code, '主管办公室电脑');
  await new BoardPage(deviceContext.pages()[0]!).expectShown('滨江壹号营销中心');
  await supervisor.expectToast('新设备已配对');
  await expect(lanTab.devices.filter({ hasText: '主管办公室电脑' })).toContainText('陈静');
  await page.screenshot({ path: test.info().outputPath('lan-tab-paired.png'), fullPage: true });

  // The supervisor signed in on the device: what stays at the kiosk (the LAN tab, a person's data) is not offered.
  const devicePage = deviceContext.pages()[0]!;
  await new BoardPage(devicePage).supervisor();
  await new SupervisorPage(devicePage).signIn('陈静', '9999');
  await expect(devicePage.getByRole('tab', { name: '备份' })).toBeVisible();
  await expect(devicePage.getByRole('tab', { name: '局域网设备' })).toHaveCount(0);
  await expect(devicePage.getByRole('tab', { name: '个人信息' })).toHaveCount(0);
  await devicePage.screenshot({ path: test.info().outputPath('lan-device-supervisor.png'), fullPage: true });

  await lanTab.revoke('主管办公室电脑');
  // Cut off at once: its event stream ends, and the page it had open turns into the pairing page by itself.
  await device.expectPairingPage();
  expect(await device.open(`${address}/`)).toBe(401);
  await deviceContext.close();
});

test('a wrong code is refused on the pairing page with the tries left', async ({ request, browser, lanPort }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.call('setLanServing', { token: seed.sessionToken(), enabled: true });
  const { code } = await seed.call('startLanPairing', { token: seed.sessionToken() });
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  const deviceContext = await browser.newContext();
  const device = new LanDevicePage(await deviceContext.newPage());
  expect(await device.open(`http://127.0.0.1:${lanPort}/`)).toBe(401);
  await device.pair(wrong, '二楼平板');
  await expect(deviceContext.pages()[0]!.getByRole('alert')).toHaveText('配对码不对,还可再试 4 次');
  await deviceContext.close();
});
