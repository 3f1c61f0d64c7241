import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { ReasonList } from '../../components/ReasonList';
import { useOfficeTime } from '../../lib/use-office-time';
import { useVisitorLabel } from '../../lib/use-visitor-label';
import { useBoardStore } from '../../stores';

/** The last receptions and why each went where it did, so a question at the desk is answered on the spot. */
export function RecentPanel() {
  const t = useT();
  const time = useOfficeTime();
  const visitorLabel = useVisitorLabel();
  const recent = useBoardStore(useShallow((s) => s.board?.recent ?? []));
  const total = useBoardStore((s) => s.board?.receptionsToday ?? 0);

  return (
    <section className="panel recent" aria-labelledby="recent-title">
      <h2 id="recent-title" className="panel__title">
        {t('board.recent')}
        {total > 0 && <span className="panel__total">{t('board.total', { n: total })}</span>}
      </h2>
      {recent.length === 0 ? (
        <p className="panel__empty">{t('board.noRecent')}</p>
      ) : (
        <ol className="recent__list">
          {recent.map((a) => (
            <li key={a.visitId} className="recent__row">
              <div className="recent__head">
                <time className="recent__time">{time.clock(a.at)}</time>
                <span className="recent__label">{visitorLabel(a.visitor)}</span>
                <span className="recent__arrow" aria-hidden="true">
                  →
                </span>
                <span className="recent__by">{a.receivedBy}</span>
                {a.standIn && <span className="tag tag--standin">{t('board.standInFor', { owner: a.owner })}</span>}
                <span className={`tag ${a.turnConsumed ? 'tag--turn' : 'tag--kept'}`}>
                  {a.turnConsumed ? t('board.turnUsed') : t('board.turnKept')}
                </span>
              </div>
              <ReasonList reasons={a.reasons} className="reasons--small reasons--inline" />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
