import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium, NoChromiumError } from '../../electron/print/find-chromium';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('finding a browser to print the sheet with', () => {
  it('takes FRONT_DESK_CHROMIUM first, and says so in Chinese when it points nowhere', () => {
    const env = { FRONT_DESK_CHROMIUM: '/opt/chrome/chrome' };
    expect(findChromium(env, 'linux', only('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome/chrome');
    expect(() => findChromium(env, 'linux', only('/usr/bin/chromium'))).toThrow(NoChromiumError);
    expect(() => findChromium(env, 'linux', only())).toThrow(
      /FRONT_DESK_CHROMIUM 指向的文件不存在:\/opt\/chrome\/chrome/,
    );
  });

  it('prefers the real Chromium binary on Linux over its shell wrapper', () => {
    expect(findChromium({}, 'linux', only('/usr/bin/chromium', '/usr/lib/chromium/chromium'))).toBe(
      '/usr/lib/chromium/chromium',
    );
    expect(findChromium({}, 'linux', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('finds Chrome or Edge where Windows and macOS install them', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const windows = chromiumCandidates('win32', env);
    expect(windows.some((p) => p.endsWith('msedge.exe') && p.includes('Program Files (x86)'))).toBe(true);
    expect(windows.some((p) => p.endsWith('chrome.exe'))).toBe(true);
    expect(findChromium({}, 'darwin', only('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'))).toBe(
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
  });

  it('answers null when nothing is installed, for the printer to try Playwright’s own browser', () => {
    expect(findChromium({}, 'linux', only())).toBeNull();
  });
});
