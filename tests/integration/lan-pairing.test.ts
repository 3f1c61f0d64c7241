import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PAIRING_ATTEMPTS, PAIRING_CODE_MS } from '../../electron/services/lan-pairing';
import { callApi, lanOffice, pairDevice, postPair, type LanOffice } from '../helpers/lan-office';

let lo: LanOffice | null = null;
afterEach(async () => {
  await lo?.stop();
  lo = null;
});

async function servedOffice(): Promise<LanOffice> {
  lo = await lanOffice();
  await lo.turn(true);
  return lo;
}

const code = (o: LanOffice) => o.office.call('startLanPairing', { token: o.office.token() }).code;
/** The plain-Chinese reason a pairing was refused. */
const refusal = async (res: Response) => {
  expect(res.status).toBe(401);
  return ((await res.json()) as { error: { message: string } }).error.message;
};
const wrongCode = (right: string) => String((Number(right) + 1) % 1_000_000).padStart(6, '0');

describe('a device on the LAN is paired with the kiosk’s one-time code', () => {
  it('gets a cookie for the right code, and with it the app answers', async () => {
    const o = await servedOffice();
    const res = await postPair(o, { code: code(o), deviceName: '主管办公室电脑' });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^front_desk_device=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    const cookie = setCookie.split(';')[0] ?? '';
    const board = await callApi(o.lanUrl(), 'getBoard', {}, { cookie });
    expect(board.status).toBe(200);
    expect(await board.json()).toMatchObject({ ok: true });
    const page = await fetch(`${o.lanUrl()}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="root"');
  });

  it('answers a token sent as Authorization: Bearer too', async () => {
    const o = await servedOffice();
    const { token } = await pairDevice(o);
    const res = await callApi(o.lanUrl(), 'getBoard', {}, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
  });

  it('pairs from the page’s form and sends the browser on to the app', async () => {
    const o = await servedOffice();
    const res = await fetch(`${o.lanUrl()}/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code: code(o), deviceName: '二楼洽谈区平板' }).toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toContain('HttpOnly');
  });

  it('keeps only the token’s SHA-256, and lists who paired the device', async () => {
    const o = await servedOffice();
    const { token } = await pairDevice(o, '前台备用电脑');
    const row = o.office.db.prepare('SELECT name, token_hash FROM device_tokens').get() as {
      name: string;
      token_hash: string;
    };
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const stored = JSON.stringify(o.office.db.prepare('SELECT * FROM device_tokens').all());
    expect(stored).not.toContain(token);
    const view = o.office.call('getLanServing', { token: o.office.token() });
    expect(view.devices).toEqual([
      expect.objectContaining({ name: '前台备用电脑', pairedBy: '陈总', revokedAt: null, lastSeenAt: null }),
    ]);
  });

  it('uses a code once', async () => {
    const o = await servedOffice();
    const once = code(o);
    expect((await postPair(o, { code: once, deviceName: '电脑一' })).status).toBe(200);
    const again = await postPair(o, { code: once, deviceName: '电脑二' });
    expect(again.status).toBe(401);
    expect(await refusal(again)).toContain('没有有效的配对码');
  });

  it('lets a code run out after ten minutes', async () => {
    const o = await servedOffice();
    const late = code(o);
    o.office.clock.advance(PAIRING_CODE_MS);
    const res = await postPair(o, { code: late, deviceName: '电脑一' });
    expect(res.status).toBe(401);
    expect(await refusal(res)).toContain('已过期');
  });

  it('voids the code after five wrong ones, so guessing gets five tries in a million', async () => {
    const o = await servedOffice();
    const right = code(o);
    for (let i = 1; i < PAIRING_ATTEMPTS; i++) {
      const res = await postPair(o, { code: wrongCode(right), deviceName: '猜码的人' });
      expect(await refusal(res)).toBe(`配对码不对,还可再试 ${PAIRING_ATTEMPTS - i} 次`);
    }
    const last = await postPair(o, { code: wrongCode(right), deviceName: '猜码的人' });
    expect(await refusal(last)).toContain('已作废');
    expect((await postPair(o, { code: right, deviceName: '猜码的人' })).status).toBe(401);
    expect(o.office.db.prepare('SELECT count(*) AS n FROM device_tokens').get()).toEqual({ n: 0 });
  });

  it('gives no code while the LAN is off', async () => {
    lo = await lanOffice();
    const r = lo.office.attempt('startLanPairing', { token: lo.office.token() });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses a device without a name', async () => {
    const o = await servedOffice();
    const res = await postPair(o, { code: code(o), deviceName: '   ' });
    expect(res.status).toBe(401);
    expect(await refusal(res)).toContain('设备名称');
  });
});

describe('a revoked device is out at once', () => {
  it('gets 401 on its next call, its open event stream ends, and the audit log has ids only', async () => {
    const o = await servedOffice();
    const { cookie } = await pairDevice(o, '张经理的手机');
    const stream = await fetch(`${o.lanUrl()}/api/events`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const streamed = stream.text();
    const [device] = o.office.call('getLanServing', { token: o.office.token() }).devices;
    const view = o.office.call('revokeLanDevice', { token: o.office.token(), deviceId: device!.id });
    expect(view.devices[0]?.revokedAt).not.toBeNull();
    await expect(streamed).resolves.toContain('retry:');
    expect((await callApi(o.lanUrl(), 'getBoard', {}, { cookie })).status).toBe(401);
    expect((await fetch(`${o.lanUrl()}/`, { headers: { cookie } })).status).toBe(401);
    const entries = o.office.db
      .prepare("SELECT action, subject, details FROM audit_log WHERE action LIKE 'lan.%' ORDER BY id")
      .all();
    expect(entries).toEqual([
      { action: 'lan.on', subject: 'lan', details: JSON.stringify({ port: Number(new URL(o.lanUrl()).port) }) },
      { action: 'lan.pair', subject: `device:${device!.id}`, details: '{}' },
      { action: 'lan.revoke', subject: `device:${device!.id}`, details: '{}' },
    ]);
    expect(JSON.stringify(entries)).not.toContain('张经理');
  });

  it('cannot be revoked twice', async () => {
    const o = await servedOffice();
    await pairDevice(o);
    const token = o.office.token();
    const id = o.office.call('getLanServing', { token }).devices[0]!.id;
    o.office.call('revokeLanDevice', { token, deviceId: id });
    expect(o.office.attempt('revokeLanDevice', { token, deviceId: id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
