/**
 * Per-month factors of rates given per year, without a fractional power per month
 * (decimal.js pays ~60 µs for one): `base^(t/12)` is `base^year(t) · q^(t mod 12)` with
 * `q = base^(1/12)` taken once, whole-year powers by repeated multiplication. At every
 * twelfth month the factor is the exact whole-year power (e.g. 0.9 at t = 12 for a 10 %
 * annual decline), not an accumulated product of twelfth roots.
 */
import { type Decimal, ONE } from '../decimal';
import { mul } from '../wordArithmetic';
import { sharedSeries } from './seriesCache';

const ONE_TWELFTH = ONE.div(12);

/** `base^(t/12)` for t = 0 … months−1; base ≥ 0 (`0^0 = 1`, then 0). */
export function fractionalYearPowers(base: Decimal, months: number): Decimal[] {
  if (base.eq(ONE)) return new Array<Decimal>(months).fill(ONE);
  const q = base.pow(ONE_TWELFTH);
  const withinYear: Decimal[] = [ONE];
  for (let k = 1; k < 12; k++) withinYear.push(mul(withinYear[k - 1] ?? ONE, q));
  const factors: Decimal[] = [];
  let yearPower: Decimal = ONE;
  for (let t = 0; t < months; t++) {
    const k = t % 12;
    if (k === 0 && t > 0) yearPower = mul(yearPower, base);
    factors.push(k === 0 ? yearPower : mul(yearPower, withinYear[k] ?? ONE));
  }
  return factors;
}

/** `base^floor(t/12)` for t = 0 … months−1: a factor that steps once per model year. */
export function wholeYearPowers(base: Decimal, months: number): Decimal[] {
  const factors: Decimal[] = [];
  let yearPower: Decimal = ONE;
  for (let t = 0; t < months; t++) {
    if (t > 0 && t % 12 === 0) yearPower = mul(yearPower, base);
    factors.push(yearPower);
  }
  return factors;
}

/** `fractionalYearPowers` by base, memoised (seriesCache.ts): many apps and projections share a rate. */
export function powerSeriesMemo(months: number): (base: Decimal) => readonly Decimal[] {
  return (base) => sharedSeries(`pow|${months}|${base.toFixed()}`, () => fractionalYearPowers(base, months));
}
