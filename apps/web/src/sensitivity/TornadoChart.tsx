import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalysisKpi, TornadoResult } from '@tokenplan/model';
import { AXIS_LABEL_STYLE, niceStep, TICK_STYLE } from '../charts/axes';
import { GRID, INK, INK_2 } from '../charts/palette';
import { formatKpi } from './kpiFormat';
import { tornadoAxisLabel, tornadoRows, type TornadoRow } from './tornadoRows';

export const LOW_COLOR = '#d97706';
export const HIGH_COLOR = '#1f3a5f';

function TornadoTooltip({ active, payload, kpi, swing }: { active?: boolean; payload?: readonly { payload?: TornadoRow }[]; kpi: AnalysisKpi; swing: number }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const pct = `${Math.round(swing * 100)}%`;
  return (
    <div className="tp-tooltip">
      <div className="tp-tooltip__label">{row.label}</div>
      <div className="tp-tooltip__row">
        <span className="tp-swatch" style={{ background: LOW_COLOR }} aria-hidden="true" />
        <span>−{pct}</span>
        <span className="tp-tooltip__value">{formatKpi(kpi, row.low)}</span>
      </div>
      <div className="tp-tooltip__row">
        <span className="tp-swatch" style={{ background: HIGH_COLOR }} aria-hidden="true" />
        <span>+{pct}</span>
        <span className="tp-tooltip__value">{formatKpi(kpi, row.high)}</span>
      </div>
      <div className="tp-tooltip__row">
        <span />
        <span>Spread</span>
        <span className="tp-tooltip__value">{formatKpi(kpi, row.spread)}</span>
      </div>
    </div>
  );
}

/**
 * Horizontal tornado: one bar per driver, sorted by spread (largest on top), drawn from the base
 * value (the vertical line) to the KPI with the driver at −swing (amber) and +swing (navy).
 * Axis ticks read as absolute KPI values.
 */
export function TornadoChart({ result }: { result: TornadoResult }) {
  const { base, rows } = tornadoRows(result);
  const swing = Number(result.swing);
  const extent = Math.max(1e-12, ...rows.flatMap((r) => [Math.abs(r.lowSegment), Math.abs(r.highSegment), Math.abs(r.lowSegment + r.highSegment)]));
  const pad = extent * 1.15;
  // Ticks at round absolute values (base ± a nice step), placed relative to the base.
  const step = niceStep((2 * pad) / 8);
  const origin = base ?? 0;
  const ticks: number[] = [];
  for (let v = Math.ceil((origin - pad) / step) * step; v <= origin + pad + step * 1e-9; v += step) ticks.push(v - origin);
  const tick = (v: unknown) => (base === null ? '' : formatKpi(result.kpi, base + Number(v)));
  const pct = `${Math.round(swing * 100)}%`;
  return (
    <ResponsiveContainer width="100%" height={Math.max(220, 46 + rows.length * 34)}>
      <BarChart data={rows} layout="vertical" stackOffset="sign" margin={{ top: 4, right: 24, bottom: 18, left: 8 }} barCategoryGap={6}>
        <CartesianGrid stroke={GRID} horizontal={false} />
        <XAxis
          type="number"
          domain={[-pad, pad]}
          ticks={ticks}
          tickFormatter={tick}
          tick={TICK_STYLE}
          label={{ value: tornadoAxisLabel(result.kpi), position: 'insideBottom', offset: -10, style: AXIS_LABEL_STYLE }}
        />
        <YAxis type="category" dataKey="label" width={180} tick={{ ...TICK_STYLE, fill: INK }} />
        <Tooltip content={<TornadoTooltip kpi={result.kpi} swing={swing} />} cursor={{ fill: 'rgba(31,58,95,0.06)' }} />
        <Legend verticalAlign="top" align="right" height={26} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Bar dataKey="lowSegment" name={`Driver −${pct}`} stackId="swing" fill={LOW_COLOR} isAnimationActive={false} />
        <Bar dataKey="highSegment" name={`Driver +${pct}`} stackId="swing" fill={HIGH_COLOR} isAnimationActive={false} />
        <ReferenceLine
          x={0}
          stroke={INK_2}
          strokeWidth={1.5}
          label={{ value: `Base ${formatKpi(result.kpi, base)}`, position: 'top', fill: INK, fontSize: 11, fontWeight: 600 }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
