import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { HourCount } from '../../../../electron/api/report-types';
import { useT } from '../../../i18n';
import { ChartCard } from './ChartCard';
import { CHART_HEIGHT, LABEL, SERIES, TICK } from './chart-style';

/** 来访时段: visits per hour of the office's clock — when the floor needs everyone at the desk. */
export function HourChart({ rows }: { rows: HourCount[] }) {
  const t = useT();
  const data = rows.map((r) => ({ hour: t('reports.hour', { h: r.hour }), visits: r.visits }));
  return (
    <ChartCard id="hours" title={t('reports.byHour')} empty={rows.length === 0 ? t('reports.emptyChart') : null}>
      <BarChart responsive style={{ width: '100%', height: CHART_HEIGHT }} data={data}>
        <CartesianGrid vertical={false} stroke="var(--line)" />
        <XAxis dataKey="hour" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} width={48} />
        <Bar dataKey="visits" name={t('reports.kpi.visits')} fill={SERIES.received} isAnimationActive={false}>
          <LabelList dataKey="visits" position="top" style={LABEL} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
