import type { PolicyView, Preset, RotationPolicy } from '../../electron/api/types';

export type PolicyKey = keyof RotationPolicy;
export type PresetId = Preset['id'];
/** Settings as edited: a key left out follows the chosen preset, value not known here (see `presetValues`). */
export type PolicyDraft = Partial<RotationPolicy>;

const keysOf = (p: Partial<RotationPolicy>) => Object.keys(p) as PolicyKey[];

/**
 * The values every preset starts from, as far as the view reveals them: a setting neither
 * overridden nor set by the current preset shows its base value in `resolved`. The view does not
 * carry the base values themselves, so a setting hidden by the current preset stays unknown.
 */
function knownBase(view: PolicyView): PolicyDraft {
  const current = view.presets.find((p) => p.id === view.choice.preset);
  const hidden = new Set([...keysOf(view.choice.overrides), ...keysOf(current?.values ?? {})]);
  return Object.fromEntries(Object.entries(view.resolved).filter(([k]) => !hidden.has(k as PolicyKey)));
}

export function presetValues(view: PolicyView, id: PresetId): PolicyDraft {
  return { ...knownBase(view), ...view.presets.find((p) => p.id === id)?.values };
}

/**
 * The settings that differ from the chosen preset — what `setPolicy` calls overrides. A setting
 * whose preset value is unknown here is sent as chosen, so the office gets what the screen showed.
 */
export function overridesOf(view: PolicyView, id: PresetId, draft: PolicyDraft): PolicyDraft {
  const preset = presetValues(view, id);
  return Object.fromEntries(
    keysOf(draft)
      .filter((k) => preset[k] === undefined || preset[k] !== draft[k])
      .map((k) => [k, draft[k]]),
  );
}
