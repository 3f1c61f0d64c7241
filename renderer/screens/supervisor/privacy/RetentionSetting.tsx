import { useEffect, useState } from 'react';
import type { RetentionView } from '../../../../electron/api/privacy-types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { useOfficeTime } from '../../../lib/use-office-time';
import { sessionStore, toastStore } from '../../../stores';

/** 保存期限: how many years a non-buyer's registrations are kept, and when the daily purge last ran. */
export function RetentionSetting() {
  const t = useT();
  const time = useOfficeTime();
  const [view, setView] = useState<RetentionView | null>(null);
  const [years, setYears] = useState('');
  const [error, setError] = useState<string | null>(null);

  const show = (next: RetentionView) => {
    setView(next);
    setYears(String(next.years));
    setError(null);
  };

  useEffect(() => {
    let live = true;
    sessionStore
      .getState()
      .authorized((token) => api.getRetention({ token }))
      .then((next) => live && show(next))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, []);

  const save = async () => {
    try {
      const saved = await sessionStore
        .getState()
        .authorized((token) => api.setRetention({ token, years: Number(years) }));
      show(saved);
      toastStore.getState().show(t('privacy.retention.saved', { years: saved.years }));
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section className="panel privacy__retention" aria-label={t('privacy.retention.title')}>
      <h2 className="panel__title">{t('privacy.retention.title')}</h2>
      {view && <p>{t('privacy.retention.text', { years: view.years })}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {view && (
        <>
          <div className="privacy__row">
            <label className="privacy__years">
              {t('privacy.retention.years')}
              <input
                type="number"
                min={view.min}
                max={view.max}
                value={years}
                onChange={(e) => setYears(e.target.value)}
              />
            </label>
            <button type="button" className="btn btn--secondary" onClick={() => void save()}>
              {t('privacy.retention.save')}
            </button>
          </div>
          <p className="privacy__hint">
            {view.lastPurge
              ? t('privacy.retention.lastPurge', {
                  when: `${time.day(view.lastPurge.at)} ${time.clock(view.lastPurge.at)}`,
                  erased: view.lastPurge.erased,
                })
              : t('privacy.retention.neverPurged')}
          </p>
        </>
      )}
    </section>
  );
}
