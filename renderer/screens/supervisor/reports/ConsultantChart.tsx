import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { ConsultantFigures } from '../../../../electron/api/report-types';
import { useT } from '../../../i18n';
import { ChartCard } from './ChartCard';
import { CHART_HEIGHT, LABEL, LEGEND, SERIES, TICK } from './chart-style';

const FIGURES = ['received', 'owned', 'broughtBack', 'followUps'] as const;

/** 顾问业绩: per consultant, four bars side by side — received, owned, brought back, follow-ups. */
export function ConsultantChart({ rows }: { rows: ConsultantFigures[] }) {
  const t = useT();
  return (
    <ChartCard
      id="consultants"
      title={t('reports.byConsultant')}
      hint={t('reports.byConsultantHint')}
      empty={rows.length === 0 ? t('reports.emptyChart') : null}
    >
      <BarChart responsive style={{ width: '100%', height: CHART_HEIGHT }} data={rows} barGap={4}>
        <CartesianGrid vertical={false} stroke="var(--line)" />
        <XAxis dataKey="name" tick={TICK} interval={0} />
        <YAxis allowDecimals={false} tick={TICK} width={48} />
        <Legend wrapperStyle={LEGEND} itemSorter={null} />
        {FIGURES.map((f) => (
          <Bar key={f} dataKey={f} name={t(`reports.figures.${f}`)} fill={SERIES[f]} isAnimationActive={false}>
            <LabelList dataKey={f} position="top" style={LABEL} />
          </Bar>
        ))}
      </BarChart>
    </ChartCard>
  );
}
