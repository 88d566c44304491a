/**
 * Per-month factors of rates given per year, without a fractional power per month
 * (decimal.js pays ~60 µs for one): `base^(t/12)` is `base^year(t) · q^(t mod 12)` with
 * `q = base^(1/12)` taken once, whole-year powers by repeated multiplication. At every
 * twelfth month the factor is the exact whole-year power (e.g. 0.9 at t = 12 for a 10 %
 * annual decline), not an accumulated product of twelfth roots. Written once for both number
 * types (numeric.ts); the float path tabulates them when it compiles a scenario.
 */
import type { Decimal } from '../decimal';
import { decimalArithmetic, type Arithmetic } from '../numeric';
import { sharedSeries } from './seriesCache';

/** `base^(t/12)` for t = 0 … months−1 into `out`; base ≥ 0 (`0^0 = 1`, then 0). */
export function fractionalYearPowersInto<T>(N: Arithmetic<T>, base: T, months: number, out: { [t: number]: T }): void {
  if (N.cmp(base, N.one) === 0) {
    for (let t = 0; t < months; t++) out[t] = N.one;
    return;
  }
  const q = N.pow(base, N.div(N.one, N.of(12)));
  const withinYear: T[] = [N.one];
  for (let k = 1; k < 12; k++) withinYear.push(N.mul(withinYear[k - 1] ?? N.one, q));
  let yearPower = N.one;
  for (let t = 0; t < months; t++) {
    const k = t % 12;
    if (k === 0 && t > 0) yearPower = N.mul(yearPower, base);
    out[t] = k === 0 ? yearPower : N.mul(yearPower, withinYear[k] ?? N.one);
  }
}

/** `base^floor(t/12)` for t = 0 … months−1 into `out`: a factor that steps once per model year. */
export function wholeYearPowersInto<T>(N: Arithmetic<T>, base: T, months: number, out: { [t: number]: T }): void {
  let yearPower = N.one;
  for (let t = 0; t < months; t++) {
    if (t > 0 && t % 12 === 0) yearPower = N.mul(yearPower, base);
    out[t] = yearPower;
  }
}

export function fractionalYearPowers(base: Decimal, months: number): Decimal[] {
  const factors = new Array<Decimal>(months);
  fractionalYearPowersInto(decimalArithmetic, base, months, factors);
  return factors;
}

export function wholeYearPowers(base: Decimal, months: number): Decimal[] {
  const factors = new Array<Decimal>(months);
  wholeYearPowersInto(decimalArithmetic, base, months, factors);
  return factors;
}

/** `fractionalYearPowers` by base, memoised (seriesCache.ts): many apps and projections share a rate. */
export function powerSeriesMemo(months: number): (base: Decimal) => readonly Decimal[] {
  return (base) => sharedSeries(`pow|${months}|${base.toFixed()}`, () => fractionalYearPowers(base, months));
}

