import type { ConsultantCard, ConsultantStatus } from '../../electron/api/types';
import { Avatar } from './Avatar';
import { StatusTag } from './StatusTag';

export interface GridPerson extends ConsultantCard {
  status?: ConsultantStatus | null;
  note?: string;
}

interface Props {
  label: string;
  people: GridPerson[];
  onPick: (person: GridPerson) => void;
  selectedId?: number | null;
}

/** Big name cards: the quickest way for someone to find themself (or a colleague) on a touch screen. */
export function ConsultantGrid({ label, people, onPick, selectedId }: Props) {
  return (
    <div className="person-grid" role="group" aria-label={label}>
      {people.map((p) => (
        <button
          key={p.id}
          type="button"
          className="person-card"
          aria-pressed={selectedId === undefined ? undefined : selectedId === p.id}
          onClick={() => onPick(p)}
        >
          <Avatar person={p} size="lg" />
          <span className="person-card__name">{p.name}</span>
          {p.status && <StatusTag status={p.status} />}
          {p.note && <span className="person-card__note">{p.note}</span>}
        </button>
      ))}
    </div>
  );
}
