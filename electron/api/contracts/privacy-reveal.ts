import { z } from 'zod';
import { kioskMethod, returns, staffAsThemselves, supervisors } from '../contract-kit';
import type { RevealedPhones } from '../privacy-reveal-types';
import { id, pin, token } from '../schemas';

/**
 * 显示号码: every result shows a client's phone masked (138****5678); the whole number takes a role,
 * and each reveal is written to the audit log (who, which client — never the number).
 */
export const privacyRevealContract = {
  revealClientPhone: kioskMethod(supervisors, z.object({ token, clientId: id }), returns<RevealedPhones>()),
  /** A consultant's own client only. */
  revealMyClientPhone: kioskMethod(
    staffAsThemselves,
    z.object({ consultantId: id, pin, clientId: id }),
    returns<RevealedPhones>(),
  ),
};
