/**
 * Demand `D_a(t)` in tokens per month (spec §3), one value per month, built progressively:
 * - compound: `D0·(1+g)^t`, each month the previous one times (1+g);
 * - linear: `max(0, D0 + k·t)`;
 * - logistic: `C / (1 + (C/D0 − 1)·e^(−r·t))` with `e^(−r)` taken once and raised by
 *   multiplication; month 0 is exactly D0, and with D0 = 0 demand stays 0 (the curve has
 *   no seed to grow from).
 * Each month's value is put on the token grid (grids.ts); the progression itself runs at
 * full precision, so grid rounding never compounds.
 */
import { Decimal, ONE, ZERO } from '../decimal';
import type { Growth } from '../scenario/schema';
import { add, div, mul } from '../wordArithmetic';
import { toTokenGrid } from './grids';

function compound(d0: Decimal, monthlyRate: Decimal, months: number): Decimal[] {
  const factor = ONE.plus(monthlyRate);
  const series: Decimal[] = [];
  let demand = d0;
  for (let t = 0; t < months; t++) {
    if (t > 0) demand = mul(demand, factor);
    series.push(toTokenGrid(demand));
  }
  return series;
}

/** `D0 + k·t` by adding k each month (exact: the inputs are short decimals), floored at 0. */
function linear(d0: Decimal, increment: Decimal, months: number): Decimal[] {
  const series: Decimal[] = [];
  let level = d0;
  for (let t = 0; t < months; t++) {
    if (t > 0) level = add(level, increment);
    series.push(level.isNeg() ? ZERO : toTokenGrid(level));
  }
  return series;
}

function logistic(d0: Decimal, capacity: Decimal, rate: Decimal, months: number): Decimal[] {
  if (d0.isZero()) return new Array<Decimal>(months).fill(ZERO);
  const gap = capacity.div(d0).minus(ONE);
  const decay = rate.neg().exp();
  const series: Decimal[] = [toTokenGrid(d0)];
  let remainingGap = gap; // (C/D0 − 1)·e^(−r·t)
  for (let t = 1; t < months; t++) {
    remainingGap = mul(remainingGap, decay);
    series.push(toTokenGrid(div(capacity, add(ONE, remainingGap))));
  }
  return series.slice(0, months);
}

export function demandSeries(tokensMonth0: Decimal, growth: Growth, months: number): Decimal[] {
  switch (growth.type) {
    case 'compound':
      return compound(tokensMonth0, new Decimal(growth.monthlyRate), months);
    case 'linear':
      return linear(tokensMonth0, new Decimal(growth.monthlyIncrement), months);
    case 'logistic':
      return logistic(tokensMonth0, new Decimal(growth.capacity), new Decimal(growth.rate), months);
  }
}
