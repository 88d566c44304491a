/**
 * Software multiplier `M_p(t)` on day-one throughput (spec §3): inference software releases
 * raise tokens/s on hardware already bought. Written once for both number types (numeric.ts).
 * - none: 1;
 * - compound: `min(cap, (1+i)^(t/12))`;
 * - steps: the product of `multiplier` over the steps with `month ≤ t` (steps may come in any
 *   order; two steps in one month both apply; a step at or after the horizon never applies).
 */
import { Decimal } from '../decimal';
import { decimalArithmetic, type Arithmetic } from '../numeric';
import type { SoftwareCurve } from '../scenario/schema';
import { fractionalYearPowersInto } from './powerSeries';

/** A curve in the instance's numbers. */
export type SoftwareCurveOf<T> =
  | { type: 'none' }
  | { type: 'compound'; annualImprovement: T; cap: T }
  | { type: 'steps'; steps: { month: number; multiplier: T }[] };

/** `M_p(t)` for t = 0 … months−1 into `out`. */
export function softwareMultiplierInto<T>(N: Arithmetic<T>, curve: SoftwareCurveOf<T>, months: number, out: { [t: number]: T }): void {
  if (curve.type === 'compound') {
    fractionalYearPowersInto(N, N.add(N.one, curve.annualImprovement), months, out);
    for (let t = 0; t < months; t++) out[t] = N.min(curve.cap, out[t] ?? N.one);
    return;
  }
  for (let t = 0; t < months; t++) out[t] = N.one;
  if (curve.type === 'none') return;
  for (const step of curve.steps) {
    if (step.month < months) out[step.month] = N.mul(out[step.month] ?? N.one, step.multiplier);
  }
  let multiplier = N.one;
  for (let t = 0; t < months; t++) {
    const factor = out[t] ?? N.one;
    if (N.cmp(factor, N.one) !== 0) multiplier = N.mul(multiplier, factor);
    out[t] = multiplier;
  }
}

function curveOf(curve: SoftwareCurve): SoftwareCurveOf<Decimal> {
  if (curve.type === 'none') return curve;
  if (curve.type === 'compound') return { type: 'compound', annualImprovement: new Decimal(curve.annualImprovement), cap: new Decimal(curve.cap) };
  return { type: 'steps', steps: curve.steps.map((s) => ({ month: s.month, multiplier: new Decimal(s.multiplier) })) };
}

export function softwareMultiplierSeries(curve: SoftwareCurve, months: number): Decimal[] {
  const series = new Array<Decimal>(months);
  softwareMultiplierInto(decimalArithmetic, curveOf(curve), months, series);
  return series;
}

/** Months of steps that fall at or after the horizon (they never apply): for a warning. */
export function stepsBeyondHorizon(curve: SoftwareCurve, months: number): number[] {
  return curve.type === 'steps' ? curve.steps.map((s) => s.month).filter((m) => m >= months) : [];
}
