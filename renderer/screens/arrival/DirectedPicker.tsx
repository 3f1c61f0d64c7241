import type { ConsultantCard, ConsultantStatus } from '../../../electron/api/types';
import { useT } from '../../i18n';
import { Avatar } from '../../components/Avatar';
import { StatusTag } from '../../components/StatusTag';

export type DirectedKind = 'named' | 'appointment';

interface Props {
  people: ConsultantCard[];
  statuses: ReadonlyMap<number, ConsultantStatus>;
  chosen: number | null;
  kind: DirectedKind;
  onChoose: (id: number | null) => void;
  onKind: (kind: DirectedKind) => void;
}

/** 指定顾问 / 预约: the visitor asks for someone, or has an appointment. Nobody chosen = the rotation. */
export function DirectedPicker({ people, statuses, chosen, kind, onChoose, onKind }: Props) {
  const t = useT();
  return (
    <fieldset className="field directed">
      <legend className="field__label">{t('arrival.directed')}</legend>
      <div className="directed__grid" role="radiogroup" aria-label={t('arrival.directed')}>
        <button
          type="button"
          role="radio"
          aria-checked={chosen === null}
          className="pick-card pick-card--none"
          onClick={() => onChoose(null)}
        >
          {t('arrival.none')}
        </button>
        {people.map((p) => {
          const status = statuses.get(p.id);
          return (
            <button
              key={p.id}
              type="button"
              role="radio"
              aria-checked={chosen === p.id}
              className="pick-card"
              onClick={() => onChoose(p.id)}
            >
              <Avatar person={p} size="md" />
              <span className="pick-card__name">{p.name}</span>
              {status ? <StatusTag status={status} /> : <span className="pick-card__off">{t('arrival.offToday')}</span>}
            </button>
          );
        })}
      </div>
      <div className="directed__kinds" role="radiogroup" aria-label={t('arrival.kind')} hidden={chosen === null}>
        {(['named', 'appointment'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={kind === k}
            className="btn btn--toggle"
            onClick={() => onKind(k)}
          >
            {t(`arrival.${k}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
