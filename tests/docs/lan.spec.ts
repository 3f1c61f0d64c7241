import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoardPage } from '../e2e/pages/board-page';
import { LanTab } from '../e2e/pages/lan-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { SeedApi } from '../e2e/seed';
import { fakeClockEnv, startServe, type ServedApp } from '../e2e/serve-process';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');
/** The default LAN port, as an office sees it. */
const LAN_PORT = 5781;
const LAN = `http://127.0.0.1:${LAN_PORT}`;

/** serve on a clock the script moves (libfaketime), its LAN listener on the default port. */
const test = base.extend<{ clock: { file: string; at: (stamp: string) => void }; app: ServedApp }>({
  clock: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'front-desk-clock-'));
    const file = join(dir, 'now');
    const at = (stamp: string) => writeFileSync(file, `@${stamp}:00`);
    at('2026-11-20 09:05');
    await use({ file, at });
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ clock }, use) => {
    const app = await startServe(fakeClockEnv(clock.file), ['--lan-port', String(LAN_PORT)]);
    await use(app);
    await app.stop();
  },
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
});

test('LAN devices screenshots for the docs', async ({ page, request, browser, clock }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.call('setLanServing', { token: seed.sessionToken(), enabled: true });
  const pair = async (deviceName: string) => {
    const { code } = await seed.call('startLanPairing', { token: seed.sessionToken() });
    const res = await request.post(`${LAN}/pair`, { data: { code, deviceName } });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { value: { deviceId: number; token: string } }).value;
  };
  const tablet = await pair('二楼洽谈区平板');
  clock.at('2026-11-21 10:30');
  await seed.renewSession();
  await pair('主管办公室电脑');
  clock.at('2026-11-23 16:40');
  await seed.renewSession();
  const old = await pair('旧笔记本');
  await seed.call('revokeLanDevice', { token: seed.sessionToken(), deviceId: old.deviceId });
  clock.at('2026-11-24 09:15');
  await seed.renewSession();
  // The tablet was used this morning: its last-seen time.
  await request.post(`${LAN}/api/getBoard`, { headers: { authorization: `Bearer ${tablet.token}` }, data: {} });

  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('局域网设备');
  const tab = new LanTab(page);
  await expect(tab.devices).toHaveCount(3);
  await page.screenshot({ path: `${OUT}/lan-tab.png`, fullPage: true });
  await tab.pairingCode();
  await page.screenshot({ path: `${OUT}/lan-pairing-code.png` });

  const device = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const devicePage = await device.newPage();
  expect((await devicePage.goto(`${LAN}/`))?.status()).toBe(401);
  await devicePage.screenshot({ path: `${OUT}/lan-pairing-page.png` });
  await device.close();
});
