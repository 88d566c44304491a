import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatMonths } from '../format';
import { OUTPUT_LABELS, type CashPartsRow, type CashRow } from '@tokenplan/model';
import { alignedZeroScales, AXIS_LABEL_STYLE, CHART_HEIGHT, moneyTick, monthTick, monthTicks, TICK_STYLE } from './axes';
import { makeTooltip } from './ChartTooltip';
import { GRID, INK_2, SERIES } from './palette';

export interface CashFlowChartProps {
  /** Plain cash rows (v1), or rows split into operating flow, disposals and terminal value (§8). */
  rows: readonly (CashRow | CashPartsRow)[];
  /** Index of the month the cumulative cash flow turns non-negative (payback), if any. */
  paybackIndex: number | null;
  /** The payback KPI (months, decimal string) for the marker's label. */
  paybackMonths: string | null;
  height?: number;
}

const Content = makeTooltip((v) => formatMoney(v));

const isParts = (r: CashRow | CashPartsRow): r is CashPartsRow => 'operating' in r;

/** The bar parts of a row: operating flow, disposal proceeds, terminal value (0 on v1 rows). */
function parts(r: CashRow | CashPartsRow): { operating: number; disposal: number; terminal: number } {
  return isParts(r) ? r : { operating: r.cashFlow, disposal: 0, terminal: 0 };
}

/**
 * Monthly cash flow bars (green in, red out) on the left axis, the cumulative line on the right
 * axis (its scale is usually 10–50 times larger), both axes sharing the zero line; the payback
 * point marked where the cumulative turns non-negative. Disposal proceeds and the terminal value
 * are their own bars stacked on the operating flow (§8), and with tax the after-tax cumulative is
 * a second, dashed line.
 */
export function CashFlowChart({ rows, paybackIndex, paybackMonths, height = CHART_HEIGHT }: CashFlowChartProps) {
  const months = rows.map((r) => r.month);
  const payback = paybackIndex === null ? undefined : rows[paybackIndex];
  const split = rows.map(parts);
  const data = rows.map((r, i) => ({ ...r, ...split[i] }));
  const anyDisposal = split.some((p) => p.disposal !== 0);
  const anyTerminal = split.some((p) => p.terminal !== 0);
  const afterTax = rows.some((r) => isParts(r) && r.afterTaxCumulative !== null);
  // Stacked bars: the axis must hold each month's positive parts above zero and negative ones below.
  const stackedTops = split.flatMap((p) => {
    const xs = [p.operating, p.disposal, p.terminal];
    return [xs.filter((x) => x > 0).reduce((a, b) => a + b, 0), xs.filter((x) => x < 0).reduce((a, b) => a + b, 0)];
  });
  const [monthly, cumulative] = alignedZeroScales(stackedTops, [
    ...rows.map((r) => r.cumulative),
    ...rows.map((r) => (isParts(r) ? (r.afterTaxCumulative ?? 0) : 0)),
  ]);
  const operatingName = anyDisposal || anyTerminal ? 'Operating cash flow' : OUTPUT_LABELS.cashFlow.label;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 8 }} stackOffset="sign">
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
        <Legend itemSorter={null} verticalAlign="top" align="right" height={afterTax || anyDisposal || anyTerminal ? 44 : 28} wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine yAxisId="monthly" y={0} stroke={INK_2} />
        <Bar yAxisId="monthly" dataKey="operating" stackId="cash" name={operatingName} fill={SERIES.cashPositive} isAnimationActive={false}>
          {split.map((p, i) => (
            <Cell key={months[i]} fill={p.operating < 0 ? SERIES.cashNegative : SERIES.cashPositive} />
          ))}
        </Bar>
        {anyDisposal && (
          <Bar yAxisId="monthly" dataKey="disposal" stackId="cash" name={OUTPUT_LABELS.disposalProceeds.label} fill={SERIES.disposal} isAnimationActive={false} />
        )}
        {anyTerminal && (
          <Bar yAxisId="monthly" dataKey="terminal" stackId="cash" name={OUTPUT_LABELS.terminalValue.label} fill={SERIES.terminal} isAnimationActive={false} />
        )}
        <Line yAxisId="cumulative" type="monotone" dataKey="cumulative" name={OUTPUT_LABELS.cumulativeCashFlow.label} stroke={SERIES.cumulative} strokeWidth={2.5} dot={false} isAnimationActive={false} />
        {afterTax && (
          <Line
            yAxisId="cumulative"
            type="monotone"
            dataKey="afterTaxCumulative"
            name={`${OUTPUT_LABELS.cumulativeCashFlow.label}, after tax`}
            stroke={SERIES.afterTaxCumulative}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
        )}
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
