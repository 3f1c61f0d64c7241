import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { getSetting } from '../../db/queries/settings';
import { contract, type MethodName } from '../../electron/api/contract';
import { KIOSK_ONLY_MESSAGE } from '../../electron/transport/kiosk-only';
import { createLanListener, resumeLanServing } from '../../electron/transport/lan-listener';
import { checkIn, complete } from '../helpers/check-in';
import { memoryOffice, PINS, SUPERVISOR_PIN } from '../helpers/office';
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

describe('what a paired LAN device may not do: it stays at the kiosk', () => {
  /** 张三, 王芳's client by the rotation, and a device paired on the LAN; the admin's sign-in. */
  async function officeOnTheLan() {
    const lo = await lanOffice();
    lo.office.clock.set('09:10');
    const ref = checkIn(lo.office, { registration: complete('张三', '13900000001') }).clientRef;
    const clientId = (lo.office.db.prepare('SELECT id FROM clients WHERE ref = ?').get(ref) as { id: number }).id;
    await lo.turn(true);
    const device = await pairDevice(lo);
    const deviceId = (lo.office.db.prepare('SELECT id FROM device_tokens').get() as { id: number }).id;
    const backup = await lo.office.callAsync('backUpNow', { token: lo.office.token() });
    const token = lo.office.token();
    const phone = '13900000001';
    // Each with an input the backend would carry out.
    const calls: Record<string, Record<string, unknown>> = {
      startLanPairing: { token },
      cancelLanPairing: { token },
      revokeLanDevice: { token, deviceId },
      findPersonData: { token, phone },
      exportPersonData: { token, phone },
      setRetention: { token, years: 4 },
      revealClientPhone: { token, clientId },
      revealMyClientPhone: { consultantId: lo.office.ids.王芳, pin: PINS.王芳, clientId },
      setBackupKeep: { token, keep: 10 },
      restoreBackup: { token, fileName: backup.fileName },
      erasePersonData: { token, phone, confirmPhone: phone, reason: 'subjectRequest' },
      setLanServing: { token, enabled: false },
    };
    return { lo, device, calls };
  }

  const kioskOnlyMethods = () =>
    (Object.keys(contract) as MethodName[]).filter((name) => (contract[name] as { kioskOnly?: true }).kioskOnly);

  /** Every row of every table: what "nothing written" means. */
  const everything = (db: LanOffice['office']['db']) =>
    JSON.stringify(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
        ({ name }) => db.prepare(`SELECT * FROM "${name}"`).all(),
      ),
    );

  it('marks in the contract exactly the acts this test tries', async () => {
    const { lo: office, calls } = await officeOnTheLan();
    lo = office;
    expect(kioskOnlyMethods().sort()).toEqual(Object.keys(calls).sort());
  });

  it('refuses each of them from a paired device, with a valid sign-in, and writes nothing', async () => {
    const { lo: office, device, calls } = await officeOnTheLan();
    lo = office;
    // The device's first call marks it seen; after that, nothing may change.
    expect((await callApi(lo.lanUrl(), 'getBoard', {}, { cookie: device.cookie })).status).toBe(200);
    const before = everything(lo.office.db);
    for (const [name, input] of Object.entries(calls)) {
      const res = await callApi(lo.lanUrl(), name, input, { cookie: device.cookie });
      expect({ name, body: await res.json() }).toEqual({
        name,
        body: { ok: false, error: { code: 'forbidden', message: KIOSK_ONLY_MESSAGE } },
      });
    }
    expect(everything(lo.office.db)).toBe(before);
    expect(lo.lan.state(0).listening).toBe(true);
    // The desk's own screens still answer the device.
    expect(
      (await callApi(lo.lanUrl(), 'getLanServing', { token: calls.startLanPairing?.token }, { cookie: device.cookie }))
        .status,
    ).toBe(200);
  });

  it('leaves them out of a sign-in on the LAN, so the screens there do not offer them', async () => {
    const { lo: office, device } = await officeOnTheLan();
    lo = office;
    const signIn = { consultantId: lo.office.supervisorId, pin: SUPERVISOR_PIN };
    const methodsVia = async (base: string, headers: Record<string, string> = {}) =>
      ((await (await callApi(base, 'signIn', signIn, headers)).json()) as { value: { methods: string[] } }).value
        .methods;
    const onLan = await methodsVia(lo.lanUrl(), { cookie: device.cookie });
    const atKiosk = await methodsVia(lo.loopbackUrl);
    expect(atKiosk.filter((m) => !onLan.includes(m)).sort()).toEqual(kioskOnlyMethods().sort());
    expect(onLan).toContain('getLanServing');
  });

  it('carries them out at the kiosk (the loopback listener)', async () => {
    const { lo: office, calls } = await officeOnTheLan();
    lo = office;
    for (const [name, input] of Object.entries(calls)) {
      const body = (await (await callApi(lo.loopbackUrl, name, input)).json()) as {
        ok: boolean;
        error?: { message: string };
      };
      if (name === 'restoreBackup') {
        // Where nothing owns the database file the backend's own answer sends the admin to the command line.
        expect(body.error?.message).toContain('npm run cli -- restore');
      } else {
        expect({ name, ok: body.ok, error: body.error }).toEqual({ name, ok: true, error: undefined });
      }
    }
    expect(getSetting(lo.office.db, 'lanServing').enabled).toBe(false);
    expect(lo.office.db.prepare('SELECT COUNT(*) AS n FROM device_tokens WHERE revoked_at IS NULL').get()).toEqual({
      n: 0,
    });
  });
});

describe('turning LAN access on and off at once', () => {
  it('ends with the listener doing what the saved setting says when on and off overlap', async () => {
    lo = await lanOffice();
    const token = lo.office.token();
    const on = lo.office.attemptAsync('setLanServing', { token, enabled: true });
    const off = lo.office.attemptAsync('setLanServing', { token, enabled: false });
    expect([(await on).ok, (await off).ok]).toEqual([true, true]);
    expect(getSetting(lo.office.db, 'lanServing').enabled).toBe(false);
    expect(lo.lan.state(0).listening).toBe(false);

    const off2 = lo.office.attemptAsync('setLanServing', { token, enabled: false });
    const on2 = lo.office.attemptAsync('setLanServing', { token, enabled: true });
    expect([(await off2).ok, (await on2).ok]).toEqual([true, true]);
    expect(getSetting(lo.office.db, 'lanServing').enabled).toBe(true);
    expect(lo.lan.state(0).listening).toBe(true);
    expect(auditActions(lo.office).map((e) => e.action)).toEqual(['lan.on', 'lan.off', 'lan.on']);
  });

  it('keeps the old listener listening when a move to a taken port is refused', async () => {
    const office = memoryOffice();
    const host = createLanListener(office.backend, { staticDir: office.backend.deps.dataDir });
    const free = await holdPort();
    const first = (free.address() as { port: number }).port;
    free.close();
    const holder = await holdPort();
    const taken = (holder.address() as { port: number }).port;
    try {
      await office.callAsync('setLanServing', { token: office.token(), enabled: true, port: first });
      const refused = await office.attemptAsync('setLanServing', { token: office.token(), enabled: true, port: taken });
      expect(refused.ok ? null : refused.error.code).toBe('conflict');
      expect(getSetting(office.db, 'lanServing')).toEqual({ enabled: true, port: first });
      expect(host.state(first)).toMatchObject({ listening: true, port: first, error: null });
      expect((await fetch(`http://127.0.0.1:${first}/`)).status).toBe(401);
    } finally {
      holder.close();
      await host.stop();
    }
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
