import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';

const MIN = 4;
const MAX = 6;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

interface Props {
  title: string;
  onSubmit: (pin: string) => void;
  error?: string | null;
  busy?: boolean;
}

/**
 * A 4–6 digit PIN, masked, on large keys. Typing digits, Backspace and Enter on a keyboard does
 * the same as the keys. Remount (change `key`) to clear it after a refused PIN.
 */
export function PinPad({ title, onSubmit, error, busy = false }: Props) {
  const t = useT();
  const [pin, setPin] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const press = useCallback((d: string) => setPin((p) => (p.length < MAX ? p + d : p)), []);
  const back = useCallback(() => setPin((p) => p.slice(0, -1)), []);
  const ready = pin.length >= MIN && !busy;
  const submit = useCallback(() => {
    if (pin.length >= MIN && !busy) onSubmit(pin);
  }, [pin, busy, onSubmit]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An open dialog owns the keyboard, unless this keypad is in it.
      const dialog = document.querySelector('dialog[open]');
      if (dialog && !dialog.contains(root.current)) return;
      // Enter or Space on a focused key is that key's own click.
      if (e.target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
      if (/^\d$/.test(e.key)) press(e.key);
      else if (e.key === 'Backspace') back();
      else if (e.key === 'Enter') submit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [press, back, submit]);

  return (
    <div className="pinpad" ref={root}>
      <h2 className="pinpad__title">{title}</h2>
      <div className="pinpad__display" role="img" aria-label={t('pin.entered', { n: pin.length })}>
        {Array.from({ length: MAX }, (_, i) => (
          <span
            key={i}
            className={`pinpad__slot ${i < pin.length ? 'pinpad__slot--filled' : ''} ${i >= MIN ? 'pinpad__slot--optional' : ''}`}
          />
        ))}
      </div>
      <p className={`pinpad__message ${error ? 'error' : ''}`} role={error ? 'alert' : undefined}>
        {error ?? t('pin.hint')}
      </p>
      <div className="pinpad__keys">
        {KEYS.map((d) => (
          <button key={d} type="button" className="btn pinpad__key" onClick={() => press(d)} disabled={busy}>
            {d}
          </button>
        ))}
        <button type="button" className="btn pinpad__key pinpad__key--fn" onClick={() => setPin('')} disabled={busy}>
          {t('pin.clear')}
        </button>
        <button type="button" className="btn pinpad__key" onClick={() => press('0')} disabled={busy}>
          0
        </button>
        <button
          type="button"
          className="btn pinpad__key pinpad__key--fn"
          onClick={back}
          disabled={busy}
          aria-label={t('pin.backspace')}
        >
          ⌫
        </button>
      </div>
      <button type="button" className="btn btn--primary btn--xl pinpad__ok" onClick={submit} disabled={!ready}>
        {t('app.confirm')}
      </button>
    </div>
  );
}
