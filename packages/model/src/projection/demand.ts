/**
 * Demand `D_a(t)` in tokens per month (spec §3), written once for both number types
 * (numeric.ts), one value per month, built progressively:
 * - compound: `D0·(1+g)^t`, each month the previous one times (1+g);
 * - linear: `max(0, D0 + k·t)`, adding k each month (exact in Decimal: short decimals);
 * - logistic: `C / (1 + (C/D0 − 1)·e^(−r·t))` with `e^(−r)` taken once and raised by
 *   multiplication; month 0 is exactly D0, and with D0 = 0 demand stays 0 (the curve has
 *   no seed to grow from).
 * Each month's value is put on the token grid (grids.ts); the progression itself runs at
 * full precision, so grid rounding never compounds.
 */
import { Decimal } from '../decimal';
import { decimalArithmetic, type Arithmetic } from '../numeric';
import type { Growth } from '../scenario/schema';

/** A growth rule in the instance's numbers. */
export type GrowthOf<T> =
  | { type: 'compound'; rate: T }
  | { type: 'linear'; increment: T }
  | { type: 'logistic'; capacity: T; rate: T };

/** Writes `months` values of demand into `out` from index `base`. */
export function demandInto<T>(N: Arithmetic<T>, d0: T, g: GrowthOf<T>, months: number, out: { [i: number]: T }, base: number): void {
  if (g.type === 'compound') {
    const factor = N.add(N.one, g.rate);
    let d = d0;
    for (let t = 0; t < months; t++) {
      if (t > 0) d = N.mul(d, factor);
      out[base + t] = N.toTokens(d);
    }
  } else if (g.type === 'linear') {
    let level = d0;
    for (let t = 0; t < months; t++) {
      if (t > 0) level = N.add(level, g.increment);
      out[base + t] = N.cmp(level, N.zero) < 0 ? N.zero : N.toTokens(level);
    }
  } else if (N.isZero(d0)) {
    for (let t = 0; t < months; t++) out[base + t] = N.zero;
  } else {
    const decay = N.exp(N.neg(g.rate));
    let gap = N.sub(N.div(g.capacity, d0), N.one); // (C/D0 − 1)·e^(−r·t)
    out[base] = N.toTokens(d0);
    for (let t = 1; t < months; t++) {
      gap = N.mul(gap, decay);
      out[base + t] = N.toTokens(N.div(g.capacity, N.add(N.one, gap)));
    }
  }
}

function growthOf(growth: Growth): GrowthOf<Decimal> {
  if (growth.type === 'compound') return { type: 'compound', rate: new Decimal(growth.monthlyRate) };
  if (growth.type === 'linear') return { type: 'linear', increment: new Decimal(growth.monthlyIncrement) };
  return { type: 'logistic', capacity: new Decimal(growth.capacity), rate: new Decimal(growth.rate) };
}

export function demandSeries(tokensMonth0: Decimal, growth: Growth, months: number): Decimal[] {
  const series = new Array<Decimal>(months);
  demandInto(decimalArithmetic, tokensMonth0, growthOf(growth), months, series, 0);
  return series;
}
