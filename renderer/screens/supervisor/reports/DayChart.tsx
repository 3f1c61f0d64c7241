import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { DayFigures, PeriodKind } from '../../../../electron/api/report-types';
import { useT } from '../../../i18n';
import { useLocaleStore } from '../../../stores/locale-store';
import { ChartCard } from './ChartCard';
import { CHART_HEIGHT, LABEL, LEGEND, SERIES, TICK } from './chart-style';
import { dayTick } from './period-label';

/** 每日来访: new and returning stacked per day of the week or month. */
export function DayChart({ days, kind }: { days: DayFigures[]; kind: PeriodKind }) {
  const t = useT();
  const lang = useLocaleStore((s) => s.lang);
  const data = days.map((d) => ({ ...d, tick: dayTick(d.day, kind, lang), total: d.new + d.returning || null }));
  return (
    <ChartCard
      id="days"
      title={t('reports.byDay')}
      empty={days.every((d) => d.new + d.returning === 0) ? t('reports.emptyChart') : null}
    >
      <BarChart responsive style={{ width: '100%', height: CHART_HEIGHT }} data={data}>
        <CartesianGrid vertical={false} stroke="var(--line)" />
        <XAxis dataKey="tick" tick={TICK} interval={kind === 'week' ? 0 : 'preserveStartEnd'} />
        <YAxis allowDecimals={false} tick={TICK} width={48} />
        <Legend wrapperStyle={LEGEND} />
        <Bar dataKey="new" stackId="v" name={t('reports.new')} fill={SERIES.new} isAnimationActive={false} />
        <Bar
          dataKey="returning"
          stackId="v"
          name={t('reports.returning')}
          fill={SERIES.returning}
          isAnimationActive={false}
        >
          {/* The day's total on top of its stack; quiet days carry no "0". */}
          <LabelList dataKey="total" position="top" style={LABEL} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
