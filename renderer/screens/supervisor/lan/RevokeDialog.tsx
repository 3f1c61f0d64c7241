import { useState } from 'react';
import type { LanDevice, LanView } from '../../../../electron/api/lan-types';
import { api } from '../../../api';
import { DialogActions } from '../../../components/DialogActions';
import { Modal } from '../../../components/Modal';
import { useT } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { sessionStore, toastStore } from '../../../stores';

/** 撤销: asked once, since the device is cut off at once. */
export function RevokeDialog({
  device,
  onClose,
  onRevoked,
}: {
  device: LanDevice;
  onClose: () => void;
  onRevoked: (view: LanView) => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoke = async () => {
    setBusy(true);
    try {
      const view = await sessionStore
        .getState()
        .authorized((token) => api.revokeLanDevice({ token, deviceId: device.id }));
      toastStore.getState().show(t('lan.revokedToast', { name: device.name }));
      onRevoked(view);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('lan.revokeTitle', { name: device.name })} onClose={onClose}>
      <p>{t('lan.revokeText')}</p>
      <DialogActions
        confirmLabel={t('lan.revokeConfirm')}
        onCancel={onClose}
        onConfirm={() => void revoke()}
        disabled={busy}
        danger
        error={error}
      />
    </Modal>
  );
}
