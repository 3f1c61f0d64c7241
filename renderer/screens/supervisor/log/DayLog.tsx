import { useEffect, useState } from 'react';
import type { DayLogEntry } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useBilingual, useT } from '../../../i18n';
import { ReasonList } from '../../../components/ReasonList';
import { errorText } from '../../../lib/errors';
import { useOfficeTime } from '../../../lib/use-office-time';
import { sessionStore, useBoardStore } from '../../../stores';

/** 今日记录: every event of the day, newest first, with who did it and why — refreshed as the board changes. */
export function DayLog() {
  const t = useT();
  const time = useOfficeTime();
  const text = useBilingual();
  const version = useBoardStore((s) => s.board?.version ?? 0);
  const [entries, setEntries] = useState<DayLogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    sessionStore
      .getState()
      .authorized((token) => api.getDayLog({ token }))
      .then((list) => live && (setEntries([...list].reverse()), setError(null)))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [version]);

  if (!entries)
    return (
      <p className={error ? 'error' : ''} role={error ? 'alert' : undefined}>
        {error ?? t('app.loading')}
      </p>
    );
  return (
    <div className="daylog">
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="panel__empty">{t('log.empty')}</p>
      ) : (
        <table className="daylog__table">
          <thead>
            <tr>
              <th scope="col">{t('log.time')}</th>
              <th scope="col">{t('log.who')}</th>
              <th scope="col">{t('log.what')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="daylog__time">{time.clock(e.at)}</td>
                <td>{e.actor ?? t('log.system')}</td>
                <td>
                  <span className="daylog__summary">{text(e.summary)}</span>
                  <ReasonList reasons={e.reasons} className="reasons--small" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
