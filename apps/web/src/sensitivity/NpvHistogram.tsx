import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistogramBin } from '@tokenplan/model';
import { formatMoney } from '../format';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, moneyTick, niceStep, TICK_STYLE } from '../charts/axes';
import { GRID, INK, INK_2 } from '../charts/palette';

interface Row {
  mid: number;
  from: number;
  to: number;
  share: number;
}

function HistogramTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: Row }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="tp-tooltip">
      <div className="tp-tooltip__label">
        NPV {formatMoney(row.from)} to {formatMoney(row.to)}
      </div>
      <div>{(row.share * 100).toFixed(1)}% of paths</div>
    </div>
  );
}

/** NPV distribution: share of paths per NPV bin, with P10, P50 and P90 marked. */
export function NpvHistogram({ bins, p10, p50, p90 }: { bins: readonly HistogramBin[]; p10: number | null; p50: number | null; p90: number | null }) {
  const total = bins.reduce((n, b) => n + b.count, 0) || 1;
  const rows: Row[] = bins.map((b) => ({ mid: (b.from + b.to) / 2, from: b.from, to: b.to, share: b.count / total }));
  const width = rows.length > 1 ? (rows[1]?.mid ?? 0) - (rows[0]?.mid ?? 0) : 1;
  const domain: [number, number] = [(rows[0]?.from ?? 0) - width / 2, (rows[rows.length - 1]?.to ?? 1) + width / 2];
  const step = niceStep((domain[1] - domain[0]) / 6);
  const ticks: number[] = [];
  for (let v = Math.ceil(domain[0] / step) * step; v <= domain[1]; v += step) ticks.push(v);
  const shareTick = (v: number) => {
    const pct = Math.round(v * 1000) / 10;
    return `${Number.isInteger(pct) ? pct.toFixed(0) : pct.toFixed(1)}%`;
  };
  const marks = [
    { x: p10, label: 'P10' },
    { x: p50, label: 'P50' },
    { x: p90, label: 'P90' },
  ];
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <BarChart data={rows} margin={{ top: 16, right: 12, bottom: 18, left: 8 }} barCategoryGap={1}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis
          dataKey="mid"
          type="number"
          domain={domain}
          ticks={ticks}
          tickFormatter={moneyTick}
          tick={TICK_STYLE}
          label={{ value: 'NPV, USD', position: 'insideBottom', offset: -10, style: AXIS_LABEL_STYLE }}
        />
        <YAxis tickFormatter={shareTick} tick={TICK_STYLE} width={48} />
        <Tooltip content={<HistogramTooltip />} cursor={{ fill: 'rgba(31,58,95,0.06)' }} />
        <Bar dataKey="share" fill="#5b7fa6" isAnimationActive={false} />
        {marks.map((m) =>
          m.x === null ? null : (
            <ReferenceLine
              key={m.label}
              x={m.x}
              stroke={m.label === 'P50' ? INK : INK_2}
              strokeDasharray={m.label === 'P50' ? undefined : '4 3'}
              label={{ value: m.label, position: 'top', fill: INK, fontSize: 11, fontWeight: 600 }}
            />
          ),
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
