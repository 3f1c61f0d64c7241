import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { Avatar } from '../../components/Avatar';
import { StatusTag } from '../../components/StatusTag';
import { useBoardStore } from '../../stores';

/** The rotation in order, with everyone's status and receptions today; who is on leave underneath. */
export function QueueList() {
  const t = useT();
  const queue = useBoardStore(useShallow((s) => s.board?.queue ?? []));
  const onLeave = useBoardStore(useShallow((s) => s.board?.onLeave ?? []));
  const nextId = useBoardStore((s) => s.board?.next?.id ?? null);
  const alerted = useBoardStore(useShallow((s) => s.board?.alerts.map((a) => a.consultantId) ?? []));

  return (
    <section className="panel queue" aria-labelledby="queue-title">
      <div className="queue__top">
        <h2 id="queue-title" className="panel__title">
          {t('board.queue')}
        </h2>
        {onLeave.length > 0 && (
          <p className="queue__leave">
            <span className="queue__leave-label">{t('board.onLeave')}</span>
            {onLeave.map((m) => m.name).join('、')}
          </p>
        )}
      </div>
      <ol className="queue__list">
        {queue.map((m) => (
          <li key={m.id} className={`queue__row ${m.id === nextId ? 'queue__row--next' : ''}`}>
            <span className="queue__pos">{m.position}</span>
            <Avatar person={m} size="sm" />
            <span className="queue__name">{m.name}</span>
            {m.id === nextId && <span className="tag tag--next">{t('board.nextTag')}</span>}
            {m.lunchDuty && <span className="tag tag--lunch">{t('board.lunchDuty')}</span>}
            {alerted.includes(m.id) && <span className="tag tag--alert">{t('alerts.tag')}</span>}
            <StatusTag status={m.status} />
            <span className="queue__count">{t('board.receptions', { n: m.receptions })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
