import type { Reason } from '../../electron/api/types';
import { useBilingual } from '../i18n';

/** The reasons behind a decision, in the reader's language. */
export function ReasonList({ reasons, className = '' }: { reasons: Reason[]; className?: string }) {
  const text = useBilingual();
  if (reasons.length === 0) return null;
  return (
    <ul className={`reasons ${className}`}>
      {reasons.map((r, i) => (
        <li key={`${r.code}-${i}`}>{text(r)}</li>
      ))}
    </ul>
  );
}
