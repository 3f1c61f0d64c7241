import { getSetting, setSetting } from '../../../db/queries/settings';
import { PRESETS, resolvePolicy, type PolicyChoice } from '../../domain/policy';
import { withDay } from '../../services/day-tx';
import type { Deps } from '../../services/deps';
import { actorOf, type HandlerGroup } from '../handler-types';
import type { PolicyView } from '../types';

function view(deps: Deps): PolicyView {
  const choice = getSetting(deps.db, 'policy');
  return {
    choice,
    resolved: resolvePolicy(choice),
    presets: Object.values(PRESETS).map((p) => ({ ...p, resolved: resolvePolicy({ preset: p.id, overrides: {} }) })),
  };
}

export const policyHandlers: HandlerGroup<'getPolicy' | 'setPolicy'> = (deps) => ({
  getPolicy: () => view(deps),

  /** A preset switch applies to today's rotation at once and to every day after; it is logged with its reason. */
  setPolicy: (input, call) => {
    const actor = actorOf(call);
    const choice: PolicyChoice = { preset: input.preset, overrides: input.overrides };
    withDay(deps, (tx) => {
      setSetting(deps.db, 'policy', choice);
      tx.append({ type: 'policy_changed', policy: choice, note: input.note }, actor.id);
      tx.settle();
    });
    return view(deps);
  },
});
