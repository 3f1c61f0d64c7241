import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { errorText } from '../lib/errors';

/** How long a revealed number stays on screen before it is masked again. */
export const REVEAL_MS = 30_000;

interface Props {
  /** 138****5678, as every result gives it. */
  masked: string[];
  /** Whose numbers: names the button for a screen reader. */
  name: string;
  /** Asks the backend for the whole numbers (role-checked and logged there). */
  reveal: () => Promise<string[]>;
}

/** A mobile as people read it aloud: 139 0000 0001. */
const readable = (phone: string) =>
  /^1\d{10}$/.test(phone) ? phone.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3') : phone;

/**
 * 显示号码: a client's phones masked, and the whole numbers for 30 seconds at the press of a button —
 * long enough to dial, short enough not to stay on a screen the next visitor can see.
 */
export function PhoneReveal({ masked, name, reveal }: Props) {
  const t = useT();
  const [shown, setShown] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (shown === null) return;
    const timer = setTimeout(() => setShown(null), REVEAL_MS);
    return () => clearTimeout(timer);
  }, [shown]);

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      setShown(await reveal());
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="phone-reveal">
      <span className={`phone-reveal__number ${shown ? 'phone-reveal__number--full' : ''}`} aria-live="polite">
        {(shown ? shown.map(readable) : masked).join(' / ')}
      </span>
      {shown ? (
        <>
          <span className="phone-reveal__hint">{t('pipl.reveal.autoHide')}</span>
          <button type="button" className="btn btn--secondary" onClick={() => setShown(null)}>
            {t('pipl.reveal.hide')}
          </button>
        </>
      ) : (
        masked.length > 0 && (
          <button
            type="button"
            className="btn btn--secondary"
            aria-label={t('pipl.reveal.showFor', { name })}
            disabled={busy}
            onClick={() => void show()}
          >
            {t('pipl.reveal.show')}
          </button>
        )
      )}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
