import type { ConsultantCard } from '../../../../electron/api/types';
import { useT } from '../../../i18n';
import { Avatar } from '../../../components/Avatar';
import { rosterStore } from '../../../stores';
import type { RosterGroup } from '../../../stores/roster-store';

interface Props {
  title: string;
  group: Exclude<RosterGroup, 'duty'>;
  people: ConsultantCard[];
}

/** Who is on leave (休假) or not working today, each one tap away from the other groups. */
export function OtherList({ title, group, people }: Props) {
  const t = useT();
  const { setGroup } = rosterStore.getState();
  const other = group === 'off' ? 'absent' : 'off';
  return (
    <section className="roster-group" aria-label={title}>
      <h3 className="roster-group__title">
        {title} <span className="panel__count">{people.length}</span>
      </h3>
      {people.length === 0 ? (
        <p className="panel__empty">{t('roster.nobody')}</p>
      ) : (
        <ul className="roster-list">
          {people.map((p) => (
            <li key={p.id} className="roster-row roster-row--other">
              <Avatar person={p} size="sm" />
              <span className="roster-row__name">{p.name}</span>
              <button
                type="button"
                className="btn btn--primary"
                aria-label={t('roster.toDutyFor', { name: p.name })}
                onClick={() => setGroup(p.id, 'duty')}
              >
                {t('roster.toDuty')}
              </button>
              <button
                type="button"
                className="btn btn--secondary"
                aria-label={t(other === 'off' ? 'roster.toOffFor' : 'roster.toAbsentFor', { name: p.name })}
                onClick={() => setGroup(p.id, other)}
              >
                {t(other === 'off' ? 'roster.toOff' : 'roster.toAbsent')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
