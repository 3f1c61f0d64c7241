import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PairOutcome } from '../services/lan';
import { PAIRING_PAGE_CSP, pairingPage } from './pairing-page';

/** What the LAN listener asks of the backend's devices (services/lan.ts) and of the machine (lan-addresses.ts). */
export interface DeviceGate {
  /** The live device holding the token, or null (unknown, revoked). */
  deviceOf(token: string): number | null;
  pair(code: string, deviceName: string): PairOutcome;
  onRevoke(listener: (deviceId: number) => void): () => void;
  /** The Host values this listener answers to on `port`. */
  hosts(port: number): Set<string>;
}

export const PAIR_PATH = '/pair';
export const DEVICE_COOKIE = 'front_desk_device';
/** Chromium keeps a cookie at most 400 days; a paired device stays paired until revoked, or until then. */
const COOKIE_MAX_AGE_S = 400 * 24 * 3600;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The device token a request carries: `Authorization: Bearer <token>`, or the cookie /pair set. */
export function requestToken(req: IncomingMessage): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === DEVICE_COOKIE)?.[1];
  const token = bearer ?? cookie;
  return token !== undefined && TOKEN.test(token) ? token : null;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify(body));
};

const page = (res: ServerResponse, status: number, html: string) => {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PAIRING_PAGE_CSP,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // Not no-referrer: under it Chromium sends `Origin: null` with the form's POST, which the Origin check refuses.
    'referrer-policy': 'same-origin',
  });
  res.end(html);
};

const UNPAIRED = '此设备未配对或已被撤销:请刷新页面,用前台电脑上的配对码重新配对';

/** 401 for a request without a live device token: the pairing page for a page load, a message for the app's calls. */
export function refuseUnpaired(res: ServerResponse, pathname: string): void {
  if (pathname.startsWith('/api/'))
    return json(res, 401, { ok: false, error: { code: 'unauthorized', message: UNPAIRED } });
  if (pathname.startsWith('/download/')) {
    res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    return void res.end(UNPAIRED);
  }
  page(res, 401, pairingPage());
}

function problemOf(outcome: Extract<PairOutcome, { ok: false }>): string {
  switch (outcome.reason) {
    case 'none':
      return '现在没有有效的配对码:请在前台电脑上点「配对新设备」获取';
    case 'expired':
      return '配对码已过期(10 分钟内有效):请在前台电脑上重新获取';
    case 'voided':
      return '配对码错误次数过多,已作废:请在前台电脑上重新获取';
    case 'wrong':
      return `配对码不对,还可再试 ${outcome.left ?? 0} 次`;
  }
}

const NAME = /^[^\p{Cc}\p{Cf}]{1,40}$/u;

/**
 * POST /pair {code, deviceName}, from the pairing page's form or as JSON: a correct, unexpired code
 * makes the device and sets its token as an HttpOnly, SameSite=Strict cookie, so the same app then
 * runs in that browser unchanged (fetch and EventSource send the cookie). JSON callers also get the
 * token, for `Authorization: Bearer`.
 */
export function answerPairing(req: IncomingMessage, res: ServerResponse, gate: DeviceGate, body: string): void {
  const asJson = (req.headers['content-type'] ?? '').startsWith('application/json');
  let fields: { code: string; deviceName: string };
  try {
    const raw: unknown = asJson ? JSON.parse(body) : Object.fromEntries(new URLSearchParams(body));
    const r = (raw ?? {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    fields = { code: text(r.code), deviceName: text(r.deviceName) };
  } catch {
    fields = { code: '', deviceName: '' };
  }
  const refuse = (problem: string) =>
    asJson
      ? json(res, 401, { ok: false, error: { code: 'unauthorized', message: problem } })
      : page(res, 401, pairingPage(problem, fields.deviceName.slice(0, 40)));
  if (!NAME.test(fields.deviceName)) return refuse('请填写设备名称(最多 40 个字),让主管认得出这台设备');
  const outcome = gate.pair(fields.code, fields.deviceName);
  if (!outcome.ok) return refuse(problemOf(outcome));
  const cookie = `${DEVICE_COOKIE}=${outcome.token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE_S}`;
  if (asJson)
    return json(
      res,
      200,
      { ok: true, value: { deviceId: outcome.deviceId, token: outcome.token } },
      { 'set-cookie': cookie },
    );
  res.writeHead(303, { location: '/', 'set-cookie': cookie, 'cache-control': 'no-store' });
  res.end();
}
