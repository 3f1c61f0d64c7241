import { Pie, PieChart, type PieLabelRenderProps } from 'recharts';
import type { ChannelFigure } from '../../../../electron/api/report-types';
import { useT, type MessageKey } from '../../../i18n';
import { ChartCard } from './ChartCard';
import { CHART_HEIGHT, LABEL, PALETTE } from './chart-style';

const KNOWN = new Set(['walkIn', 'referral', 'phone', 'online', 'outdoor', 'agency', 'other']);

/** 来访渠道: a ring of the channels, each named with its number of visits beside it. */
export function ChannelChart({ rows }: { rows: ChannelFigure[] }) {
  const t = useT();
  const name = (channel: string | null) =>
    channel !== null && KNOWN.has(channel)
      ? t(`reports.channels.${channel}` as MessageKey)
      : channel === null
        ? t('reports.channels.none')
        : channel;
  // Each slice carries its own colour: recharts reads `fill` from the data.
  const data = rows.map((r, i) => ({ name: name(r.channel), visits: r.visits, fill: PALETTE[i % PALETTE.length] }));
  const label = (p: PieLabelRenderProps) => (
    <text x={p.x} y={p.y} textAnchor={p.textAnchor} dominantBaseline="central" {...LABEL}>
      {`${String(p.name)} ${String(p.value)}`}
    </text>
  );
  return (
    <ChartCard id="channels" title={t('reports.byChannel')} empty={rows.length === 0 ? t('reports.emptyChart') : null}>
      <PieChart responsive style={{ width: '100%', height: CHART_HEIGHT }}>
        <Pie
          data={data}
          dataKey="visits"
          nameKey="name"
          innerRadius="45%"
          outerRadius="70%"
          label={label}
          labelLine
          isAnimationActive={false}
        />
      </PieChart>
    </ChartCard>
  );
}
