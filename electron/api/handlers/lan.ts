import { listDevices } from '../../../db/queries/lan-devices';
import { getSetting, setSetting } from '../../../db/queries/settings';
import { appendAudit, type AuditActor } from '../../services/audit';
import type { Deps } from '../../services/deps';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';
import type { LanView } from '../lan-types';

function view(deps: Deps): LanView {
  const setting = getSetting(deps.db, 'lanServing');
  const host = deps.lan.host();
  const state = host?.state(setting.port) ?? { listening: false, port: setting.port, urls: [], error: null };
  return {
    enabled: setting.enabled,
    hosted: host !== null,
    ...state,
    devices: listDevices(deps.db).map((d) => ({
      id: d.id,
      name: d.name,
      pairedAt: d.pairedAt,
      pairedBy: d.pairedByName,
      lastSeenAt: d.lastSeenAt,
      revokedAt: d.revokedAt,
    })),
    pairing: deps.lan.codes.pending(deps.clock.now()),
  };
}

/**
 * Turns LAN access on or off, or moves it to another port. Run through deps.lan.serially, so the
 * setting read here is the current one until the save. Turning it on starts the listener first: a
 * port that cannot be had is refused, and the listener that was up before is up again.
 */
async function switchServing(deps: Deps, actor: AuditActor, enabled: boolean, asked?: number): Promise<LanView> {
  const before = getSetting(deps.db, 'lanServing');
  const port = asked ?? before.port;
  const host = deps.lan.host();
  // Back to how it was: the new listener goes, the old one (if LAN access was on) comes back.
  const putBack = async () => {
    if (!host) return;
    await host.stop();
    if (before.enabled) await host.start(before.port).catch(() => undefined);
  };
  if (enabled && host) {
    // Another port while listening: the old listener goes first.
    if (before.enabled && port !== before.port) await host.stop();
    try {
      await host.start(port);
    } catch (err) {
      await putBack();
      fail('conflict', `无法开启局域网服务:${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (before.enabled !== enabled || before.port !== port) {
    try {
      deps.db
        .transaction(() => {
          setSetting(deps.db, 'lanServing', { enabled, port });
          appendAudit(deps.db, deps.clock.now(), actor, {
            action: enabled ? 'lan.on' : 'lan.off',
            subject: 'lan',
            details: { port: host?.state(port).port ?? port },
          });
        })
        .immediate();
    } catch (err) {
      // Not saved, so the listener is as the saved setting says.
      if (enabled) await putBack();
      throw err;
    }
  }
  if (!enabled) {
    deps.lan.codes.cancel();
    await host?.stop();
  }
  return view(deps);
}

export const lanHandlers: HandlerGroup<
  'getLanServing' | 'setLanServing' | 'startLanPairing' | 'cancelLanPairing' | 'revokeLanDevice'
> = (deps) => ({
  getLanServing: () => view(deps),

  setLanServing: ({ enabled, port }, call) => {
    const actor = actorOf(call);
    return deps.lan.serially(() => switchServing(deps, actor, enabled, port));
  },

  startLanPairing: (_, call) => {
    const actor = actorOf(call);
    if (!getSetting(deps.db, 'lanServing').enabled) fail('conflict', '请先开启局域网服务,再配对设备');
    return deps.lan.codes.issue(deps.clock.now(), { id: actor.id, name: actor.name });
  },

  cancelLanPairing: () => {
    deps.lan.codes.cancel();
    return null;
  },

  revokeLanDevice: ({ deviceId }, call) => {
    if (!deps.lan.revoke(deviceId, actorOf(call))) fail('not_found', '找不到该设备,或它已被撤销');
    return view(deps);
  },
});
