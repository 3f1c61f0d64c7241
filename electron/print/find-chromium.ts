import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../api/errors';

/** Where Chromium, Chrome or Edge are installed by default, by platform, in the order we prefer them. */
export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((x): x is string => !!x);
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  // The real binary before the /usr/bin wrapper, which prints a shell warning on every launch.
  return [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge',
  ];
}

/** What the supervisor is told, in place of a system error: the PDF needs a browser this PC does not have yet. */
export class NoChromiumError extends AppError {
  constructor(detail: string) {
    super(
      'not_found',
      `找不到可用于生成 PDF 的浏览器(Chromium、Chrome 或 Edge)。${detail}` +
        '请安装 Chromium(Debian/Ubuntu:apt-get install chromium),或用环境变量 FRONT_DESK_CHROMIUM 指明其路径。',
    );
    this.name = 'NoChromiumError';
  }
}

/**
 * The browser to print with: FRONT_DESK_CHROMIUM if set (and it must exist), else a standard install,
 * else null — the caller then tries Playwright's own download.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const chosen = env.FRONT_DESK_CHROMIUM;
  if (chosen) {
    if (!exists(chosen)) throw new NoChromiumError(`FRONT_DESK_CHROMIUM 指向的文件不存在:${chosen}。`);
    return chosen;
  }
  return chromiumCandidates(platform, env).find(exists) ?? null;
}
