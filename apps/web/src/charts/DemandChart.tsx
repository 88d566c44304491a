import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatTokens } from '../format';
import { OUTPUT_LABELS, type DemandRow } from '@tokenplan/model';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, countTick, monthTick, monthTicks, niceScale, TICK_STYLE } from './axes';
import { makeTooltip } from './ChartTooltip';
import { GRID, SERIES } from './palette';

export interface DemandChartProps {
  rows: readonly DemandRow[];
  height?: number;
}

const Content = makeTooltip((v) => formatTokens(v));

/** Tokens demanded vs served per month; the unmet part is shaded red above the served area. */
export function DemandChart({ rows, height = CHART_HEIGHT }: DemandChartProps) {
  const months = rows.map((r) => r.month);
  const anyUnmet = rows.some((r) => r.unmet > 0);
  const y = niceScale(rows.map((r) => Math.max(r.demand, r.served + r.unmet)));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows as DemandRow[]} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <defs>
          <pattern id="tp-unmet-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={SERIES.unmet} fillOpacity={0.18} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={SERIES.unmet} strokeWidth="2" />
          </pattern>
        </defs>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval="equidistantPreserveStart" minTickGap={6} />
        <YAxis
          domain={y.domain}
          ticks={y.ticks}
          tickFormatter={countTick}
          tick={TICK_STYLE}
          width={72}
          label={{ value: 'Tokens per month', angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
        <Area type="monotone" dataKey="served" name={OUTPUT_LABELS.servedTokens.label} stackId="t" stroke={SERIES.served} fill={SERIES.served} fillOpacity={0.35} isAnimationActive={false} />
        {anyUnmet && (
          <Area type="monotone" dataKey="unmet" name={OUTPUT_LABELS.unmetTokens.label} stackId="t" stroke={SERIES.unmet} fill="url(#tp-unmet-hatch)" isAnimationActive={false} />
        )}
        <Line type="monotone" dataKey="demand" name={OUTPUT_LABELS.demandTokens.label} stroke={SERIES.demand} strokeWidth={1.5} strokeDasharray="5 4" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
