import { countConsultants, getConsultant, insertConsultant } from '../../../db/queries/consultants';
import { getSetting, setSetting } from '../../../db/queries/settings';
import { hashPin } from '../../services/pin';
import { toCard } from '../../services/people';
import { checkPin } from '../dispatch';
import { fail } from '../errors';
import type { HandlerGroup } from '../handler-types';

export const setupHandlers: HandlerGroup<'getSetup' | 'setupOffice' | 'signIn' | 'signOut'> = (deps) => ({
  getSetup: () => ({ needsSetup: countConsultants(deps.db) === 0, officeName: getSetting(deps.db, 'officeName') }),

  /** First start: the office names itself and its first supervisor. Refused once anyone exists. */
  setupOffice: (input) => {
    const id = deps.db
      .transaction(() => {
        if (countConsultants(deps.db) > 0) return fail('conflict', '案场已完成初始设置');
        setSetting(deps.db, 'officeName', input.officeName);
        return insertConsultant(deps.db, {
          name: input.name,
          phone: null,
          role: 'supervisor',
          photo: null,
          pinHash: hashPin(input.pin),
          createdAt: deps.clock.now(),
        });
      })
      .immediate();
    const consultant = getConsultant(deps.db, id);
    if (!consultant) return fail('internal', '初始设置未能保存');
    deps.bus.emit('boardChanged', { version: 0 });
    return { token: deps.sessions.open(id, deps.clock.now()), consultant: toCard(consultant) };
  },

  signIn: (input) => {
    const actor = checkPin(deps, input.consultantId, input.pin);
    const consultant = getConsultant(deps.db, input.consultantId);
    if (!consultant) return fail('not_found', '找不到该顾问');
    if (actor.role !== 'supervisor') return fail('forbidden', `${actor.name}不是主管,不能进入主管页面`);
    return { token: deps.sessions.open(consultant.id, deps.clock.now()), consultant: toCard(consultant) };
  },

  signOut: (input) => {
    deps.sessions.close(input.token);
    return null;
  },
});
