import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { useOfficeTime } from '../../lib/use-office-time';
import { useVisitorLabel } from '../../lib/use-visitor-label';
import { useBoardStore } from '../../stores';

/** Owners whose client was received by a stand-in: the board tells them, in case nobody else does. */
export function NoticePanel() {
  const t = useT();
  const time = useOfficeTime();
  const visitorLabel = useVisitorLabel();
  // A notice the owner still has an alert for is said once, by the alert on their card.
  const notices = useBoardStore(
    useShallow((s) =>
      (s.board?.notices ?? []).filter(
        (n) => !s.board?.alerts.some((a) => a.visitId === n.visitId && a.consultantId === n.consultantId),
      ),
    ),
  );
  if (notices.length === 0) return null;
  return (
    <section className="panel notices" aria-labelledby="notices-title">
      <h2 id="notices-title" className="panel__title">
        {t('board.notices')}
      </h2>
      <ul className="notices__list">
        {notices.map((n) => (
          <li key={n.visitId} className="notices__row">
            <time className="recent__time">{time.clock(n.at)}</time>
            {t('board.notice', { owner: n.consultantName, label: visitorLabel(n.visitor), by: n.receivedBy })}
          </li>
        ))}
      </ul>
    </section>
  );
}
