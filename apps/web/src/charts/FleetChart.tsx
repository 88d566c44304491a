import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatPercent } from '../format';
import { OUTPUT_LABELS, type FleetActivity, type FleetActivityRow, type FleetRow } from '@tokenplan/model';
import { AXIS_LABEL_STYLE, CHART_HEIGHT, countTick, monthTick, monthTicks, niceScale, percentTick, TICK_STYLE } from './axes';
import { makeTooltip } from './ChartTooltip';
import { GRID, platformColor, SERIES } from './palette';

/** A change of target drawn on the timeline: one per month, its text already worded. */
export interface TimelineMarker {
  month: string;
  /** Short label on the chart ("Search → B200"); several moves in one month: "2 moves". */
  label: string;
}

export interface FleetChartProps {
  rows: readonly (FleetRow | FleetActivityRow)[];
  platforms: readonly { id: string; name: string }[];
  /** §8: which platforms have orders, retirements or reserved nodes to draw (none: v1's chart). */
  present?: FleetActivity['present'];
  /** Migration markers (an application changing target). */
  markers?: readonly TimelineMarker[];
  height?: number;
}

const lower = (field: 'nodesOrdered' | 'nodesRetired' | 'reservedNodes' | 'nodes' | 'utilization') => OUTPUT_LABELS[field].label.toLowerCase();

/** The platform's colour at an alpha (hex pair), so the legend swatch shows it too (fillOpacity does not). */
const tint = (color: string, alpha: string) => `${color}${alpha}`;

const Content = makeTooltip((v, key) =>
  key.startsWith('util:') ? formatPercent(v) : `${formatCount(Math.abs(v))} nodes`,
);

/**
 * Nodes in service per platform (solid steps, left axis) and utilisation (dashed, right axis);
 * with §8 cohorts, nodes ordered (bars up) and retired (bars down) per platform, reserved nodes
 * of rented platforms (dotted), and migration markers (vertical rules).
 */
export function FleetChart({ rows, platforms, present, markers = [], height = CHART_HEIGHT }: FleetChartProps) {
  const months = rows.map((r) => r.month);
  const has = (id: string, what: 'ordered' | 'retired' | 'reserved') => present?.get(id)?.[what] ?? false;
  const anyMoves = platforms.some((p) => has(p.id, 'ordered') || has(p.id, 'retired'));
  const anyRetired = platforms.some((p) => has(p.id, 'retired'));
  // Legend entries: nodes and utilisation per platform, plus each optional series drawn; about
  // four fit a row of a half-width panel, so the legend gets the rows it needs (no overlap).
  const entries = platforms.reduce((n, p) => n + 2 + Number(has(p.id, 'ordered')) + Number(has(p.id, 'retired')) + Number(has(p.id, 'reserved')), 0);
  const legendHeight = Math.max(44, Math.ceil(entries / 4) * 20 + 4);
  const extra = legendHeight - 44;
  // One zero line for both axes: retirements go below zero on the nodes axis, so the utilisation
  // axis gets the same share below its 0 % (no ticks there) instead of putting 0 % at the bottom.
  const nodes = niceScale(rows.flatMap((r) => Object.entries(r).filter(([k]) => /^(nodes|ordered|retired|reserved):/.test(k)).map(([, v]) => Number(v))));
  const [low, high] = nodes.domain;
  const utilDomain: [number, number] = [high > 0 ? low / high : 0, 1];
  return (
    <ResponsiveContainer width="100%" height={height + extra}>
      <ComposedChart data={rows as FleetActivityRow[]} margin={{ top: markers.length > 0 ? 18 : 8, right: 8, bottom: 4, left: 8 }} stackOffset="sign">
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(months)} tickFormatter={monthTick} tick={TICK_STYLE} interval="equidistantPreserveStart" minTickGap={6} />
        <YAxis
          yAxisId="nodes"
          domain={nodes.domain}
          ticks={nodes.ticks}
          tickFormatter={countTick}
          tick={TICK_STYLE}
          width={64}
          allowDecimals={false}
          label={{ value: anyRetired ? 'Nodes (retired below 0)' : 'Nodes', angle: -90, position: 'insideLeft', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <YAxis
          yAxisId="util"
          orientation="right"
          domain={utilDomain}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={percentTick}
          tick={TICK_STYLE}
          width={56}
          label={{ value: 'Utilisation', angle: 90, position: 'insideRight', offset: 0, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
        />
        <Tooltip content={Content} />
        <Legend itemSorter={null} verticalAlign="top" align="right" height={legendHeight} wrapperStyle={{ fontSize: 12 }} />
        {anyMoves && <ReferenceLine yAxisId="nodes" y={0} stroke={GRID} />}
        {platforms.flatMap((p, i) => [
          has(p.id, 'ordered') && (
            <Bar key={`o-${p.id}`} yAxisId="nodes" stackId={`moves-${p.id}`} dataKey={`ordered:${p.id}`} name={`${p.name} ${lower('nodesOrdered')}`} fill={tint(platformColor(i), 'b3')} isAnimationActive={false} />
          ),
          has(p.id, 'retired') && (
            <Bar key={`r-${p.id}`} yAxisId="nodes" stackId={`moves-${p.id}`} dataKey={`retired:${p.id}`} name={`${p.name} ${lower('nodesRetired')}`} fill={tint(platformColor(i), '40')} stroke={platformColor(i)} isAnimationActive={false} />
          ),
        ])}
        {platforms.map((p, i) => (
          <Line
            key={`n-${p.id}`}
            yAxisId="nodes"
            type="stepAfter"
            dataKey={`nodes:${p.id}`}
            name={`${p.name} ${anyMoves ? 'in service' : lower('nodes')}`}
            stroke={platformColor(i)}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {platforms.map(
          (p, i) =>
            has(p.id, 'reserved') && (
              <Line
                key={`res-${p.id}`}
                yAxisId="nodes"
                type="stepAfter"
                dataKey={`reserved:${p.id}`}
                name={`${p.name} ${lower('reservedNodes')}`}
                stroke={platformColor(i)}
                strokeWidth={1.5}
                strokeDasharray="1 3"
                strokeLinecap="round"
                dot={false}
                isAnimationActive={false}
              />
            ),
        )}
        {platforms.map((p, i) => (
          <Line
            key={`u-${p.id}`}
            yAxisId="util"
            type="monotone"
            dataKey={`util:${p.id}`}
            name={`${p.name} ${lower('utilization')}`}
            stroke={platformColor(i)}
            strokeWidth={1.5}
            strokeDasharray="4 3"
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {markers.map((m) => (
          <ReferenceLine
            key={`m-${m.month}`}
            yAxisId="util"
            x={m.month}
            stroke={SERIES.migration}
            strokeDasharray="2 2"
            label={{ value: m.label, position: 'insideTopRight', fill: SERIES.migration, fontSize: 11, fontWeight: 600 }}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
