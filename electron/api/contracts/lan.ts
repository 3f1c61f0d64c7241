import { z } from 'zod';
import type { LanView, PairingCode } from '../lan-types';
import { kioskMethod, method, returns, supervisors } from '../contract-kit';
import { id, token } from '../schemas';

/** Below 1024 a port needs administrator rights on most systems. */
const lanPort = z
  .int({ error: '端口须为整数' })
  .min(1024, { error: '端口须在 1024 到 65535 之间' })
  .max(65535, { error: '端口须在 1024 到 65535 之间' });

/**
 * 局域网设备 (docs/lan.md): serving the office LAN is off until a supervisor turns it on; each
 * browser there is paired with a one-time code shown on the kiosk, and can be revoked.
 */
export const lanContract = {
  getLanServing: method(supervisors, z.object({ token }), returns<LanView>()),
  /**
   * Turning it on starts the listener first: a taken port is refused before anything is saved.
   * port: another than the saved one (5781 unless changed), for when that one is taken.
   */
  setLanServing: kioskMethod(
    supervisors,
    z.object({ token, enabled: z.boolean(), port: lanPort.optional() }),
    returns<Promise<LanView>>(),
  ),
  startLanPairing: kioskMethod(supervisors, z.object({ token }), returns<PairingCode>()),
  cancelLanPairing: kioskMethod(supervisors, z.object({ token }), returns<null>()),
  revokeLanDevice: kioskMethod(supervisors, z.object({ token, deviceId: id }), returns<LanView>()),
};
