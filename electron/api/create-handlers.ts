import type { Deps } from '../services/deps';
import { withAudit } from './audited-handlers';
import type { Handlers } from './handler-types';
import { arrivalHandlers } from './handlers/arrivals';
import { auditHandlers } from './handlers/audit';
import { backupHandlers } from './handlers/backups';
import { boardHandlers } from './handlers/board';
import { checkInHandlers } from './handlers/check-in';
import { clientHandlers } from './handlers/clients';
import { consentHandlers } from './handlers/consent';
import { consultantHandlers } from './handlers/consultants';
import { dailySheetHandlers } from './handlers/daily-sheet';
import { disputeHandlers } from './handlers/disputes';
import { exchangeHandlers } from './handlers/exchange';
import { lanHandlers } from './handlers/lan';
import { peopleHandlers } from './handlers/people';
import { policyHandlers } from './handlers/policy';
import { privacyHandlers } from './handlers/privacy';
import { printingHandlers } from './handlers/printing';
import { privacyRevealHandlers } from './handlers/privacy-reveal';
import { reportHandlers } from './handlers/reports';
import { rosterHandlers } from './handlers/roster';
import { setupHandlers } from './handlers/setup';
import { statusHandlers } from './handlers/statuses';

/** Every contract method's handler; a method without one is a compile error here. */
export function createHandlers(deps: Deps): Handlers {
  return withAudit(deps, {
    ...setupHandlers(deps),
    ...boardHandlers(deps),
    ...consultantHandlers(deps),
    ...arrivalHandlers(deps),
    ...statusHandlers(deps),
    ...rosterHandlers(deps),
    ...policyHandlers(deps),
    ...checkInHandlers(deps),
    ...clientHandlers(deps),
    ...peopleHandlers(deps),
    ...dailySheetHandlers(deps),
    ...disputeHandlers(deps),
    ...reportHandlers(deps),
    ...exchangeHandlers(deps),
    ...backupHandlers(deps),
    ...auditHandlers(deps),
    ...privacyHandlers(deps),
    ...lanHandlers(deps),
    ...privacyRevealHandlers(deps),
    ...consentHandlers(deps),
    ...printingHandlers(deps),
  });
}
