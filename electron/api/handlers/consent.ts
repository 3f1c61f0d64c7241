import { currentNotice } from '../../services/consent';
import type { HandlerGroup } from '../handler-types';

export const consentHandlers: HandlerGroup<'getConsentNotice'> = (deps) => ({
  getConsentNotice: () => {
    const { zh, en, retentionYears } = currentNotice(deps.db);
    return { zh, en, retentionYears };
  },
});
