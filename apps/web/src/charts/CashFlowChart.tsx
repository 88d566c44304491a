import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatMonths } from '../format';
import type { CashRow } from '../analysis/derive';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, moneyTick, monthTick, monthTicks, TICK_STYLE } from './axes';
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

/** Monthly cash flow bars (green in, red out), the cumulative line and the payback point. */
export function CashFlowChart({ rows, paybackIndex, paybackMonths, height = CHART_HEIGHT }: CashFlowChartProps) {
  const months = rows.map((r) => r.month);
  const payback = paybackIndex === null ? undefined : rows[paybackIndex];
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows as CashRow[]} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval={0} />
        <YAxis
          tickFormatter={moneyTick}
          tick={TICK_STYLE}
          width={72}
          label={{ value: 'USD', angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine y={0} stroke={INK_2} />
        <Bar dataKey="cashFlow" name="Monthly cash flow" fill={SERIES.cashPositive} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.month} fill={r.cashFlow < 0 ? SERIES.cashNegative : SERIES.cashPositive} />
          ))}
        </Bar>
        <Line type="monotone" dataKey="cumulative" name="Cumulative cash flow" stroke={SERIES.cumulative} strokeWidth={2.5} dot={false} isAnimationActive={false} />
        {payback && (
          <ReferenceLine
            x={payback.month}
            stroke={SERIES.payback}
            strokeDasharray="4 3"
            label={{ value: `Payback ${formatMonths(paybackMonths)}`, position: 'insideTopLeft', fill: SERIES.payback, fontSize: 12, fontWeight: 600 }}
          />
        )}
        {payback && <ReferenceDot x={payback.month} y={payback.cumulative} r={5} fill={SERIES.payback} stroke="#fff" strokeWidth={2} />}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
