import { useEffect, useState } from 'react';
import type { OfficeProfile } from '../../../../electron/api/people-types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { TextField } from '../../../components/TextField';
import { errorText } from '../../../lib/errors';
import { Stepper } from '../../../components/Stepper';
import { kioskStore, sessionStore, toastStore } from '../../../stores';

type Orientation = OfficeProfile['sheetOrientation'];

interface Props {
  /** Called after a save: the rules page prints the office's names. */
  onSaved: () => void;
}

/** 案场信息: the names on every printed page, and which way the daily sheet is printed. */
export function OfficeProfileForm({ onSaved }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<OfficeProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    sessionStore
      .getState()
      .authorized((token) => api.getOfficeProfile({ token }))
      .then((p) => live && setDraft(p))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, []);

  const save = async (profile: OfficeProfile) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await sessionStore.getState().authorized((token) => api.setOfficeProfile({ token, ...profile }));
      setDraft(saved);
      kioskStore.getState().setIdleMinutes(saved.idleMinutes);
      toastStore.getState().show(t('people.profile.saved'));
      onSaved();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel office-profile" aria-label={t('people.profile.title')}>
      <h2 className="panel__title">{t('people.profile.title')}</h2>
      <p className="office-profile__hint">{t('people.profile.hint')}</p>
      {draft ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void save(draft);
          }}
        >
          <div className="office-profile__names">
            <TextField
              label={t('people.profile.officeName')}
              value={draft.officeName}
              maxLength={60}
              required
              onChange={(officeName) => setDraft({ ...draft, officeName })}
            />
            <TextField
              label={t('people.profile.projectName')}
              value={draft.projectName}
              maxLength={60}
              onChange={(projectName) => setDraft({ ...draft, projectName })}
            />
          </div>
          <ChoiceGroup<Orientation>
            label={t('people.profile.orientation')}
            showLabel
            value={draft.sheetOrientation}
            onChange={(sheetOrientation) => setDraft({ ...draft, sheetOrientation })}
            choices={[
              { value: 'portrait', label: t('people.profile.portrait') },
              { value: 'landscape', label: t('people.profile.landscape') },
            ]}
          />
          <div className="field">
            <span className="field__label">{t('people.profile.idleMinutes')}</span>
            <Stepper
              label={t('people.profile.idleMinutes')}
              value={draft.idleMinutes}
              min={1}
              max={30}
              onChange={(idleMinutes) => setDraft({ ...draft, idleMinutes })}
            />
            <span className="field__hint">{t('people.profile.idleHint')}</span>
          </div>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {t('people.profile.save')}
            </button>
          </div>
        </form>
      ) : (
        <p className={error ? 'error' : ''} role={error ? 'alert' : undefined}>
          {error ?? t('app.loading')}
        </p>
      )}
    </section>
  );
}
