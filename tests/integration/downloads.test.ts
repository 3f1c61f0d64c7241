import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DOWNLOAD_TTL_MS, attachmentHeader } from '../../electron/services/downloads';
import { startHttpServer } from '../../electron/transport/http-server';
import { memoryOffice, type TestOffice } from '../helpers/office';

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

async function serving(office: TestOffice): Promise<string> {
  const { deps, dispatch } = office.backend;
  const started = await startHttpServer({
    dispatch,
    bus: deps.bus,
    downloads: deps.downloads,
    staticDir: deps.dataDir,
    host: '127.0.0.1',
    port: 0,
  });
  server = started.server;
  return started.url;
}

function offerSheet(office: TestOffice): string {
  const path = join(office.backend.deps.dataDir, 'sheet.pdf');
  writeFileSync(path, '%PDF-1.7 test bytes');
  return office.backend.deps.downloads.offer({
    path,
    fileName: '来访登记表 2026-11-23.pdf',
    contentType: 'application/pdf',
  });
}

describe('files the backend made are taken away by ticket', () => {
  it('streams the file with its Chinese name as an attachment', async () => {
    const office = memoryOffice();
    const url = await serving(office);
    const res = await fetch(`${url}/download/${offerSheet(office)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(attachmentHeader('来访登记表 2026-11-23.pdf'));
    expect(await res.text()).toBe('%PDF-1.7 test bytes');
  });

  it('refuses an unknown or lapsed ticket and says to make the file again', async () => {
    const office = memoryOffice();
    const url = await serving(office);
    const ticket = offerSheet(office);
    expect((await fetch(`${url}/download/${'0'.repeat(32)}`)).status).toBe(404);
    office.clock.advance(DOWNLOAD_TTL_MS);
    const res = await fetch(`${url}/download/${ticket}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('下载已过期,请重新生成文件');
  });

  it('names the file in UTF-8 with a plain fallback for old clients', () => {
    expect(attachmentHeader("登记表 (11月) 'a'.pdf")).toBe(
      `attachment; filename="___ (11_) 'a'.pdf"; filename*=UTF-8''` +
        '%E7%99%BB%E8%AE%B0%E8%A1%A8%20%2811%E6%9C%88%29%20%27a%27.pdf',
    );
  });
});

describe('the size of a call over HTTP', () => {
  const post = (url: string, method: string, bytes: number) =>
    fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'x', padding: 'x'.repeat(bytes) }),
    });

  it('refuses a body over 1 MB for an ordinary method, saying so', async () => {
    const url = await serving(memoryOffice());
    const res = await post(url, 'getRoster', 1_100_000);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'invalid_input', message: '请求内容过大,未处理' } });
  });

  it('takes a larger body for a method that carries a file, and answers it', async () => {
    const url = await serving(memoryOffice());
    const res = await post(url, 'readImportFile', 1_100_000);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ok: boolean }).ok).toBe(false);
  });
});
