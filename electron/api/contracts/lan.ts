import { z } from 'zod';
import type { LanView, PairingCode } from '../lan-types';
import { method, returns, supervisors } from '../contract-kit';
import { id, token } from '../schemas';

/**
 * 局域网设备 (docs/lan.md): serving the office LAN is off until a supervisor turns it on; each
 * browser there is paired with a one-time code shown on the kiosk, and can be revoked.
 */
export const lanContract = {
  getLanServing: method(supervisors, z.object({ token }), returns<LanView>()),
  /** Turning it on starts the listener first: a taken port is refused before anything is saved. */
  setLanServing: method(supervisors, z.object({ token, enabled: z.boolean() }), returns<Promise<LanView>>()),
  startLanPairing: method(supervisors, z.object({ token }), returns<PairingCode>()),
  cancelLanPairing: method(supervisors, z.object({ token }), returns<null>()),
  revokeLanDevice: method(supervisors, z.object({ token, deviceId: id }), returns<LanView>()),
};
