import { getConsultant } from '../../../db/queries/consultants';
import { manualAssignment } from '../../domain/supervisor-acts';
import { withDay, type DayTx } from '../../services/day-tx';
import { reasonsOfReception } from '../../services/decision-reasons';
import type { Deps } from '../../services/deps';
import { toCard } from '../../services/people';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';
import type { ArrivalDecision, ConsultantCard } from '../types';

function card(deps: Deps, id: number): ConsultantCard | null {
  const c = getConsultant(deps.db, id);
  return c ? toCard(c) : null;
}

/** The decision on one visit as it stands at the end of the transaction. */
function decisionFor(deps: Deps, tx: DayTx, visitId: number): ArrivalDecision {
  const a = tx.state.assignments.find((x) => x.visitId === visitId);
  if (a) {
    return {
      visitId,
      waiting: false,
      receivedBy: card(deps, a.consultantId),
      owner: card(deps, a.ownerId),
      turnConsumed: a.turnConsumed,
      standIn: a.standIn,
      reasons: reasonsOfReception(deps.db, a),
    };
  }
  const w = tx.state.waiting.find((x) => x.visitId === visitId);
  // A departed consultant owns nobody: such a visitor belongs to whoever the rotation gives them to.
  const named = w?.directedTo ?? null;
  const directed = named !== null && tx.ctx.people.get(named)?.active ? named : null;
  return {
    visitId,
    waiting: true,
    receivedBy: null,
    owner: directed === null ? null : card(deps, directed),
    turnConsumed: false,
    standIn: false,
    reasons: w?.reasons ?? [],
  };
}

export const arrivalHandlers: HandlerGroup<'markVisitorLeft' | 'assignVisitor'> = (deps) => ({
  markVisitorLeft: (input) =>
    withDay(deps, (tx) => {
      if (!tx.state.waiting.some((w) => w.visitId === input.visitId)) fail('conflict', '该访客已不在等候名单中');
      tx.append({ type: 'visitor_left', visitId: input.visitId, note: null }, null);
      return null;
    }),

  assignVisitor: (input, call) => {
    const actor = actorOf(call);
    return withDay(deps, (tx) => {
      const checked = manualAssignment(tx.state, input.visitId, input.consultantId, actor.name, input.note, tx.ctx);
      if (!checked.ok) return fail('conflict', checked.error);
      tx.append(checked.value, actor.id);
      tx.settle();
      return decisionFor(deps, tx, input.visitId);
    });
  },
});
