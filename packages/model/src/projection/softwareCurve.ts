/**
 * Software multiplier `M_p(t)` on day-one throughput (spec §3): inference software releases
 * raise tokens/s on hardware already bought.
 * - none: 1;
 * - compound: `min(cap, (1+i)^(t/12))`;
 * - steps: the product of `multiplier` over the steps with `month ≤ t` (steps may come in any
 *   order; two steps in one month both apply; a step at or after the horizon never applies).
 */
import { Decimal, ONE } from '../decimal';
import type { SoftwareCurve } from '../scenario/schema';

type PowerSeries = (base: Decimal) => readonly Decimal[];

function compound(annualImprovement: Decimal, cap: Decimal, months: number, powers: PowerSeries): Decimal[] {
  return powers(ONE.plus(annualImprovement)).slice(0, months).map((m) => Decimal.min(cap, m));
}

function steps(curve: Extract<SoftwareCurve, { type: 'steps' }>, months: number): Decimal[] {
  const factorAt = new Array<Decimal>(months).fill(ONE);
  for (const step of curve.steps) {
    const existing = factorAt[step.month];
    if (existing !== undefined) factorAt[step.month] = existing.times(step.multiplier);
  }
  const series: Decimal[] = [];
  let multiplier: Decimal = ONE;
  for (const factor of factorAt) {
    if (!factor.eq(ONE)) multiplier = multiplier.times(factor);
    series.push(multiplier);
  }
  return series;
}

export function softwareMultiplierSeries(curve: SoftwareCurve, months: number, powers: PowerSeries): Decimal[] {
  switch (curve.type) {
    case 'none':
      return new Array<Decimal>(months).fill(ONE);
    case 'compound':
      return compound(new Decimal(curve.annualImprovement), new Decimal(curve.cap), months, powers);
    case 'steps':
      return steps(curve, months);
  }
}

/** Months of steps that fall at or after the horizon (they never apply): for a warning. */
export function stepsBeyondHorizon(curve: SoftwareCurve, months: number): number[] {
  return curve.type === 'steps' ? curve.steps.map((s) => s.month).filter((m) => m >= months) : [];
}
