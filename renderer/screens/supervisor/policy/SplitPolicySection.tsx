import { useEffect, useState } from 'react';
import type { SplitPolicyView } from '../../../../electron/api/disputes-types';
import type { SplitPolicy, SplitPresetId } from '../../../../electron/domain/policy';
import { api } from '../../../api';
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
      <div className="presets" role="radiogroup" aria-label={t('disputes.split.presets')}>
        {view.presets.map((p) => (
          <button
            key={p.id}
            type="button"
            role="radio"
            aria-checked={preset === p.id}
            className="preset-card"
            onClick={() => (setPreset(p.id), setDraft(p.resolved))}
          >
            <span className="preset-card__name">{text(p)}</span>
            <span className="preset-card__desc">{text({ zh: p.descriptionZh, en: p.descriptionEn })}</span>
          </button>
        ))}
      </div>
      <div className="policy__fields">
        {RULES.map((r) => (
          <div key={r.key} className="policy-field" role="radiogroup" aria-label={t(r.question)}>
            <p className="policy-field__q">
              {t(r.question)}{' '}
              {r.key in overrides && <span className="tag tag--override">{t('policy.overridden')}</span>}
            </p>
            <div className="segmented">
              {r.options.map((o) => (
                <button
                  key={o.value}
                  type="button"
                  role="radio"
                  aria-checked={draft[r.key] === o.value}
                  className="btn btn--toggle"
                  onClick={() => setDraft({ ...draft, [r.key]: o.value })}
                >
                  {t(o.label)}
                </button>
              ))}
            </div>
          </div>
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
