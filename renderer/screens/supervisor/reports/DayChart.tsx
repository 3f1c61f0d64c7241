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
  // The day's total sits on top of its stack: on the returning bar, or on the new bar when nobody returned
  // (recharts draws no label for a bar of height 0). Quiet days carry no "0".
  const data = days.map((d) => {
    const total = d.new + d.returning || null;
    return {
      ...d,
      tick: dayTick(d.day, kind, lang),
      onNew: d.returning === 0 ? total : null,
      onReturning: d.returning > 0 ? total : null,
    };
  });
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
        <Legend wrapperStyle={LEGEND} itemSorter={null} />
        <Bar dataKey="new" stackId="v" name={t('reports.new')} fill={SERIES.new} isAnimationActive={false}>
          <LabelList dataKey="onNew" position="top" style={LABEL} />
        </Bar>
        <Bar
          dataKey="returning"
          stackId="v"
          name={t('reports.returning')}
          fill={SERIES.returning}
          isAnimationActive={false}
        >
          <LabelList dataKey="onReturning" position="top" style={LABEL} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
