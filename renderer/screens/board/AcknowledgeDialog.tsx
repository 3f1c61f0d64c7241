import { useState } from 'react';
import type { OwnerAlert } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { Modal } from '../../components/Modal';
import { PinPad } from '../../components/PinPad';
import { errorText } from '../../lib/errors';
import { useVisitorLabel } from '../../lib/use-visitor-label';
import { toastStore } from '../../stores';

interface Props {
  alert: OwnerAlert;
  ownerName: string;
  onClose: () => void;
}

/** The owner confirms they have seen the alert: their PIN, so the record says who acknowledged it. */
export function AcknowledgeDialog({ alert, ownerName, onClose }: Props) {
  const t = useT();
  const label = useVisitorLabel()(alert.visitor);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const acknowledge = async (pin: string) => {
    setBusy(true);
    try {
      await api.acknowledgeAlert({ consultantId: alert.consultantId, pin, alertId: alert.alertId });
      toastStore.getState().show(t('alerts.acked', { name: ownerName, label }));
      onClose();
    } catch (err) {
      setError(errorText(err));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };

  return (
    <Modal title={t('alerts.ackFor', { name: ownerName, label })} onClose={onClose}>
      <div className="ack">
        <PinPad
          key={attempt}
          title={t('alerts.ackTitle', { name: ownerName })}
          error={error}
          busy={busy}
          onSubmit={(pin) => void acknowledge(pin)}
        />
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('app.cancel')}
        </button>
      </div>
    </Modal>
  );
}
