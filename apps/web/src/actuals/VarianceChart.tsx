import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, moneyTick, monthTick, monthTicks, TICK_STYLE } from '../charts/axes';
import { makeTooltip } from '../charts/ChartTooltip';
import { GRID, INK_2 } from '../charts/palette';
import { formatMoney, toNumber } from '../format';
import type { Variance } from './types';

export const VARIANCE_COLORS = { plan: '#8fb3d9', actual: '#1f3a5f', cumPlan: '#5b7fa6', cumActual: '#16212e', forecast: '#c2410c', exhaustion: '#b54708' } as const;

const Content = makeTooltip((v) => formatMoney(v));

export interface VariancePoint {
  month: string;
  plan: number | null;
  actual: number | null;
  cumulativePlan: number | null;
  cumulativeActual: number | null;
  cumulativeForecast: number | null;
}

/**
 * Chart rows (numbers for presentation only). The cumulative forecast continues the cumulative
 * actual from the last month with actuals: the base before the forecast's first month plus its months.
 */
export function variancePoints(variance: Variance, months: readonly string[]): VariancePoint[] {
  const byMonth = new Map(variance.months.map((m) => [m.month, m]));
  const first = variance.forecast.months[0]?.month;
  const firstIndex = variance.months.findIndex((m) => m.month === first);
  const before = firstIndex > 0 ? variance.months[firstIndex - 1] : undefined;
  let running = before ? (toNumber(before.hasActuals ? before.cumulativeActualCost : before.cumulativePlanCost) ?? 0) : 0;
  const cumulativeForecast = new Map<string, number>();
  for (const f of variance.forecast.months) {
    running += toNumber(f.cost) ?? 0;
    cumulativeForecast.set(f.month, running);
  }
  const lastActual = [...variance.months].reverse().find((m) => m.hasActuals)?.month ?? '';
  return months.map((month) => {
    const m = byMonth.get(month);
    return {
      month,
      plan: toNumber(m?.planCost),
      actual: m?.hasActuals ? toNumber(m.actualCost) : null,
      cumulativePlan: toNumber(m?.cumulativePlanCost),
      cumulativeActual: m?.hasActuals ? toNumber(m.cumulativeActualCost) : null,
      // Dashed from the last actual month on, so it reads as the continuation of the actual line.
      cumulativeForecast: month >= lastActual ? (cumulativeForecast.get(month) ?? null) : null,
    };
  });
}

/** Monthly plan and actual bars (left axis), cumulative plan, actual and forecast lines (right axis). */
export function VarianceChart({ variance, months }: { variance: Variance; months: readonly string[] }) {
  const data = variancePoints(variance, months);
  const exhaustion = variance.exhaustion.atForecast;
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT + 40}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval="equidistantPreserveStart" minTickGap={6} />
        <YAxis yAxisId="monthly" tickFormatter={moneyTick} tick={TICK_STYLE} width={72} label={{ value: 'Monthly, USD', angle: -90, position: 'insideLeft', style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }} />
        <YAxis yAxisId="cumulative" orientation="right" tickFormatter={moneyTick} tick={TICK_STYLE} width={72} label={{ value: 'Cumulative, USD', angle: 90, position: 'insideRight', style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }} />
        <Tooltip content={Content} />
        <Legend itemSorter={null} verticalAlign="top" align="right" height={44} wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="monthly" dataKey="plan" name="Plan (monthly)" fill={VARIANCE_COLORS.plan} isAnimationActive={false} />
        <Bar yAxisId="monthly" dataKey="actual" name="Actual (monthly)" fill={VARIANCE_COLORS.actual} isAnimationActive={false} />
        <Line yAxisId="cumulative" type="linear" dataKey="cumulativePlan" name="Cumulative plan" stroke={VARIANCE_COLORS.cumPlan} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line yAxisId="cumulative" type="linear" dataKey="cumulativeActual" name="Cumulative actual" stroke={VARIANCE_COLORS.cumActual} strokeWidth={2.5} dot={false} connectNulls={false} isAnimationActive={false} />
        <Line yAxisId="cumulative" type="linear" dataKey="cumulativeForecast" name="Cumulative forecast" stroke={VARIANCE_COLORS.forecast} strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        {exhaustion && months.includes(exhaustion) ? (
          <ReferenceLine yAxisId="monthly" x={exhaustion} stroke={VARIANCE_COLORS.exhaustion} strokeDasharray="4 3" label={{ value: 'Budget exhausted (forecast)', position: 'insideTopLeft', fill: VARIANCE_COLORS.exhaustion, fontSize: 12, fontWeight: 600 }} />
        ) : null}
        <ReferenceLine yAxisId="monthly" y={0} stroke={INK_2} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
