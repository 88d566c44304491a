import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../format';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, moneyTick, monthTick, monthTicks, TICK_STYLE } from '../charts/axes';
import { makeTooltip } from '../charts/ChartTooltip';
import { GRID, INK_2 } from '../charts/palette';

export interface FanRow {
  month: string;
  band: [number, number];
  p10: number;
  p50: number;
  p90: number;
}

export function fanRows(months: readonly string[], fan: { p10: number[]; p50: number[]; p90: number[] }): FanRow[] {
  return months.map((month, t) => {
    const p10 = fan.p10[t] ?? NaN;
    const p90 = fan.p90[t] ?? NaN;
    return { month, band: [p10, p90], p10, p50: fan.p50[t] ?? NaN, p90 };
  });
}

const Content = makeTooltip((v) => formatMoney(v));

/** P10–P90 band with the P50 line, per month (USD). */
export function FanChart({ rows, color, label }: { rows: readonly FanRow[]; color: string; label: string }) {
  const months = rows.map((r) => r.month);
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <ComposedChart data={rows as FanRow[]} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval="preserveStartEnd" minTickGap={6} />
        <YAxis
          tickFormatter={moneyTick}
          tick={TICK_STYLE}
          width={72}
          label={{ value: `${label}, USD / month`, angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine y={0} stroke={INK_2} />
        <Area dataKey="band" name="P10–P90" stroke="none" fill={color} fillOpacity={0.18} isAnimationActive={false} legendType="square" />
        <Line dataKey="p90" name="P90" stroke={color} strokeOpacity={0.55} strokeDasharray="3 3" dot={false} isAnimationActive={false} legendType="none" />
        <Line dataKey="p10" name="P10" stroke={color} strokeOpacity={0.55} strokeDasharray="3 3" dot={false} isAnimationActive={false} legendType="none" />
        <Line dataKey="p50" name="P50 (median)" stroke={color} strokeWidth={2.5} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
