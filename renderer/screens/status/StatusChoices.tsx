import type { ConsultantStatus } from '../../../electron/api/types';
import { useT } from '../../i18n';
import { StatusTag } from '../../components/StatusTag';

export type Choosable = Exclude<ConsultantStatus, 'receiving'>;
const CHOICES: Choosable[] = ['available', 'away_work', 'away_personal', 'leave'];

interface Props {
  name: string;
  current: ConsultantStatus | null;
  busy: boolean;
  onChoose: (status: Choosable) => void;
}

/** The statuses a consultant may set for themself; "receiving" is the system's, ended by "reception finished". */
export function StatusChoices({ name, current, busy, onChoose }: Props) {
  const t = useT();
  return (
    <div className="status-choices">
      <h2 className="status-choices__title">{t('statusPad.setTo', { name })}</h2>
      <p className="status-choices__current">
        {t('statusPad.current')} {current ? <StatusTag status={current} /> : t('statusPad.notOnRoster')}
      </p>
      {current === 'receiving' && (
        <button
          type="button"
          className="btn btn--primary btn--xl status-choices__done"
          disabled={busy}
          onClick={() => onChoose('available')}
        >
          {t('statusPad.done')}
        </button>
      )}
      <div className="status-choices__grid">
        {CHOICES.map((s) => (
          <button
            key={s}
            type="button"
            className={`btn status-choice status-choice--${s}`}
            aria-current={current === s ? 'true' : undefined}
            disabled={busy}
            onClick={() => onChoose(s)}
          >
            <span className="status-choice__label">{t(`status.${s}`)}</span>
            <span className="status-choice__hint">{t(`statusPad.hint.${s}`)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
