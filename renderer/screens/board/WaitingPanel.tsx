import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { ReasonList } from '../../components/ReasonList';
import { minutesSince } from '../../lib/time';
import { useVisitorLabel } from '../../lib/use-visitor-label';
import { useServerNow } from '../../lib/use-server-now';
import { useBoardStore } from '../../stores';

/** Visitors nobody could receive yet, first come first served, with how long they have waited. */
export function WaitingPanel() {
  const t = useT();
  const visitorLabel = useVisitorLabel();
  const waiting = useBoardStore(useShallow((s) => s.board?.waiting ?? []));
  const now = useServerNow();

  return (
    <section className={`panel waiting ${waiting.length > 0 ? 'waiting--some' : ''}`} aria-labelledby="waiting-title">
      <h2 id="waiting-title" className="panel__title">
        {t('board.waiting')}
        {waiting.length > 0 && <span className="panel__count">{waiting.length}</span>}
      </h2>
      {waiting.length === 0 ? (
        <p className="panel__empty">{t('board.noWaiting')}</p>
      ) : (
        <ol className="waiting__list">
          {waiting.map((w) => (
            <li key={w.visitId} className="waiting__row">
              <div className="waiting__head">
                <span className="waiting__label">{visitorLabel(w.visitor)}</span>
                <span className="waiting__minutes">{t('board.waited', { n: minutesSince(w.arrivedAt, now) })}</span>
              </div>
              {w.directedTo && <p className="waiting__for">{t('board.askedFor', { name: w.directedTo })}</p>}
              <ReasonList reasons={w.reasons} className="reasons--small" />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
