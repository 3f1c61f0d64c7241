import { useT } from '../i18n';

interface Props {
  confirmLabel: string;
  onCancel: () => void;
  /** Without it the confirm button submits the form the actions close. */
  onConfirm?: () => void;
  disabled?: boolean;
  /** An act that replaces data (restoring a backup) is red, not the usual blue. */
  danger?: boolean;
  /** Why the last try was refused, read out above the buttons; the dialog stays open. */
  error?: string | null;
}

/** The end of a dialog: the refusal if any, then 取消 and the act it confirms. */
export function DialogActions({ confirmLabel, onCancel, onConfirm, disabled = false, danger = false, error }: Props) {
  const t = useT();
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button
          type={onConfirm ? 'button' : 'submit'}
          className={danger ? 'btn btn--danger' : 'btn btn--primary'}
          disabled={disabled}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </>
  );
}
