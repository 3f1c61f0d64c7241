import type { ReportTotals } from '../../../../electron/api/report-types';
import { useT } from '../../../i18n';

const TILES = ['visits', 'new', 'returning', 'incomplete', 'followUps'] as const;

/** The period's headline figures, large enough to read across the room. */
export function KpiTiles({ totals }: { totals: ReportTotals }) {
  const t = useT();
  return (
    <ul className="kpis" aria-label={t('reports.tab')}>
      {TILES.map((key) => (
        <li key={key} className={`kpi kpi--${key}`} data-testid={`kpi-${key}`}>
          <span className="kpi__value">{totals[key]}</span>
          <span className="kpi__label">{t(`reports.kpi.${key}`)}</span>
        </li>
      ))}
    </ul>
  );
}
