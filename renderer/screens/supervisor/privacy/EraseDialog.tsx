import { useState, type FormEvent } from 'react';
import type { ErasureReason, ErasureResult, PersonDataView } from '../../../../electron/api/privacy-types';
import { api } from '../../../api';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { DialogActions } from '../../../components/DialogActions';
import { Modal } from '../../../components/Modal';
import { TextField } from '../../../components/TextField';
import { useT } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { sessionStore } from '../../../stores';

/** Every ground the contract accepts (a missing one is a type error here), in the order they are offered. */
const REASONS = Object.keys({
  subjectRequest: true,
  consentWithdrawn: true,
  purposeFulfilled: true,
  unlawfullyCollected: true,
} satisfies Record<ErasureReason, true>) as ErasureReason[];

interface Props {
  phone: string;
  person: PersonDataView;
  onClose: () => void;
  onErased: (result: ErasureResult) => void;
}

/**
 * 删除: cannot be undone, so the number is typed a second time and the grounds chosen from a list — a
 * code, never words, so nothing about the person reaches the audit log.
 */
export function EraseDialog({ phone, person, onClose, onErased }: Props) {
  const t = useT();
  const [confirmPhone, setConfirmPhone] = useState('');
  const [reason, setReason] = useState<ErasureReason | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const erase = async (e: FormEvent) => {
    e.preventDefault();
    if (reason === null) return;
    setBusy(true);
    setError(null);
    try {
      onErased(
        await sessionStore
          .getState()
          .authorized((token) => api.erasePersonData({ token, phone, confirmPhone, reason })),
      );
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('privacy.eraseTitle', { phone: person.maskedPhone })} onClose={onClose}>
      <form className="form privacy__erase" onSubmit={(e) => void erase(e)}>
        <p>{t('privacy.eraseText')}</p>
        {person.sales > 0 && <p className="privacy__note">{t('privacy.saleKept')}</p>}
        <TextField
          label={t('privacy.confirmPhone')}
          value={confirmPhone}
          onChange={setConfirmPhone}
          inputMode="tel"
          autoComplete="off"
          maxLength={30}
          autoFocus
        />
        <ChoiceGroup
          label={t('privacy.reason')}
          showLabel
          choices={REASONS.map((r) => ({ value: r, label: t(`privacy.reasons.${r}`) }))}
          value={reason}
          onChange={setReason}
        />
        <DialogActions
          confirmLabel={busy ? t('privacy.erasing') : t('privacy.eraseConfirm')}
          onCancel={onClose}
          disabled={busy || reason === null || confirmPhone.trim() === ''}
          danger
          error={error}
        />
      </form>
    </Modal>
  );
}
