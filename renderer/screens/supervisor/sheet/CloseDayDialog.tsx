import { useState } from 'react';
import { useT } from '../../../i18n';
import { DialogActions } from '../../../components/DialogActions';
import { Modal } from '../../../components/Modal';
import { dailySheetStore, toastStore } from '../../../stores';

/** 日结 asks once more: after it, the day's sheet changes only by recorded corrections. */
export function CloseDayDialog({ day, onClose }: { day: string; onClose: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    await dailySheetStore.getState().closeDay();
    const { view } = dailySheetStore.getState();
    if (view?.closed) toastStore.getState().show(t('dailySheet.closedToast', { day, code: view.closed.fingerprint }));
    onClose();
  };
  return (
    <Modal title={t('dailySheet.closeTitle', { day })} onClose={onClose}>
      <p className="sheet-close__text">{t('dailySheet.closeText')}</p>
      <DialogActions
        confirmLabel={t('dailySheet.closeConfirm')}
        onCancel={onClose}
        onConfirm={() => void confirm()}
        disabled={busy}
        danger
      />
    </Modal>
  );
}
