import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { errorText } from '../lib/errors';
import { DialogActions } from './DialogActions';
import { Modal } from './Modal';

interface Props {
  title: string;
  confirmLabel: string;
  /** Throws to keep the dialog open with the message; what was typed stays. */
  onConfirm: (note: string) => Promise<void>;
  onClose: () => void;
  /** Extra choices above the reason (e.g. which consultant). */
  children?: ReactNode;
  ready?: boolean;
}

/** Every supervisor act is recorded with why: the dialog will not confirm without a reason. */
export function ReasonDialog({ title, confirmLabel, onConfirm, onClose, children, ready = true }: Props) {
  const t = useT();
  const fieldId = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canConfirm = ready && note.trim() !== '' && !busy;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(note.trim());
      onClose();
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <Modal title={title} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (canConfirm) void confirm();
        }}
      >
        {children}
        <label className="field" htmlFor={fieldId}>
          <span className="field__label">{t('app.reason')}</span>
          <textarea
            id={fieldId}
            className="input input--area"
            value={note}
            placeholder={t('app.reasonPlaceholder')}
            maxLength={500}
            required
            autoFocus
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <DialogActions confirmLabel={confirmLabel} onCancel={onClose} disabled={!canConfirm} error={error} />
      </form>
    </Modal>
  );
}
