import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { toastStore, useToastStore } from '../stores';

/** Confirmations and errors that have no field to sit next to, at the bottom where the hands are. */
export function Toasts() {
  const t = useT();
  const toasts = useToastStore(useShallow((s) => s.toasts));
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast--${toast.tone}`}
          role={toast.tone === 'error' ? 'alert' : undefined}
        >
          <span>{toast.text}</span>
          <button type="button" className="btn btn--ghost" onClick={() => toastStore.getState().dismiss(toast.id)}>
            {t('app.close')}
          </button>
        </div>
      ))}
    </div>
  );
}
