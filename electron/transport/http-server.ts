import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { contract, PUSH_NAMES, type MethodName } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import type { PushBus } from '../services/deps';
import { attachmentHeader, DOWNLOAD_PATH, type Downloads } from '../services/downloads';
import { CONTENT_SECURITY_POLICY, contentType } from './content-security';
import { answerPairing, PAIR_PATH, refuseUnpaired, requestToken, type DeviceGate } from './device-gate';

const MAX_BODY = 1_000_000;
/** An import's spreadsheet travels base64 in the body: room for a few years of a busy office's ledger. */
const MAX_FILE_BODY = 40_000_000;
/** A pairing form: a code and a device's name. */
const MAX_PAIR_BODY = 4_096;

class BodyTooLarge extends Error {}

export interface HttpOptions {
  dispatch: Dispatch;
  bus: PushBus;
  downloads: Downloads;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  host: string;
  port: number;
  /**
   * The LAN listener (docs/lan.md): every request — page, API call, event stream, download — needs a
   * live device token, except POST /pair, which makes one from the kiosk's pairing code.
   */
  requireDevice?: DeviceGate;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the limit the rest is read and dropped, not cut off: the caller still gets the answer why.
      if (size > max) reject(new BodyTooLarge());
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A page from another site must not drive the desk through the visitor's browser (CSRF, DNS
 * rebinding): API calls are accepted only when Host is this server and Origin, if sent, matches it.
 */
function sameOrigin(req: IncomingMessage, allowed: Set<string>): boolean {
  if (!allowed.has(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowed.has(origin.replace(/^https?:\/\//, ''));
}

async function serveStatic(res: ServerResponse, staticDir: string, urlPath: string): Promise<void> {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = join(staticDir, clean === '' ? 'index.html' : clean);
  if (!file.startsWith(staticDir + sep) && file !== staticDir) return send(res, 403, 'text/plain', 'forbidden');
  try {
    send(res, 200, contentType(file), await readFile(file));
  } catch {
    // Client-side screens have no files of their own: hand back the app shell.
    send(res, 200, contentType('index.html'), await readFile(join(staticDir, 'index.html')));
  }
}

/** A file the backend made, streamed: a 100,000-row export never sits in memory whole. */
async function serveDownload(res: ServerResponse, downloads: Downloads, ticket: string): Promise<void> {
  const file = downloads.take(ticket);
  const size = file
    ? await stat(file.path)
        .then((s) => s.size)
        .catch(() => null)
    : null;
  if (!file || size === null) return send(res, 404, 'text/plain; charset=utf-8', '下载已过期,请重新生成文件');
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': String(size),
    'content-disposition': attachmentHeader(file.fileName),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  createReadStream(file.path).pipe(res);
}

/** The same API as the kiosk's IPC, as JSON over POST /api/<method>, with pushes as server-sent events. */
export function startHttpServer(options: HttpOptions): Promise<{ server: Server; url: string }> {
  const { dispatch, bus, downloads, staticDir, host, requireDevice: gate } = options;
  let port = options.port;
  const hosts = () => (gate ? gate.hosts(port) : new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      let deviceId: number | null = null;
      if (gate) {
        if (!sameOrigin(req, hosts())) return send(res, 403, 'text/plain', 'forbidden');
        if (url.pathname === PAIR_PATH && req.method === 'POST') {
          const body = await readBody(req, MAX_PAIR_BODY).catch(() => '');
          return answerPairing(req, res, gate, body);
        }
        const token = requestToken(req);
        deviceId = token === null ? null : gate.deviceOf(token);
        if (deviceId === null) return refuseUnpaired(res, url.pathname);
      }
      if (url.pathname.startsWith('/api/')) {
        if (!sameOrigin(req, hosts()))
          return send(
            res,
            403,
            'application/json',
            JSON.stringify({ ok: false, error: { code: 'forbidden', message: '拒绝跨站请求' } }),
          );
        if (url.pathname === '/api/events' && req.method === 'GET')
          return openEventStream(req, res, bus, gate && deviceId !== null ? { gate, deviceId } : null);
        if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
        const name = url.pathname.slice('/api/'.length);
        const spec: { carriesFile?: true } | undefined = Object.hasOwn(contract, name)
          ? contract[name as MethodName]
          : undefined;
        let input: unknown;
        try {
          const text = await readBody(req, spec?.carriesFile ? MAX_FILE_BODY : MAX_BODY);
          input = text === '' ? {} : JSON.parse(text);
        } catch (err) {
          if (err instanceof BodyTooLarge)
            return send(
              res,
              413,
              'application/json',
              JSON.stringify({ ok: false, error: { code: 'invalid_input', message: '请求内容过大,未处理' } }),
            );
          return send(
            res,
            400,
            'application/json',
            JSON.stringify({ ok: false, error: { code: 'invalid_input', message: '请求内容不是有效的 JSON' } }),
          );
        }
        const result = await dispatch(name, input);
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
      if (url.pathname.startsWith(DOWNLOAD_PATH)) {
        if (!sameOrigin(req, hosts())) return send(res, 403, 'text/plain', 'forbidden');
        return serveDownload(res, downloads, url.pathname.slice(DOWNLOAD_PATH.length));
      }
      return serveStatic(res, staticDir, url.pathname);
    };
    handle().catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      if (address && typeof address === 'object') port = address.port;
      resolve({ server, url: `http://${host}:${port}` });
    });
  });
}

/** A LAN device's stream ends the moment the device is revoked; the browser's reconnect then meets 401. */
function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  bus: PushBus,
  device: { gate: DeviceGate; deviceId: number } | null,
): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write('retry: 2000\n\n');
  const offs = PUSH_NAMES.map((name) =>
    bus.on(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)),
  );
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
  const stop = () => {
    clearInterval(keepAlive);
    offRevoke?.();
    for (const off of offs) off();
  };
  const offRevoke = device?.gate.onRevoke((id) => {
    if (id !== device.deviceId) return;
    stop();
    res.end();
  });
  req.on('close', stop);
}
