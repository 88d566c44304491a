/**
 * Reading an interactivity curve (spec §9) outside the engine: the throughput at an SLA (the
 * editor's operating points, the choice warnings) and the curve's knee. The same formula as the
 * engine's rate figure (projection/modelGroups.ts): linear between points, the first point's
 * value below the first point, none above the last point (validation rejects that SLA).
 */
import { Decimal, type DecimalInput } from '../decimal';

export interface CurvePointInput {
  readonly interactivity: DecimalInput;
  readonly tokensPerSecondPerGpu: DecimalInput;
}

/** Tokens/s per GPU at `u` tokens/s per user; null above the last point or with no points. */
export function curveThroughputAt(points: readonly CurvePointInput[], u: DecimalInput): Decimal | null {
  const at = new Decimal(u);
  const first = points[0];
  if (first === undefined) return null;
  if (at.lte(first.interactivity)) return new Decimal(first.tokensPerSecondPerGpu);
  for (let k = 1; k < points.length; k++) {
    const lo = points[k - 1];
    const hi = points[k];
    if (lo === undefined || hi === undefined || at.gt(hi.interactivity)) continue;
    const [x0, y0, x1, y1] = [lo.interactivity, lo.tokensPerSecondPerGpu, hi.interactivity, hi.tokensPerSecondPerGpu].map((v) => new Decimal(v)) as [Decimal, Decimal, Decimal, Decimal];
    if (at.eq(x1)) return y1;
    return y0.plus(y1.minus(y0).times(at.minus(x0)).dividedBy(x1.minus(x0)));
  }
  return null;
}

/**
 * The knee: the interactivity at which the curve's throughput falls to half its first point's
 * (linear between points); past it, each GPU serves less than half of what it could at low
 * interactivity. Null when the curve never falls that far.
 */
export function curveKnee(points: readonly CurvePointInput[]): Decimal | null {
  const first = points[0];
  if (first === undefined) return null;
  const half = new Decimal(first.tokensPerSecondPerGpu).dividedBy(2);
  for (let k = 1; k < points.length; k++) {
    const lo = points[k - 1];
    const hi = points[k];
    if (lo === undefined || hi === undefined) continue;
    const [x0, y0, x1, y1] = [lo.interactivity, lo.tokensPerSecondPerGpu, hi.interactivity, hi.tokensPerSecondPerGpu].map((v) => new Decimal(v)) as [Decimal, Decimal, Decimal, Decimal];
    if (!y1.lt(half)) continue;
    // y falls from y0 ≥ half to y1 < half on this segment: solve y(x) = half.
    return x0.plus(y0.minus(half).times(x1.minus(x0)).dividedBy(y0.minus(y1)));
  }
  return null;
}

/** Past the knee: the throughput at `u` is below half the first point's (false when unreachable). */
export function isPastKnee(points: readonly CurvePointInput[], u: DecimalInput): boolean {
  const first = points[0];
  const at = curveThroughputAt(points, u);
  return first !== undefined && at !== null && at.lt(new Decimal(first.tokensPerSecondPerGpu).dividedBy(2));
}
