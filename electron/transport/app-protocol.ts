import type { CustomScheme } from 'electron';
import path, { type PlatformPath } from 'node:path';
import { attachmentHeader, DOWNLOAD_PATH, type Downloads } from '../services/downloads';
import { CONTENT_SECURITY_POLICY } from './content-security';
import { APP_ORIGIN } from './ipc-channels';

const APP_HOST = new URL(APP_ORIGIN).host;

/**
 * app:// is a standard, secure scheme (so the page has a real origin, same-origin rules and fetch)
 * and nothing more: no CSP bypass, no CORS, no service workers, no streaming from elsewhere.
 */
export const APP_SCHEME: CustomScheme = {
  scheme: 'app',
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Our own page, and nothing that merely starts like it (`app://front-desk.evil/`). */
export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

export type AppRequest = { kind: 'download'; ticket: string } | { kind: 'file'; path: string } | { kind: 'forbidden' };

/**
 * What an app:// URL may read: a download ticket, or a file inside the built renderer — never a file
 * outside it, however the path is spelled (`..`, `%2e%2e%2f`, `%5c..` on Windows, a NUL, a drive
 * letter), and nothing from another host. `paths` is the platform's path module (a test passes win32).
 */
export function resolveAppRequest(url: string, rendererDir: string, paths: PlatformPath = path): AppRequest {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  if (parsed.protocol !== `${APP_SCHEME.scheme}:` || parsed.host !== APP_HOST) return { kind: 'forbidden' };
  if (parsed.pathname.startsWith(DOWNLOAD_PATH))
    return { kind: 'download', ticket: parsed.pathname.slice(DOWNLOAD_PATH.length) };
  if (pathname.includes('\0')) return { kind: 'forbidden' };
  const file = paths.normalize(paths.join(rendererDir, pathname === '/' ? '/index.html' : pathname));
  return file.startsWith(rendererDir + paths.sep) ? { kind: 'file', path: file } : { kind: 'forbidden' };
}

export interface AppProtocolOptions {
  /** The built renderer (dist/renderer), absolute. */
  rendererDir: string;
  downloads: Downloads;
  /** Reads a local file as a response (Electron's net.fetch of its file: URL); rejects or !ok if missing. */
  fetchFile: (path: string) => Promise<Response>;
  paths?: PlatformPath;
}

type Body = ConstructorParameters<typeof Response>[0];
type HeaderList = ConstructorParameters<typeof Headers>[0];

/** Every app:// answer carries the CSP, the page's and an error's alike. */
function reply(body: Body, status: number, headers: HeaderList = {}): Response {
  const all = new Headers(headers);
  all.set('content-security-policy', CONTENT_SECURITY_POLICY);
  all.set('x-content-type-options', 'nosniff');
  return new Response(body, { status, headers: all });
}

/** The handler for `protocol.handle('app', …)`: the renderer's files and the backend's downloads. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const { rendererDir, downloads, fetchFile, paths } = options;
  const read = (file: string) =>
    fetchFile(file)
      .then((r) => (r.ok ? r : null))
      .catch(() => null);
  return async (request) => {
    const target = resolveAppRequest(request.url, rendererDir, paths);
    if (target.kind === 'forbidden') return reply('forbidden', 403);
    if (target.kind === 'download') {
      // A file the backend made (a sheet's PDF, an export): the window's download shows the save dialog.
      const file = downloads.take(target.ticket);
      const response = file ? await read(file.path) : null;
      if (!file || !response) return reply('下载已过期,请重新生成文件', 404);
      return reply(response.body, 200, {
        'content-type': file.contentType,
        'content-disposition': attachmentHeader(file.fileName),
        'cache-control': 'no-store',
      });
    }
    const response = await read(target.path);
    return response ? reply(response.body, 200, response.headers) : reply('not found', 404);
  };
}
