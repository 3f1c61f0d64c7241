import type { PolicyView, Preset, RotationPolicy } from '../../electron/api/types';

export type PolicyKey = keyof RotationPolicy;
export type PresetId = Preset['id'];

/** Every setting a preset ends up with (the view carries them resolved). */
export function presetValues(view: PolicyView, id: PresetId): RotationPolicy {
  return (view.presets.find((p) => p.id === id) ?? view.presets[0] ?? { resolved: view.resolved }).resolved;
}

/** The settings that differ from the chosen preset — what `setPolicy` calls overrides. */
export function overridesOf(view: PolicyView, id: PresetId, draft: RotationPolicy): Partial<RotationPolicy> {
  const preset = presetValues(view, id);
  return Object.fromEntries(
    (Object.keys(draft) as PolicyKey[]).filter((k) => preset[k] !== draft[k]).map((k) => [k, draft[k]]),
  );
}
