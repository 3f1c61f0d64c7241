import { useEffect, useState } from 'react';
import type { AuditEntryView, AuditPage } from '../../../../electron/api/audit-types';
import { api } from '../../../api';
import { useT, type MessageKey } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { useOfficeTime } from '../../../lib/use-office-time';
import { sessionStore } from '../../../stores';

const PAGE = 50;

/** 审计日志: the audit log, newest first, a page at a time, with whether the whole chain verifies. */
export function AuditLogPanel() {
  const t = useT();
  const time = useOfficeTime();
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null);
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = (beforeId: number | null) =>
    sessionStore
      .getState()
      .authorized((token) => api.listAuditLog({ token, limit: PAGE, beforeId }))
      .then((next) => {
        setPage(next);
        setEntries((shown) => [...(beforeId === null ? [] : (shown ?? [])), ...next.entries]);
        setError(null);
      })
      .catch((err: unknown) => setError(errorText(err)));

  useEffect(() => {
    void load(null);
  }, []);

  if (!entries || !page)
    return (
      <p className={error ? 'error' : ''} role={error ? 'alert' : undefined}>
        {error ?? t('app.loading')}
      </p>
    );
  const { chain } = page;
  return (
    <div className="daylog">
      <p className="audit__intro">{t('audit.intro')}</p>
      <p className={chain.ok ? 'audit__chain' : 'error'} role={chain.ok ? 'status' : 'alert'}>
        {chain.ok
          ? t('audit.chainOk', { count: chain.entries })
          : t('audit.chainBroken', { id: chain.brokenAt, message: chain.message })}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="panel__empty">{t('audit.empty')}</p>
      ) : (
        <table className="daylog__table">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="daylog__time">
                  {time.day(e.at)} {time.clock(e.at)}
                </td>
                <td>{e.actorName}</td>
                <td>{t(`audit.actions.${e.action}` as MessageKey)}</td>
                <td>{e.subject}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.nextBeforeId !== null && (
        <button type="button" className="btn btn--secondary audit__more" onClick={() => void load(page.nextBeforeId)}>
          {t('audit.more')}
        </button>
      )}
    </div>
  );
}
