import { useEffect, useState } from 'react';
import type { BackupFile, BackupsView } from '../../../../electron/api/backup-types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { useOfficeTime } from '../../../lib/use-office-time';
import { sessionStore, toastStore, useSessionStore } from '../../../stores';
import { RestoreDialog } from './RestoreDialog';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** 备份: the day's automatic backups, 立即备份, how many are kept, the nightly check, and restoring one. */
export function BackupsPanel() {
  const t = useT();
  const time = useOfficeTime();
  const [view, setView] = useState<BackupsView | null>(null);
  const [keep, setKeep] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  // Restoring and how many are kept are the admin's; a supervisor backs up and reads.
  const isAdmin = useSessionStore((s) => s.session?.methods.includes('restoreBackup') ?? false);

  const show = (next: BackupsView) => {
    setView(next);
    setKeep(String(next.keep));
    setError(null);
    return next;
  };
  const run = async (call: (token: string) => Promise<BackupsView>) => {
    try {
      return show(await sessionStore.getState().authorized(call));
    } catch (err) {
      setError(errorText(err));
      return null;
    }
  };

  useEffect(() => {
    let live = true;
    sessionStore
      .getState()
      .authorized((token) => api.listBackups({ token }))
      .then((next) => live && (setView(next), setKeep(String(next.keep))))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, []);

  const backUpNow = async () => {
    setBusy(true);
    try {
      const made = await sessionStore.getState().authorized((token) => api.backUpNow({ token }));
      toastStore.getState().show(t('backups.backedUp', { file: made.fileName }));
      await run((token) => api.listBackups({ token }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const saveKeep = async () => {
    const saved = await run((token) => api.setBackupKeep({ token, keep: Number(keep) }));
    if (saved) toastStore.getState().show(t('backups.keepSaved', { keep: saved.keep }));
  };

  if (!view)
    return (
      <p className={error ? 'error' : ''} role={error ? 'alert' : undefined}>
        {error ?? t('app.loading')}
      </p>
    );
  const check = view.lastIntegrityCheck;
  return (
    <section className="panel backups" aria-label={t('backups.title')}>
      <h2 className="panel__title">{t('backups.title')}</h2>
      <p className="backups__intro">{t('backups.intro')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <dl className="backups__facts">
        <dt>{t('backups.folder')}</dt>
        <dd className="backups__folder">{view.folder}</dd>
        <dt>{t('backups.integrity')}</dt>
        <dd className={check && !check.ok ? 'error' : undefined}>
          {!check
            ? t('backups.integrityNever')
            : check.ok
              ? t('backups.integrityOk', { when: `${time.day(check.at)} ${time.clock(check.at)}` })
              : t('backups.integrityBad', {
                  when: `${time.day(check.at)} ${time.clock(check.at)}`,
                  problems: check.problems.join(';'),
                })}
        </dd>
      </dl>
      <div className="backups__actions">
        <button type="button" className="btn btn--primary btn--xl" disabled={busy} onClick={() => void backUpNow()}>
          {busy ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
        {isAdmin ? (
          <>
            <label className="backups__keep">
              {t('backups.keep')}
              <input type="number" min={1} max={365} value={keep} onChange={(e) => setKeep(e.target.value)} />
            </label>
            <button type="button" className="btn btn--secondary" onClick={() => void saveKeep()}>
              {t('backups.keepSave')}
            </button>
          </>
        ) : (
          <p className="backups__hint">{t('backups.adminOnly', { keep: view.keep })}</p>
        )}
      </div>
      {isAdmin && !view.canRestore && <p className="backups__hint">{t('backups.restoreCli')}</p>}
      {view.backups.length === 0 ? (
        <p className="panel__empty">{t('backups.empty')}</p>
      ) : (
        <table className="backups__table">
          <thead>
            <tr>
              <th scope="col">{t('backups.taken')}</th>
              <th scope="col">{t('backups.kind')}</th>
              <th scope="col">{t('backups.size')}</th>
              {isAdmin && view.canRestore && <th scope="col" aria-label={t('backups.restore')} />}
            </tr>
          </thead>
          <tbody>
            {view.backups.map((b) => (
              <tr key={b.fileName}>
                <td title={b.fileName}>{b.taken}</td>
                <td>{t(`backups.kinds.${b.kind}`)}</td>
                <td>{megabytes(b.bytes)}</td>
                {isAdmin && view.canRestore && (
                  <td>
                    <button type="button" className="btn btn--secondary" onClick={() => setRestoring(b)}>
                      {t('backups.restore')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </section>
  );
}
