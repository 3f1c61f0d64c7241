import { listDevices } from '../../../db/queries/lan-devices';
import { getSetting, setSetting } from '../../../db/queries/settings';
import { appendAudit } from '../../services/audit';
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

export const lanHandlers: HandlerGroup<
  'getLanServing' | 'setLanServing' | 'startLanPairing' | 'cancelLanPairing' | 'revokeLanDevice'
> = (deps) => ({
  getLanServing: () => view(deps),

  setLanServing: async ({ enabled, port: asked }, call) => {
    const actor = actorOf(call);
    const setting = getSetting(deps.db, 'lanServing');
    const port = asked ?? setting.port;
    const host = deps.lan.host();
    if (enabled && host) {
      // Another port while listening: the old listener goes first.
      if (setting.enabled && port !== setting.port) await host.stop();
      await host
        .start(port)
        .catch((err: unknown) =>
          fail('conflict', `无法开启局域网服务:${err instanceof Error ? err.message : String(err)}`),
        );
    }
    if (setting.enabled !== enabled || setting.port !== port) {
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
        // Not saved, so not serving: the listener just started goes again.
        if (enabled) await host?.stop();
        throw err;
      }
    }
    if (!enabled) {
      deps.lan.codes.cancel();
      await host?.stop();
    }
    return view(deps);
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
