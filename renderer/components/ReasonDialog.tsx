import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { errorText } from '../lib/errors';
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
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="form__actions">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={!canConfirm}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
