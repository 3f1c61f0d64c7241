import { getClientRecord } from '../../db/queries/clients';
import { insertOwnershipChange } from '../../db/queries/ownership-changes';
import { getRuling, insertRuling, listRulings, mergeClientInto, type RulingRow } from '../../db/queries/rulings';
import type { RulingView } from '../api/disputes-types';
import { fail } from '../api/errors';
import { rulingNumber } from '../documents/ruling';
import { planRuling } from '../domain/disputes/ruling';
import { nameOf } from '../domain/ownership/people';
import { clashView, findOpenClashes } from './clashes';
import { moveClient, refreshClientKeys } from './client-registry';
import type { Actor, Deps } from './deps';
import { loadPeople } from './people';

export interface ClashDecision {
  key: string;
  ownerId: number;
  note: string;
}

/**
 * A supervisor's ruling on an open clash, in one transaction: the clash is found afresh (so a ruling on a clash
 * that is gone, or was ruled on meanwhile, is refused), the records follow the ruling — merged, moved, or left —
 * and the ruling is filed with the clash as it was shown, who decided, when and why.
 */
export function decideClash(deps: Deps, decision: ClashDecision, actor: Actor): RulingView {
  const id = deps.db
    .transaction(() => {
      const clash =
        findOpenClashes(deps).find((c) => c.key === decision.key) ??
        fail('not_found', '该撞单已裁定或已不存在,请刷新列表');
      const { people } = loadPeople(deps.db);
      const verdict = planRuling({
        clash,
        ownerId: decision.ownerId,
        note: decision.note,
        supervisor: { id: actor.id ?? 0, name: actor.name },
        people,
      });
      if (!verdict.ok) return fail('invalid_input', verdict.reasons.map((r) => r.zh).join(';'));
      const at = deps.clock.now();
      const { action } = verdict;
      const clientId = action.kind === 'merge' ? action.winnerId : action.clientId;
      const rulingId = insertRuling(deps.db, {
        clashKey: clash.key,
        kind: clash.kind,
        clientId,
        ownerId: verdict.ownerId,
        otherId: verdict.otherId,
        action: action.kind,
        note: decision.note.trim(),
        decidedBy: actor.id ?? 0,
        decidedAt: at,
        // As shown, names and masked phones included: the merged record is about to go, the printed ruling stays.
        clash: clashView(deps.db, clash, people),
        reasons: verdict.reasons,
      });
      if (action.kind === 'merge') {
        mergeClientInto(deps.db, action.loserId, action.winnerId, rulingId);
        refreshClientKeys(deps.db, action.winnerId);
        // The duplicate's history now reads on the winner's record (its first contact with the other side);
        // the ruling closes it, so the history ends with the owner the supervisor decided.
        insertOwnershipChange(deps.db, {
          clientId: action.winnerId,
          fromId: verdict.otherId,
          toId: verdict.ownerId,
          at,
          actorId: actor.id,
          kind: 'override',
          reasons: verdict.reasons,
        });
      } else if (action.kind === 'setOwner') {
        moveClient(
          deps.db,
          { clientId: action.clientId, toId: action.toId, at, actorId: actor.id, kind: 'override' },
          verdict.reasons,
        );
      }
      return rulingId;
    })
    .immediate();
  return rulingView(deps, getRuling(deps.db, id) ?? fail('internal', '裁定未能保存'));
}

export function rulingView(deps: Deps, r: RulingRow): RulingView {
  const { people } = loadPeople(deps.db);
  const person = (id: number) => ({ id, name: nameOf(people, id) });
  const client = getClientRecord(deps.db, r.clientId);
  return {
    id: r.id,
    number: rulingNumber(r.id),
    clashKey: r.clashKey,
    kind: r.kind,
    action: r.action,
    client: client ? { id: client.id, ref: client.ref, name: client.name } : null,
    owner: person(r.ownerId),
    other: person(r.otherId),
    note: r.note,
    decidedBy: person(r.decidedBy),
    decidedAt: r.decidedAt,
    reasons: r.reasons,
    clash: r.clash,
  };
}

export function listRulingViews(deps: Deps): RulingView[] {
  return listRulings(deps.db).map((r) => rulingView(deps, r));
}
