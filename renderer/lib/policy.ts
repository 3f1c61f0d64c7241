import type { PolicyView, Preset, OfficePolicy } from '../../electron/api/types';

export type PolicyKey = keyof OfficePolicy;
export type PresetId = Preset['id'];

/** Every setting a preset ends up with (the view carries them resolved). */
export function presetValues(view: PolicyView, id: PresetId): OfficePolicy {
  return (view.presets.find((p) => p.id === id) ?? view.presets[0] ?? { resolved: view.resolved }).resolved;
}

/** The settings that differ from the chosen preset — what `setPolicy` calls overrides. */
export function overridesOf(view: PolicyView, id: PresetId, draft: OfficePolicy): Partial<OfficePolicy> {
  const preset = presetValues(view, id);
  return Object.fromEntries(
    (Object.keys(draft) as PolicyKey[]).filter((k) => preset[k] !== draft[k]).map((k) => [k, draft[k]]),
  );
}
