import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../format';
import type { CostStackRow } from '@tokenplan/model';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, moneyTick, monthTick, monthTicks, TICK_STYLE } from './axes';
import { makeTooltip } from './ChartTooltip';
import { COST_LINES, GRID } from './palette';

export interface CostStackChartProps {
  rows: readonly CostStackRow[];
  /** Rows are months ("YYYY-MM" labels) or fiscal years ("FY2028"). */
  period: 'month' | 'fiscalYear';
  height?: number;
}

/** P&L cost by line, stacked: depreciation at the bottom, fixed opex on top. Empty lines are left out. */
export function CostStackChart({ rows, period, height = CHART_HEIGHT }: CostStackChartProps) {
  const lines = COST_LINES.filter((line) => rows.some((r) => r[line.key] !== 0));
  const Content = makeTooltip((v) => formatMoney(v), period === 'month');
  const labels = rows.map((r) => r.label);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows as CostStackRow[]} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} barCategoryGap={period === 'month' ? 1 : '25%'}>
        <CartesianGrid stroke={GRID} vertical={false} />
        {period === 'month' ? (
          <XAxis dataKey="label" ticks={monthTicks(labels)} tickFormatter={monthTick} tick={TICK_STYLE} interval="equidistantPreserveStart" minTickGap={6} />
        ) : (
          <XAxis dataKey="label" tick={TICK_STYLE} interval={0} />
        )}
        <YAxis
          tickFormatter={moneyTick}
          tick={TICK_STYLE}
          width={72}
          label={{ value: 'USD', angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
        {lines.map((line) => (
          <Bar key={line.key} dataKey={line.key} name={line.label} stackId="cost" fill={line.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
