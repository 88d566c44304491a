import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatPercent } from '../format';
import { OUTPUT_LABELS, type FleetRow } from '@tokenplan/model';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, countTick, monthTick, monthTicks, percentTick, TICK_STYLE } from './axes';
import { makeTooltip } from './ChartTooltip';
import { GRID, platformColor } from './palette';

export interface FleetChartProps {
  rows: readonly FleetRow[];
  platforms: readonly { id: string; name: string }[];
  height?: number;
}

const Content = makeTooltip((v, key) => (key.startsWith('util:') ? formatPercent(v) : `${formatCount(v)} nodes`));

/** Nodes per platform (solid steps, left axis) and utilisation (dashed, right axis). */
export function FleetChart({ rows, platforms, height = CHART_HEIGHT }: FleetChartProps) {
  const months = rows.map((r) => r.month);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows as FleetRow[]} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval="equidistantPreserveStart" minTickGap={6} />
        <YAxis
          yAxisId="nodes"
          tickFormatter={countTick}
          tick={TICK_STYLE}
          width={64}
          allowDecimals={false}
          label={{ value: 'Nodes', angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <YAxis
          yAxisId="util"
          orientation="right"
          domain={[0, 1]}
          tickFormatter={percentTick}
          tick={TICK_STYLE}
          width={56}
          label={{ value: 'Utilisation', angle: 90, position: 'insideRight', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend verticalAlign="top" align="right" height={44} wrapperStyle={{ fontSize: 12 }} />
        {platforms.map((p, i) => (
          <Line
            key={`n-${p.id}`}
            yAxisId="nodes"
            type="stepAfter"
            dataKey={`nodes:${p.id}`}
            name={`${p.name} ${OUTPUT_LABELS.nodes.label.toLowerCase()}`}
            stroke={platformColor(i)}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {platforms.map((p, i) => (
          <Line
            key={`u-${p.id}`}
            yAxisId="util"
            type="monotone"
            dataKey={`util:${p.id}`}
            name={`${p.name} ${OUTPUT_LABELS.utilization.label.toLowerCase()}`}
            stroke={platformColor(i)}
            strokeWidth={1.5}
            strokeDasharray="4 3"
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
