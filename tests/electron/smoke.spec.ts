import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METHOD_NAMES, PUSH_NAMES } from '../../electron/api/contract';
import { pushListenerName } from '../../electron/api/bridge';
import type { Bridge } from '../../electron/api/bridge';
import { electronBinary } from './electron-binary';

const binary = electronBinary();

test.describe('the Electron kiosk', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

  test('opens the app page in a locked-down window with exactly the contract on its bridge', async () => {
    if (!('path' in binary)) return;
    const native = join('build', 'native', `${process.platform}-${process.arch}`, 'better_sqlite3.node');
    if (!existsSync(native)) execFileSync(process.execPath, ['scripts/rebuild-native.mjs'], { stdio: 'inherit' });

    const dataDir = mkdtempSync(join(tmpdir(), 'front-desk-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: ['.', '--windowed'],
      env: { ...process.env, FRONT_DESK_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByText('欢迎使用案场前台')).toBeVisible();
      expect(page.url()).toBe('app://front-desk/index.html');

      const exposed = await page.evaluate(() =>
        Object.keys((globalThis as unknown as { frontDesk?: object }).frontDesk ?? {}).sort(),
      );
      expect(exposed).toEqual([...METHOD_NAMES, ...PUSH_NAMES.map(pushListenerName)].sort());
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');

      const setup = await page.evaluate(() =>
        (globalThis as unknown as { frontDesk?: Bridge }).frontDesk?.getSetup({}),
      );
      expect(setup).toEqual({ ok: true, value: { needsSetup: true, officeName: '' } });
      expect(existsSync(join(dataDir, 'front-desk.sqlite'))).toBe(true);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
