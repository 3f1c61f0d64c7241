import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import type { ConsultantCard } from '../../../../electron/api/types';
import { useTodayStatuses } from '../../../lib/use-consultants';
import { useT } from '../../../i18n';
import { rosterStore } from '../../../stores';
import { DutyRow } from './DutyRow';

interface Props {
  order: number[];
  lunchDuty: number[];
  people: ReadonlyMap<number, ConsultantCard>;
}

/** Today's rotation order: drag a handle (mouse, finger, or Space + arrow keys) or use the arrows. */
export function DutyList({ order, lunchDuty, people }: Props) {
  const t = useT();
  const statuses = useTodayStatuses();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // dnd-kit announces drags to screen readers in English by default; say it in the desk's language.
  const announcements = useMemo<Announcements>(() => {
    const name = (id: string | number) => people.get(Number(id))?.name ?? String(id);
    const place = (id: string | number | undefined) => (id === undefined ? 0 : order.indexOf(Number(id)) + 1);
    return {
      onDragStart: ({ active }) => t('roster.announce.start', { name: name(active.id) }),
      onDragOver: ({ active, over }) => t('roster.announce.over', { name: name(active.id), n: place(over?.id) }),
      onDragEnd: ({ active, over }) => t('roster.announce.end', { name: name(active.id), n: place(over?.id) }),
      onDragCancel: ({ active }) => t('roster.announce.cancel', { name: name(active.id) }),
    };
  }, [t, order, people]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) rosterStore.getState().moveTo(Number(active.id), order.indexOf(Number(over.id)));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('roster.announce.instructions') } }}
    >
      <SortableContext items={order} strategy={verticalListSortingStrategy}>
        <ol className="roster-list" aria-label={t('roster.duty')}>
          {order.map((id, i) => {
            const person = people.get(id);
            return person ? (
              <DutyRow
                key={id}
                person={person}
                index={i}
                count={order.length}
                lunchDuty={lunchDuty.includes(id)}
                status={statuses.get(id) ?? null}
              />
            ) : null;
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
