import type { DailySheetView } from '../../../../electron/api/daily-sheet-types';
import { useT } from '../../../i18n';

/** Closed or not, by whom, the check code to compare with the filed paper, corrections since. */
export function SheetStatus({ view }: { view: DailySheetView }) {
  const t = useT();
  const c = view.closed;
  if (!c) return <p className="sheet-status">{t('dailySheet.open')}</p>;
  return (
    <p className="sheet-status sheet-status--closed" data-testid="sheet-status">
      <strong>{t('dailySheet.closed', { at: c.closedAt, by: c.closedBy })}</strong>
      <span className="sheet-status__code">{t('dailySheet.fingerprint', { code: c.fingerprint })}</span>
      {view.amendmentCount > 0 && <span>{t('dailySheet.amendments', { n: view.amendmentCount })}</span>}
      {view.unlisted > 0 && (
        <span className="sheet-status__warn">{t('dailySheet.unlisted', { n: view.unlisted })}</span>
      )}
    </p>
  );
}
