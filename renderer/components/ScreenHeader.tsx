import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

interface Props {
  title: string;
  onBack: () => void;
  backLabel?: string;
  children?: ReactNode;
}

/** The top bar of every screen but the board: a way back that is always in the same place, and Escape. */
export function ScreenHeader({ title, onBack, backLabel, children }: Props) {
  const t = useT();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // A new screen takes the keyboard focus, so Tab starts from its top rather than from a button that is gone.
  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An open dialog owns Escape.
      if (e.key === 'Escape' && !document.querySelector('dialog[open]')) onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  return (
    <header className="screen-header">
      <button type="button" className="btn btn--secondary screen-header__back" onClick={onBack}>
        ← {backLabel ?? t('app.back')}
      </button>
      <h1 ref={titleRef} className="screen-header__title" tabIndex={-1}>
        {title}
      </h1>
      <div className="screen-header__extra">{children}</div>
    </header>
  );
}
