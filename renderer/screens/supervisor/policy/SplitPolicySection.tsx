import { useEffect, useState } from 'react';
import type { SplitPolicyView } from '../../../../electron/api/disputes-types';
import type { SplitPolicy, SplitPresetId } from '../../../../electron/domain/policy';
import { api } from '../../../api';
import { RadioGroup } from '../../../components/RadioGroup';
import { SegmentedChoice } from '../../../components/SegmentedChoice';
import { useBilingual, useT, type MessageKey } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { sessionStore, toastStore } from '../../../stores';

type SplitKey = keyof SplitPolicy;

/** Each split rule as the question a supervisor would ask, the answers in plain words. */
const RULES: { key: SplitKey; question: MessageKey; options: { value: string; label: MessageKey }[] }[] = [
  {
    key: 'split.otherCloses',
    question: 'disputes.split.otherCloses.q',
    options: [
      { value: 'half', label: 'disputes.split.otherCloses.half' },
      { value: 'twoThirds', label: 'disputes.split.otherCloses.twoThirds' },
      { value: 'seventy', label: 'disputes.split.otherCloses.seventy' },
    ],
  },
  {
    key: 'split.ownerWithoutFollowUps',
    question: 'disputes.split.ownerWithoutFollowUps.q',
    options: [
      { value: 'sameSplit', label: 'disputes.split.ownerWithoutFollowUps.sameSplit' },
      { value: 'twenty', label: 'disputes.split.ownerWithoutFollowUps.twenty' },
    ],
  },
];

/** The settings that differ from the chosen preset: what setSplitPolicy calls overrides. */
function overridesOf(view: SplitPolicyView, preset: SplitPresetId, draft: SplitPolicy): Partial<SplitPolicy> {
  const base = view.presets.find((p) => p.id === preset)?.resolved ?? view.resolved;
  return Object.fromEntries(RULES.filter((r) => base[r.key] !== draft[r.key]).map((r) => [r.key, draft[r.key]]));
}

/** 分单规则: its own presets beside the rotation's, saved on their own (they decide sales, not the day's queue). */
export function SplitPolicySection() {
  const t = useT();
  const text = useBilingual();
  const [view, setView] = useState<SplitPolicyView | null>(null);
  const [preset, setPreset] = useState<SplitPresetId>('halves');
  const [draft, setDraft] = useState<SplitPolicy | null>(null);
  const [error, setError] = useState<string | null>(null);

  const adopt = (v: SplitPolicyView) => {
    setView(v);
    setPreset(v.choice.preset);
    setDraft(v.resolved);
  };
  useEffect(() => {
    sessionStore
      .getState()
      .authorized((token) => api.getSplitPolicy({ token }))
      .then(adopt)
      .catch((err: unknown) => setError(errorText(err)));
  }, []);

  if (!view || !draft) return error ? <p className="error">{error}</p> : null;
  const overrides = overridesOf(view, preset, draft);
  const save = () =>
    sessionStore
      .getState()
      .authorized((token) => api.setSplitPolicy({ token, preset, overrides }))
      .then((v) => (adopt(v), toastStore.getState().show(t('disputes.split.saved'))))
      .catch((err: unknown) => setError(errorText(err)));

  return (
    <section className="policy__section" aria-label={t('disputes.split.title')}>
      <h2 className="panel__title">{t('disputes.split.title')}</h2>
      <RadioGroup
        label={t('disputes.split.presets')}
        className="presets"
        optionClassName="preset-card"
        choices={view.presets.map((p) => ({
          value: p.id,
          label: (
            <>
              <span className="preset-card__name">{text(p)}</span>
              <span className="preset-card__desc">{text({ zh: p.descriptionZh, en: p.descriptionEn })}</span>
            </>
          ),
        }))}
        value={preset}
        onChange={(id) => {
          const chosen = view.presets.find((p) => p.id === id);
          if (!chosen) return;
          setPreset(chosen.id);
          setDraft(chosen.resolved);
        }}
      />
      <div className="policy__fields">
        {RULES.map((r) => (
          <SegmentedChoice
            key={r.key}
            className="policy-field"
            label={t(r.question)}
            question={
              <p className="policy-field__q">
                {t(r.question)}{' '}
                {r.key in overrides && <span className="tag tag--override">{t('policy.overridden')}</span>}
              </p>
            }
            choices={r.options.map((o) => ({ value: o.value, label: t(o.label) }))}
            value={draft[r.key]}
            onChange={(v) => setDraft({ ...draft, [r.key]: v })}
          />
        ))}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="btn btn--primary" onClick={() => void save()}>
        {t('disputes.split.save')}
      </button>
    </section>
  );
}
