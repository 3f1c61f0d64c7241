import { useT } from '../../i18n';
import { checkInStore, navStore } from '../../stores';

/** The three things people come to the kiosk to do, as the biggest targets on the screen. */
export function BoardActions() {
  const t = useT();
  const go = navStore.getState().go;
  return (
    <nav className="board-actions" aria-label={t('board.actions')}>
      <button
        type="button"
        className="btn btn--primary btn--action"
        onClick={() => (checkInStore.getState().start(), go('checkIn'))}
      >
        {t('board.newVisitor')}
      </button>
      <button type="button" className="btn btn--secondary btn--action" onClick={() => go('status')}>
        {t('board.myStatus')}
      </button>
      <button type="button" className="btn btn--secondary btn--action btn--narrow" onClick={() => go('supervisor')}>
        {t('board.supervisor')}
      </button>
    </nav>
  );
}
