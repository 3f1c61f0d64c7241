import { useT } from '../../i18n';
import { Avatar } from '../../components/Avatar';
import { StatusTag } from '../../components/StatusTag';
import { useBoardStore } from '../../stores';

/** Who receives the next walk-in: the one thing the desk must read from across the room. */
export function NextUp() {
  const t = useT();
  const next = useBoardStore((s) => s.board?.next ?? null);
  const suspended = useBoardStore((s) => s.board?.suspended ?? false);
  const waiting = useBoardStore((s) => s.board?.waiting.length ?? 0);
  const staffed = useBoardStore((s) => (s.board ? s.board.queue.length + s.board.onLeave.length > 0 : true));

  return (
    <section className={`next-up ${next ? '' : 'next-up--none'}`} aria-labelledby="next-up-title">
      <h2 id="next-up-title" className="next-up__label">
        {t('board.next')}
      </h2>
      {next ? (
        <div className="next-up__person">
          <Avatar person={next} size="xl" />
          <div className="next-up__text">
            <p className="next-up__name">{next.name}</p>
            <p className="next-up__meta">
              <StatusTag status={next.status} size="lg" />
              <span>{t('board.receptions', { n: next.receptions })}</span>
              {next.lunchDuty && <span className="tag tag--lunch">{t('board.lunchDuty')}</span>}
            </p>
          </div>
        </div>
      ) : (
        <div className="next-up__empty">
          <p className="next-up__name next-up__name--none">
            {suspended ? t('board.suspendedShort') : staffed ? t('board.nobodyNext') : t('board.noStaff')}
          </p>
          {waiting > 0 && <p className="next-up__hint">{t('board.waitingCount', { n: waiting })}</p>}
          {!staffed && <p className="next-up__hint">{t('board.noStaffHint')}</p>}
        </div>
      )}
    </section>
  );
}
