import type { ConsultantCard, ConsultantStatus } from '../../electron/api/types';
import { useT } from '../i18n';
import { Avatar } from './Avatar';
import { Modal } from './Modal';
import { StatusTag } from './StatusTag';

interface Props {
  title: string;
  people: ConsultantCard[];
  /** Today's statuses: someone not on the roster is still pickable (the record is what counts). */
  statuses: ReadonlyMap<number, ConsultantStatus>;
  chosen: number | null;
  onPick: (id: number) => void;
  onClose: () => void;
}

/** Which consultant: faces and names on large cards, as the visitor describes them or shows their SMS. */
export function ConsultantPicker({ title, people, statuses, chosen, onPick, onClose }: Props) {
  const t = useT();
  return (
    <Modal title={title} onClose={onClose} wide>
      <div className="pick-grid" role="radiogroup" aria-label={title}>
        {people.map((p) => {
          const status = statuses.get(p.id);
          return (
            <button
              key={p.id}
              type="button"
              role="radio"
              aria-checked={chosen === p.id}
              className="pick-card"
              autoFocus={chosen === p.id}
              onClick={() => onPick(p.id)}
            >
              <Avatar person={p} size="lg" />
              <span className="pick-card__name">{p.name}</span>
              {status ? <StatusTag status={status} /> : <span className="pick-card__off">{t('checkIn.offToday')}</span>}
            </button>
          );
        })}
      </div>
      <div className="form__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('app.cancel')}
        </button>
      </div>
    </Modal>
  );
}
