import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, monthTick, monthTicks, niceScale, TICK_STYLE } from './axes';
import { makeTooltip } from './ChartTooltip';
import { GRID, INK_2 } from './palette';

export interface OverlaySeries {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
}

export interface OverlayLineChartProps {
  /** One row per calendar month; `month` plus one number (or null) per series key. */
  rows: readonly ({ month: string } & Record<string, number | string | null>)[];
  series: readonly OverlaySeries[];
  yLabel: string;
  tick: (value: unknown) => string;
  format: (value: number) => string;
  zeroLine?: boolean;
  height?: number;
}

/** Several scenarios' monthly series on one calendar axis (compare view). */
export function OverlayLineChart({ rows, series, yLabel, tick, format, zeroLine, height = CHART_HEIGHT }: OverlayLineChartProps) {
  const months = rows.map((r) => r.month);
  const Content = makeTooltip((v) => format(v));
  const y = niceScale(rows.flatMap((r) => series.map((s) => (typeof r[s.key] === 'number' ? (r[s.key] as number) : null))));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval="equidistantPreserveStart" minTickGap={6} />
        <YAxis
          domain={y.domain}
          ticks={y.ticks}
          tickFormatter={tick}
          tick={TICK_STYLE}
          width={72}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
        {zeroLine && <ReferenceLine y={0} stroke={INK_2} />}
        {series.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={2.5}
            strokeDasharray={s.dashed ? '5 4' : undefined}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
