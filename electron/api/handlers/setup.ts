import { countConsultants, getConsultant, insertConsultant, type ConsultantRow } from '../../../db/queries/consultants';
import type { Deps } from '../../services/deps';
import { contract, METHOD_NAMES } from '../contract';
import { mayCall } from '../contract-kit';
import type { Session } from '../types';
import { getSetting, setSetting } from '../../../db/queries/settings';
import { hashPin } from '../../services/pin';
import { toCard } from '../../services/people';
import { checkPin } from '../dispatch';
import { fail } from '../errors';
import type { HandlerGroup } from '../handler-types';

function openSession(deps: Deps, consultant: ConsultantRow): Session {
  return {
    token: deps.sessions.open(consultant.id, deps.clock.now()),
    consultant: toCard(consultant),
    methods: METHOD_NAMES.filter((m) => mayCall(contract[m].access, consultant.role)),
  };
}

export const setupHandlers: HandlerGroup<'getSetup' | 'setupOffice' | 'signIn' | 'signOut'> = (deps) => ({
  getSetup: () => ({
    needsSetup: countConsultants(deps.db) === 0,
    officeName: getSetting(deps.db, 'officeName'),
    idleMinutes: getSetting(deps.db, 'idleMinutes'),
  }),

  /** First start: the office names itself and its first supervisor, who administers it. Refused once anyone exists. */
  setupOffice: (input) => {
    const id = deps.db
      .transaction(() => {
        if (countConsultants(deps.db) > 0) return fail('conflict', '案场已完成初始设置');
        setSetting(deps.db, 'officeName', input.officeName);
        return insertConsultant(deps.db, {
          name: input.name,
          phone: null,
          role: 'admin',
          photo: null,
          pinHash: hashPin(input.pin),
          createdAt: deps.clock.now(),
        });
      })
      .immediate();
    const consultant = getConsultant(deps.db, id);
    if (!consultant) return fail('internal', '初始设置未能保存');
    deps.bus.emit('boardChanged', { version: 0 });
    return openSession(deps, consultant);
  },

  signIn: (input) => {
    checkPin(deps, input.consultantId, input.pin);
    const consultant = getConsultant(deps.db, input.consultantId) ?? fail('not_found', '找不到该顾问');
    return openSession(deps, consultant);
  },

  signOut: (input) => {
    deps.sessions.close(input.token);
    return null;
  },
});
