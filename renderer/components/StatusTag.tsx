import type { ConsultantStatus } from '../../electron/api/types';
import { useT } from '../i18n';

const SYMBOL: Record<ConsultantStatus, string> = {
  available: '●',
  receiving: '◆',
  away_work: '▲',
  away_personal: '■',
  leave: '○',
};

/** A status in colour, shape and words: never colour alone (colour-blind staff, glare on the screen). */
export function StatusTag({ status, size = 'md' }: { status: ConsultantStatus; size?: 'md' | 'lg' }) {
  const t = useT();
  return (
    <span className={`status status--${status} status--${size}`}>
      <span className="status__symbol" aria-hidden="true">
        {SYMBOL[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
