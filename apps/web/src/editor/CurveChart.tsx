import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatQuantity } from './curveFormat';
import type { OperatingPoint } from './curveOperatingPoints';
import { numericPoints, type DraftPoint } from './throughputForms';

const CURVE = '#1f3a5f';
const POINT = '#d97706';
const PAST_KNEE = '#c0417a';
const GRID = '#e3e8ee';
const AXIS = '#6b7887';

interface CurveChartProps {
  model: string;
  points: readonly DraftPoint[];
  operating: readonly OperatingPoint[];
  knee: number | null;
}

/**
 * The curve (x: tokens/s per user, y: tokens/s per GPU) with each application's operating point
 * (its SLA and the interpolated throughput there) and the knee; the list under it says the same
 * in words, for screen readers and for reading exact values.
 */
export function CurveChart({ model, points, operating, knee }: CurveChartProps) {
  const data = numericPoints(points).map((p) => ({ x: p.interactivity.toNumber(), y: p.tokensPerSecondPerGpu.toNumber() }));
  const placed = operating.filter((o) => o.interactivity !== null && o.throughput !== null);
  return (
    <figure className="curve-chart" aria-label={`Interactivity curve of ${model}`}>
      {data.length < 2 ? (
        <p className="muted empty-note">Enter at least two points to draw the curve.</p>
      ) : (
        <div className="curve-chart-plot">
          <ResponsiveContainer width="100%" height={200}>
            <LineChart data={data} margin={{ top: 14, right: 18, bottom: 18, left: 8 }}>
              <CartesianGrid stroke={GRID} />
              <XAxis
                type="number"
                dataKey="x"
                domain={[0, 'dataMax']}
                tick={{ fill: AXIS, fontSize: 11 }}
                label={{ value: 'tokens/s per user', position: 'insideBottom', offset: -10, fill: AXIS, fontSize: 11 }}
              />
              <YAxis type="number" dataKey="y" domain={[0, 'auto']} width={56} tick={{ fill: AXIS, fontSize: 11 }} tickFormatter={(v: number) => formatQuantity(v, 0)} />
              <Tooltip formatter={(v) => [`${formatQuantity(Number(v))} tok/s per GPU`, 'Throughput']} labelFormatter={(x) => `${formatQuantity(Number(x))} tok/s per user`} />
              <Line type="linear" dataKey="y" stroke={CURVE} strokeWidth={2} dot={{ r: 3, fill: CURVE }} isAnimationActive={false} />
              {knee !== null ? <ReferenceLine x={knee} stroke={PAST_KNEE} strokeDasharray="4 3" label={{ value: 'knee', position: 'insideTopRight', fill: PAST_KNEE, fontSize: 11 }} /> : null}
              {placed.map((o) => (
                <ReferenceDot
                  key={o.id}
                  className={`operating-point operating-point--${o.id}`}
                  x={o.interactivity ?? 0}
                  y={o.throughput ?? 0}
                  r={6}
                  fill={o.pastKnee ? PAST_KNEE : POINT}
                  stroke="#fff"
                  strokeWidth={2}
                  ifOverflow="extendDomain"
                  label={{ value: o.name, position: 'top', fill: '#16212e', fontSize: 11 }}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      <figcaption>
        {operating.length === 0 ? (
          <span className="muted">No application runs {model} on this platform yet.</span>
        ) : (
          <ul className="operating-points">
            {operating.map((o) => (
              <li key={o.id} data-testid="operating-point" data-application={o.id} data-interactivity={o.interactivity ?? ''} data-throughput={o.throughput ?? ''}>
                <span className="operating-dot" style={{ background: o.status !== 'ok' ? 'transparent' : o.pastKnee ? PAST_KNEE : POINT, borderColor: o.pastKnee ? PAST_KNEE : POINT }} aria-hidden="true" />
                <strong>{o.name}</strong>: {describe(o)}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}

function describe(o: OperatingPoint): string {
  if (o.status === 'missing') return 'no minimum interactivity set (Applications → details)';
  if (o.status === 'unreachable') return `asks ${formatQuantity(o.interactivity ?? 0)} tok/s per user, past the curve's last point`;
  const at = `${formatQuantity(o.interactivity ?? 0)} tok/s per user → ${formatQuantity(o.throughput ?? 0)} tok/s per GPU`;
  return o.pastKnee ? `${at} (past the knee: under half the first point's throughput)` : at;
}
