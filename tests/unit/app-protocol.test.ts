import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDownloads } from '../../electron/services/downloads';
import {
  APP_SCHEME,
  createAppProtocolHandler,
  isAppUrl,
  resolveAppRequest,
} from '../../electron/transport/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/transport/content-security';

describe('the app:// scheme', () => {
  it('is standard and secure, and bypasses nothing', () => {
    expect(APP_SCHEME).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('counts only app://front-desk as our page', () => {
    expect(isAppUrl('app://front-desk')).toBe(true);
    expect(isAppUrl('app://front-desk/index.html')).toBe(true);
    expect(isAppUrl('app://front-desk.evil/')).toBe(false);
    expect(isAppUrl('app://front-deskx/index.html')).toBe(false);
    expect(isAppUrl('https://front-desk/')).toBe(false);
  });
});

describe('resolving an app:// request', () => {
  const posixDir = '/opt/front-desk/renderer';
  const resolve = (url: string) => resolveAppRequest(url, posixDir, path.posix);

  it('serves the page and its files from the renderer folder', () => {
    expect(resolve('app://front-desk/')).toEqual({ kind: 'file', path: `${posixDir}/index.html` });
    expect(resolve('app://front-desk/assets/index-abc.js')).toEqual({
      kind: 'file',
      path: `${posixDir}/assets/index-abc.js`,
    });
    expect(resolve('app://front-desk/assets/%E5%AD%97.woff2')).toEqual({
      kind: 'file',
      path: `${posixDir}/assets/字.woff2`,
    });
  });

  it('hands a download ticket to the downloads', () => {
    expect(resolve('app://front-desk/download/0123456789abcdef0123456789abcdef')).toEqual({
      kind: 'download',
      ticket: '0123456789abcdef0123456789abcdef',
    });
  });

  it('refuses any path that leaves the renderer folder, however it is spelled', () => {
    for (const url of [
      'app://front-desk/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://front-desk/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://front-desk/..%2f..%2f..%2fetc%2fpasswd',
      'app://front-desk/%2e%2e%2frenderer-secrets/x',
      'app://front-desk/%2e%2e',
    ])
      expect(resolve(url), url).toEqual({ kind: 'forbidden' });
  });

  it('keeps a dot-dot path the URL itself resolves inside the renderer folder', () => {
    // The URL parser resolves these before we see them: they can only name files under the root.
    expect(resolve('app://front-desk/../../etc/passwd')).toEqual({ kind: 'file', path: `${posixDir}/etc/passwd` });
    expect(resolve('app://front-desk/%2e%2e/%2e%2e/etc/passwd')).toEqual({
      kind: 'file',
      path: `${posixDir}/etc/passwd`,
    });
  });

  it('refuses a NUL byte and a broken escape', () => {
    expect(resolve('app://front-desk/index.html%00.png')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://front-desk/%E0%A4%A')).toEqual({ kind: 'forbidden' });
  });

  it('refuses other hosts and other schemes', () => {
    for (const url of [
      'app://other/index.html',
      'app://front-desk.evil/index.html',
      'app://front-desk:8080/index.html',
      'https://front-desk/index.html',
      'file:///opt/front-desk/renderer/index.html',
      'not a url',
    ])
      expect(resolve(url), url).toEqual({ kind: 'forbidden' });
  });

  it('refuses Windows traversal by backslash, and keeps a drive letter or share inside the folder', () => {
    const winDir = 'C:\\Program Files\\Front Desk\\resources\\renderer';
    const win = (url: string) => resolveAppRequest(url, winDir, path.win32);
    expect(win('app://front-desk/assets/app.js')).toEqual({ kind: 'file', path: `${winDir}\\assets\\app.js` });
    for (const url of [
      'app://front-desk/%5c..%5c..%5cWindows%5cwin.ini',
      'app://front-desk/assets%5c..%5c..%5c..%5cWindows%5cwin.ini',
      'app://front-desk/..%5c..%5cUsers',
    ])
      expect(win(url), url).toEqual({ kind: 'forbidden' });
    expect(win('app://front-desk/C:/Windows/win.ini')).toEqual({
      kind: 'file',
      path: `${winDir}\\C:\\Windows\\win.ini`,
    });
    expect(win('app://front-desk/%5c%5cserver%5cshare%5cx')).toEqual({
      kind: 'file',
      path: `${winDir}\\server\\share\\x`,
    });
  });
});

describe('the app:// handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'front-desk-app-protocol-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>案场前台</title>');
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
  const exportFile = join(root, 'export.csv');
  writeFileSync(exportFile, 'a,b\n');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const downloads = createDownloads({ now: () => 0 });
  const handle = createAppProtocolHandler({
    rendererDir,
    downloads,
    // Stands in for Electron's net.fetch of a file: URL: the file's bytes, or a rejection when missing.
    fetchFile: async (file) =>
      new Response(await readFile(file), { headers: { 'content-type': 'text/html; charset=utf-8' } }),
  });
  const get = (url: string) => handle(new Request(url));

  it('serves the page with the CSP', async () => {
    const response = await get('app://front-desk/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('案场前台');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a file outside the renderer folder, with the CSP', async () => {
    const response = await get('app://front-desk/..%2fsecret.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('not for the page');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers a missing file 404, with the CSP', async () => {
    const response = await get('app://front-desk/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('gives a download by its ticket, as an attachment with the CSP', async () => {
    const ticket = downloads.offer({ path: exportFile, fileName: '导出.csv', contentType: 'text/csv' });
    const response = await get(`app://front-desk/download/${ticket}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('a,b\n');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(response.headers.get('content-type')).toBe('text/csv');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers an unknown ticket 404, with the CSP', async () => {
    const response = await get(`app://front-desk/download/${'0'.repeat(32)}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
