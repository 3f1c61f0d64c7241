import { getRuling } from '../../../db/queries/rulings';
import { getSetting, setSetting } from '../../../db/queries/settings';
import { rulingDocument } from '../../documents/ruling';
import { resolveSplitPolicy, SPLIT_PRESETS, type SplitChoice } from '../../domain/policy';
import { clashView, findOpenClashes } from '../../services/clashes';
import type { Deps } from '../../services/deps';
import { listLapsingThisWeek, listPublicPool, reassignPoolClient } from '../../services/public-pool';
import { decideClash, listRulingViews, rulingView } from '../../services/rulings';
import { listSaleViews, previewSale, recordSale } from '../../services/sales';
import type { SplitPolicyView } from '../disputes-types';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';

function splitView(deps: Deps): SplitPolicyView {
  const choice = getSetting(deps.db, 'splitPolicy');
  return {
    choice,
    resolved: resolveSplitPolicy(choice),
    presets: Object.values(SPLIT_PRESETS).map((p) => ({
      ...p,
      resolved: resolveSplitPolicy({ preset: p.id, overrides: {} }),
    })),
  };
}

export const disputeHandlers: HandlerGroup<
  | 'listClashes'
  | 'decideClash'
  | 'listRulings'
  | 'getRulingDocument'
  | 'getSplitPolicy'
  | 'setSplitPolicy'
  | 'previewSale'
  | 'recordSale'
  | 'listSales'
  | 'listPublicPool'
  | 'reassignPoolClient'
  | 'listMyLapsing'
> = (deps) => ({
  listClashes: () => findOpenClashes(deps).map((c) => clashView(deps.db, c)),

  decideClash: (input, call) => decideClash(deps, input, actorOf(call)),

  listRulings: () => listRulingViews(deps),

  getRulingDocument: (input) => {
    const ruling = rulingView(deps, getRuling(deps.db, input.rulingId) ?? fail('not_found', '找不到该裁定'));
    return {
      html: rulingDocument({
        lang: input.lang,
        officeName: getSetting(deps.db, 'officeName'),
        projectName: getSetting(deps.db, 'projectName'),
        timeZone: getSetting(deps.db, 'timeZone'),
        ruling,
        sales: ruling.client ? listSaleViews(deps, ruling.client.id) : [],
      }).html,
    };
  },

  getSplitPolicy: () => splitView(deps),

  setSplitPolicy: (input) => {
    const choice: SplitChoice = { preset: input.preset, overrides: input.overrides };
    setSetting(deps.db, 'splitPolicy', choice);
    return splitView(deps);
  },

  previewSale: (input, call) => previewSale(deps, input, actorOf(call)),

  recordSale: (input, call) => recordSale(deps, input, actorOf(call)),

  listSales: () => listSaleViews(deps),

  listPublicPool: () => listPublicPool(deps),

  reassignPoolClient: (input, call) => {
    reassignPoolClient(deps, input, actorOf(call));
    deps.bus.emit('boardChanged', { version: 0 });
    return null;
  },

  listMyLapsing: (_input, call) => listLapsingThisWeek(deps, actorOf(call).id ?? 0),
});
