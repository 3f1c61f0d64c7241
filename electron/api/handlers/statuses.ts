import { getConsultant } from '../../../db/queries/consultants';
import { returnMakeup } from '../../domain/rotation';
import { withDay } from '../../services/day-tx';
import { reasonsOfReception } from '../../services/decision-reasons';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';

export const statusHandlers: HandlerGroup<'setStatus'> = (deps) => ({
  /** A consultant sets their own status with their PIN; coming back may earn a make-up or a waiting visitor. */
  setStatus: (input, call) => {
    const actor = actorOf(call);
    // Checked here as well as at the PIN: replay and tests call handlers directly.
    const consultant = getConsultant(deps.db, input.consultantId) ?? fail('not_found', '找不到该顾问');
    if (!consultant.active) fail('forbidden', `${consultant.name}已离职,不能再操作`);
    if (input.status === 'receiving') fail('invalid_input', '“接待中”由系统在分配访客时设置,不能手动选择');
    return withDay(deps, (tx) => {
      const before = tx.state.members.get(input.consultantId);
      const received = tx.state.assignments.length;
      const reasons = [];
      if (before?.status !== input.status) {
        const makeup = returnMakeup(tx.state, input.consultantId, input.status, tx.ctx);
        tx.append(
          { type: 'status_changed', consultantId: input.consultantId, status: input.status, note: null },
          actor.id,
        );
        if (makeup) {
          tx.append(makeup, null);
          reasons.push(...makeup.reasons);
        }
        tx.settle();
      }
      const mine = tx.state.assignments.slice(received).find((a) => a.consultantId === input.consultantId);
      if (mine) reasons.push(...reasonsOfReception(deps.db, mine));
      const after = tx.state.members.get(input.consultantId);
      const position = tx.state.order.indexOf(input.consultantId);
      return { status: after?.status ?? input.status, position: position < 0 ? null : position + 1, reasons };
    });
  },
});
