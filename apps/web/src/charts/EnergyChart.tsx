import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEnergy, formatMoney } from '../format';
import { OUTPUT_LABELS, type EnergyRow } from '@tokenplan/model';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, countTick, moneyTick, monthTick, monthTicks, TICK_STYLE } from './axes';
import { makeTooltip } from './ChartTooltip';
import { GRID, SERIES } from './palette';

export interface EnergyChartProps {
  rows: readonly EnergyRow[];
  height?: number;
}

const Content = makeTooltip((v, key) => (key === 'mwh' ? formatEnergy(v) : formatMoney(v)));

/** Facility energy (MWh incl. PUE, bars, left axis) and its cost (line, right axis). */
export function EnergyChart({ rows, height = CHART_HEIGHT }: EnergyChartProps) {
  const months = rows.map((r) => r.month);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows as EnergyRow[]} margin={{ top: 8, right: 8, bottom: 4, left: 8 }} barCategoryGap={1}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval="equidistantPreserveStart" minTickGap={6} />
        <YAxis
          yAxisId="mwh"
          tickFormatter={countTick}
          tick={TICK_STYLE}
          width={64}
          label={{ value: 'MWh', angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <YAxis
          yAxisId="usd"
          orientation="right"
          tickFormatter={moneyTick}
          tick={TICK_STYLE}
          width={64}
          label={{ value: 'USD', angle: 90, position: 'insideRight', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="mwh" dataKey="mwh" name={`${OUTPUT_LABELS.energyMWh.label} (MWh)`} fill={SERIES.energyMWh} isAnimationActive={false} />
        <Line yAxisId="usd" type="monotone" dataKey="cost" name={`${OUTPUT_LABELS.energyCost.label} (USD)`} stroke={SERIES.energyCost} strokeWidth={2.5} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
