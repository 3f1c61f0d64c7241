import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { getSetting } from '../../db/queries/settings';
import { createLanListener, resumeLanServing } from '../../electron/transport/lan-listener';
import { memoryOffice } from '../helpers/office';
import { callApi, lanOffice, pairDevice, rawGet, type LanOffice } from '../helpers/lan-office';

let lo: LanOffice | null = null;
afterEach(async () => {
  await lo?.stop();
  lo = null;
});

const auditActions = (office: LanOffice['office']) =>
  (
    office.db.prepare('SELECT action, subject, details FROM audit_log ORDER BY id').all() as {
      action: string;
      subject: string;
      details: string;
    }[]
  ).filter((e) => e.action.startsWith('lan.'));

describe('serving the office LAN is off until a supervisor turns it on', () => {
  it('starts with no LAN listener, and a restart with the setting off starts none', async () => {
    lo = await lanOffice();
    expect(getSetting(lo.office.db, 'lanServing').enabled).toBe(false);
    await resumeLanServing(lo.office.backend, lo.lan);
    const view = lo.office.call('getLanServing', { token: lo.office.token() });
    expect(view).toMatchObject({ enabled: false, hosted: true, listening: false, devices: [], pairing: null });
  });

  it('listens once turned on, and refuses every request without a device token with 401', async () => {
    lo = await lanOffice();
    await lo.turn(true);
    expect(lo.lan.state(0).listening).toBe(true);
    const page = await fetch(`${lo.lanUrl()}/`);
    expect(page.status).toBe(401);
    expect(await page.text()).toContain('此设备尚未配对');
    expect((await fetch(`${lo.lanUrl()}/assets/index.js`)).status).toBe(401);
    expect((await fetch(`${lo.lanUrl()}/api/events`)).status).toBe(401);
    expect((await fetch(`${lo.lanUrl()}/download/${'0'.repeat(32)}`)).status).toBe(401);
    const call = await callApi(lo.lanUrl(), 'getBoard', {});
    expect(call.status).toBe(401);
    expect(await call.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a token nobody was given', async () => {
    lo = await lanOffice();
    await lo.turn(true);
    const forged = 'A'.repeat(43);
    expect((await callApi(lo.lanUrl(), 'getBoard', {}, { cookie: `front_desk_device=${forged}` })).status).toBe(401);
    expect((await callApi(lo.lanUrl(), 'getBoard', {}, { authorization: `Bearer ${forged}` })).status).toBe(401);
  });

  it('leaves the loopback listener as it was: no token needed there', async () => {
    lo = await lanOffice();
    await lo.turn(true);
    const res = await callApi(lo.loopbackUrl, 'getBoard', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('answers only to this machine’s own names as Host, and refuses another site’s Origin', async () => {
    lo = await lanOffice();
    await lo.turn(true);
    const { cookie } = await pairDevice(lo);
    const port = new URL(lo.lanUrl()).port;
    expect(await rawGet(`${lo.lanUrl()}/`, { cookie, host: `127.0.0.1:${port}` })).toBe(200);
    expect(await rawGet(`${lo.lanUrl()}/`, { cookie, host: `attacker.example:${port}` })).toBe(403);
    expect(
      await rawGet(`${lo.lanUrl()}/`, { cookie, host: `127.0.0.1:${port}`, origin: 'http://attacker.example' }),
    ).toBe(403);
  });

  it('closes the listener and its open event streams when turned off, and says so in the audit log', async () => {
    lo = await lanOffice();
    await lo.turn(true);
    const url = lo.lanUrl();
    const { cookie } = await pairDevice(lo);
    const stream = await fetch(`${url}/api/events`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const body = stream.text();
    await lo.turn(false);
    // Cut, not left hanging: the browser's EventSource then finds nobody listening.
    await expect(body).rejects.toThrow('terminated');
    await expect(fetch(`${url}/`, { headers: { cookie } })).rejects.toThrow();
    expect(lo.office.call('getLanServing', { token: lo.office.token() })).toMatchObject({
      enabled: false,
      listening: false,
    });
    expect(auditActions(lo.office).map((e) => e.action)).toEqual(['lan.on', 'lan.pair', 'lan.off']);
  });

  it('listens again at start when the office left it on', async () => {
    lo = await lanOffice();
    await lo.turn(true);
    await lo.lan.stop();
    expect(lo.lan.state(0).listening).toBe(false);
    await resumeLanServing(lo.office.backend, lo.lan);
    expect(lo.lan.state(0).listening).toBe(true);
  });

  it('refuses a port another program holds, saving nothing, and listens on another the supervisor gives', async () => {
    const office = memoryOffice();
    const host = createLanListener(office.backend, { staticDir: office.backend.deps.dataDir });
    const holder = await holdPort();
    const taken = (holder.address() as { port: number }).port;
    try {
      const refused = await office.attemptAsync('setLanServing', { token: office.token(), enabled: true, port: taken });
      expect(refused.ok ? null : refused.error).toEqual({
        code: 'conflict',
        message: `无法开启局域网服务:端口 ${taken} 已被其他程序占用`,
      });
      expect(getSetting(office.db, 'lanServing')).toEqual({ enabled: false, port: 5781 });
      holder.close();
      const view = await office.callAsync('setLanServing', { token: office.token(), enabled: true, port: taken });
      expect(view).toMatchObject({ enabled: true, listening: true, port: taken });
      expect(getSetting(office.db, 'lanServing')).toEqual({ enabled: true, port: taken });
    } finally {
      if (holder.listening) holder.close();
      await host.stop();
    }
  });

  it('refuses a port below 1024 with a message', async () => {
    lo = await lanOffice();
    const r = await lo.office.attemptAsync('setLanServing', { token: lo.office.token(), enabled: true, port: 80 });
    expect(r.ok ? null : r.error.message).toBe('输入有误:端口:端口须在 1024 到 65535 之间');
  });
});

/** A port held by another program, as the office's other software might. */
function holdPort(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '0.0.0.0', () => resolve(server));
  });
}
