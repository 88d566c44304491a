import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUnitPrice } from '../format';
import type { CostPerMRow } from '@tokenplan/model';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, monthTick, monthTicks, niceScale, TICK_STYLE, unitPriceTick } from './axes';
import { makeTooltip } from './ChartTooltip';
import { GRID, platformColor, SERIES } from './palette';

export interface CostPerMTokensChartProps {
  rows: readonly CostPerMRow[];
  platforms: readonly { id: string; name: string }[];
  /** Draw the API line (scenarios buying tokens from an API). */
  showApi?: boolean;
  /** Draw the all-in P&L line (fixed opex included). */
  showAllIn?: boolean;
  height?: number;
}

const Content = makeTooltip((v) => `${formatUnitPrice(v)} / M`);

/** Cost per million tokens over time: one line per platform, falling as software improves. */
export function CostPerMTokensChart({ rows, platforms, showApi, showAllIn = true, height = CHART_HEIGHT }: CostPerMTokensChartProps) {
  const months = rows.map((r) => r.month);
  const keys = [...platforms.map((p) => `p:${p.id}` as const), ...(showApi ? (['api'] as const) : []), ...(showAllIn ? (['allIn'] as const) : [])];
  const y = niceScale(rows.flatMap((r) => keys.map((k) => r[k] ?? null)));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows as CostPerMRow[]} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval="equidistantPreserveStart" minTickGap={6} />
        <YAxis
          domain={y.domain}
          ticks={y.ticks}
          tickFormatter={unitPriceTick}
          tick={TICK_STYLE}
          width={72}
          label={{ value: 'USD per M tokens', angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend verticalAlign="top" align="right" height={28} iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
        {platforms.map((p, i) => (
          <Line
            key={p.id}
            type="monotone"
            dataKey={`p:${p.id}`}
            name={`${p.name} (self-hosted)`}
            stroke={platformColor(i)}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        ))}
        {showApi && (
          <Line type="monotone" dataKey="api" name="API (blended price)" stroke={SERIES.api} strokeWidth={2} dot={false} isAnimationActive={false} />
        )}
        {showAllIn && (
          <Line
            type="monotone"
            dataKey="allIn"
            name="All-in P&L cost"
            stroke={SERIES.allIn}
            strokeWidth={1.5}
            strokeDasharray="5 4"
            dot={false}
            isAnimationActive={false}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
