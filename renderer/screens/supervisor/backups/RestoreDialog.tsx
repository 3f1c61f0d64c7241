import { useState } from 'react';
import type { BackupFile, RestoreOutcome } from '../../../../electron/api/backup-types';
import { api } from '../../../api';
import { DialogActions } from '../../../components/DialogActions';
import { Modal } from '../../../components/Modal';
import { useT } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { sessionStore } from '../../../stores';

/** Restoring replaces today's data with the backup's: asked once more, and then the app starts again. */
export function RestoreDialog({ backup, onClose }: { backup: BackupFile; onClose: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<RestoreOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      setDone(
        await sessionStore.getState().authorized((token) => api.restoreBackup({ token, fileName: backup.fileName })),
      );
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  if (done)
    return (
      <Modal title={t('backups.restoreTitle', { taken: backup.taken })} onClose={() => undefined}>
        <p role="status" className="backups__done">
          {t(done.restart === 'relaunch' ? 'backups.restoredRelaunch' : 'backups.restoredManual', {
            file: done.keptAside,
          })}
        </p>
      </Modal>
    );
  return (
    <Modal title={t('backups.restoreTitle', { taken: backup.taken })} onClose={onClose}>
      <p>{t('backups.restoreText')}</p>
      <DialogActions
        confirmLabel={busy ? t('backups.restoring') : t('backups.restoreConfirm')}
        onCancel={onClose}
        onConfirm={() => void restore()}
        disabled={busy}
        danger
        error={error}
      />
    </Modal>
  );
}
