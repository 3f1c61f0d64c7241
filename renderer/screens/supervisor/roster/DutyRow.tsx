import { useSortable } from '@dnd-kit/sortable';
import type { ConsultantCard, ConsultantStatus } from '../../../../electron/api/types';
import { useT } from '../../../i18n';
import { Avatar } from '../../../components/Avatar';
import { StatusTag } from '../../../components/StatusTag';
import { rosterStore } from '../../../stores';

interface Props {
  person: ConsultantCard;
  index: number;
  count: number;
  lunchDuty: boolean;
  /** Today's status, for someone already in today's rotation. */
  status: ConsultantStatus | null;
}

/** One consultant on duty: drag handle (pointer or keyboard), up/down buttons, lunch duty, and moves out. */
export function DutyRow({ person, index, count, lunchDuty, status }: Props) {
  const t = useT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: person.id,
  });
  const { moveTo, setGroup, toggleLunchDuty } = rosterStore.getState();
  const style = {
    transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
    transition,
  };

  return (
    <li ref={setNodeRef} style={style} className={`roster-row ${isDragging ? 'roster-row--dragging' : ''}`}>
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="btn roster-row__handle"
        {...attributes}
        {...listeners}
        aria-label={t('roster.drag', { name: person.name })}
      >
        ⠿
      </button>
      <span className="roster-row__pos">{index + 1}</span>
      <Avatar person={person} size="sm" />
      <span className="roster-row__name">{person.name}</span>
      {status && <StatusTag status={status} />}
      <button
        type="button"
        className="btn btn--toggle roster-row__lunch"
        aria-pressed={lunchDuty}
        aria-label={t('roster.lunchDutyFor', { name: person.name })}
        onClick={() => toggleLunchDuty(person.id)}
      >
        {lunchDuty ? '✓ ' : ''}
        {t('board.lunchDuty')}
      </button>
      <button
        type="button"
        className="btn btn--icon"
        aria-label={t('roster.up', { name: person.name })}
        disabled={index === 0}
        onClick={() => moveTo(person.id, index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn--icon"
        aria-label={t('roster.down', { name: person.name })}
        disabled={index === count - 1}
        onClick={() => moveTo(person.id, index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="btn btn--secondary"
        onClick={() => setGroup(person.id, 'off')}
        aria-label={t('roster.toOffFor', { name: person.name })}
      >
        {t('roster.toOff')}
      </button>
      <button
        type="button"
        className="btn btn--secondary"
        onClick={() => setGroup(person.id, 'absent')}
        aria-label={t('roster.toAbsentFor', { name: person.name })}
      >
        {t('roster.toAbsent')}
      </button>
    </li>
  );
}
