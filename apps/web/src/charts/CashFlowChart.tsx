import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatMonths } from '../format';
import { OUTPUT_LABELS, type CashRow } from '@tokenplan/model';
import { alignedZeroScales, AXIS_LABEL_STYLE, CHART_HEIGHT, moneyTick, monthTick, monthTicks, TICK_STYLE } from './axes';
import { makeTooltip } from './ChartTooltip';
import { GRID, INK_2, SERIES } from './palette';

export interface CashFlowChartProps {
  rows: readonly CashRow[];
  /** Index of the month the cumulative cash flow turns non-negative (payback), if any. */
  paybackIndex: number | null;
  /** The payback KPI (months, decimal string) for the marker's label. */
  paybackMonths: string | null;
  height?: number;
}

const Content = makeTooltip((v) => formatMoney(v));

/**
 * Monthly cash flow bars (green in, red out) on the left axis, the cumulative line on the right
 * axis (its scale is usually 10–50 times larger), both axes sharing the zero line; the payback
 * point marked where the cumulative turns non-negative.
 */
export function CashFlowChart({ rows, paybackIndex, paybackMonths, height = CHART_HEIGHT }: CashFlowChartProps) {
  const months = rows.map((r) => r.month);
  const payback = paybackIndex === null ? undefined : rows[paybackIndex];
  const [monthly, cumulative] = alignedZeroScales(
    rows.map((r) => r.cashFlow),
    rows.map((r) => r.cumulative),
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows as CashRow[]} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval="equidistantPreserveStart" minTickGap={6} />
        <YAxis
          yAxisId="monthly"
          domain={monthly.domain}
          ticks={monthly.ticks}
          tickFormatter={moneyTick}
          tick={TICK_STYLE}
          width={72}
          label={{ value: 'Monthly, USD', angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <YAxis
          yAxisId="cumulative"
          orientation="right"
          domain={cumulative.domain}
          ticks={cumulative.ticks}
          tickFormatter={moneyTick}
          tick={TICK_STYLE}
          width={72}
          label={{ value: 'Cumulative, USD', angle: 90, position: 'insideRight', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine yAxisId="monthly" y={0} stroke={INK_2} />
        <Bar yAxisId="monthly" dataKey="cashFlow" name={OUTPUT_LABELS.cashFlow.label} fill={SERIES.cashPositive} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.month} fill={r.cashFlow < 0 ? SERIES.cashNegative : SERIES.cashPositive} />
          ))}
        </Bar>
        <Line yAxisId="cumulative" type="monotone" dataKey="cumulative" name={OUTPUT_LABELS.cumulativeCashFlow.label} stroke={SERIES.cumulative} strokeWidth={2.5} dot={false} isAnimationActive={false} />
        {payback && (
          <ReferenceLine
            yAxisId="monthly"
            x={payback.month}
            stroke={SERIES.payback}
            strokeDasharray="4 3"
            label={{ value: `Payback ${formatMonths(paybackMonths)}`, position: 'insideTopLeft', fill: SERIES.payback, fontSize: 12, fontWeight: 600 }}
          />
        )}
        {payback && <ReferenceDot yAxisId="cumulative" x={payback.month} y={payback.cumulative} r={5} fill={SERIES.payback} stroke="#fff" strokeWidth={2} />}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
