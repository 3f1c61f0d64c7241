import { useCallback, useEffect, useState } from 'react';
import type { PolicyView, OfficePolicy } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { errorText } from '../../../lib/errors';
import { overridesOf, presetValues, type PresetId } from '../../../lib/policy';
import { sessionStore, toastStore } from '../../../stores';
import { PolicyChoiceField, PolicyNumberField } from './PolicyField';
import { PresetCards } from './PresetCards';
import { SplitPolicySection } from './SplitPolicySection';
import { CHOICE_SETTINGS, OWNERSHIP_CHOICES, OWNERSHIP_NUMBERS, RETURN_WINDOW } from './settings';

/** The rotation's rules, then who owns a client: the two halves of the office's rules. */
const SECTIONS = [
  { title: 'policy.sections.rotation', choices: CHOICE_SETTINGS, numbers: [RETURN_WINDOW] },
  { title: 'policy.sections.ownership', choices: OWNERSHIP_CHOICES, numbers: OWNERSHIP_NUMBERS },
] as const;

/** 接待规则: pick a preset, adjust single rules, save with a reason (applies to today at once). */
export function PolicyEditor() {
  const t = useT();
  const [view, setView] = useState<PolicyView | null>(null);
  const [preset, setPreset] = useState<PresetId>('default');
  const [draft, setDraft] = useState<OfficePolicy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const adopt = useCallback((v: PolicyView) => {
    setView(v);
    setPreset(v.choice.preset);
    setDraft(v.resolved);
  }, []);

  useEffect(() => {
    sessionStore
      .getState()
      .authorized((token) => api.getPolicy({ token }))
      .then(adopt)
      .catch((err: unknown) => setError(errorText(err)));
  }, [adopt]);

  if (!view || !draft)
    return (
      <p className={error ? 'error' : ''} role={error ? 'alert' : undefined}>
        {error ?? t('app.loading')}
      </p>
    );
  const overrides = overridesOf(view, preset, draft);
  const set = (key: keyof OfficePolicy, value: string | number | boolean) => setDraft({ ...draft, [key]: value });

  const save = async (note: string) => {
    const saved = await sessionStore
      .getState()
      .authorized((token) => api.setPolicy({ token, preset, overrides, note }));
    adopt(saved);
    toastStore.getState().show(t('policy.saved'));
  };

  return (
    <div className="policy">
      <PresetCards
        presets={view.presets}
        chosen={preset}
        onChoose={(id) => {
          setPreset(id);
          setDraft(presetValues(view, id));
        }}
      />
      {SECTIONS.map((section) => (
        <section key={section.title} className="policy__section" aria-label={t(section.title)}>
          <h2 className="panel__title">{t(section.title)}</h2>
          <div className="policy__fields">
            {section.choices.map((s) => (
              <PolicyChoiceField
                key={s.key}
                setting={s}
                value={draft[s.key]}
                overridden={s.key in overrides}
                onChange={(v) => set(s.key, v)}
              />
            ))}
            {section.numbers.map((s) => (
              <PolicyNumberField
                key={s.key}
                setting={s}
                value={draft[s.key]}
                overridden={s.key in overrides}
                onChange={(v) => set(s.key, v)}
              />
            ))}
          </div>
        </section>
      ))}
      <SplitPolicySection />
      <div className="action-bar">
        <div className="action-bar__row">
          <button type="button" className="btn btn--secondary" onClick={() => adopt(view)}>
            {t('roster.discard')}
          </button>
          <button type="button" className="btn btn--primary btn--xl" onClick={() => setConfirming(true)}>
            {t('policy.save')}
          </button>
        </div>
      </div>
      {confirming && (
        <ReasonDialog
          title={t('policy.saveTitle')}
          confirmLabel={t('app.save')}
          onConfirm={save}
          onClose={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
