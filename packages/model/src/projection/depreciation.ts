/**
 * Straight-line depreciation by purchase cohort (spec §3), written once for both number types
 * (numeric.ts). The capex of month s is a cohort with depreciable base `capex · (1 − residual)`,
 * written off over `lifeMonths` months from month s: `base / lifeMonths` a month on the money
 * grid, the last month taking the rounding remainder so that a cohort's charges add up to its
 * base exactly. Charges after the horizon are cut (not shown, not pulled forward); the
 * undepreciated rest stays on the balance sheet.
 */
import { type Decimal, ONE } from '../decimal';
import { decimalArithmetic, type Arithmetic } from '../numeric';

/** A writable array of T (an Array, or a Float64Array for numbers). */
export type Slots<T> = { [t: number]: T; readonly length: number };

/**
 * Writes into `out` the monthly charge of the cohorts in `capex` (`out.length` months).
 * `change` is scratch of `out.length + 1` slots; `depreciableShare` is `1 − residual`, taken by
 * the caller exactly (a float `1 − x` for x near 1 loses digits).
 */
export function depreciationInto<T>(N: Arithmetic<T>, capex: ArrayLike<T>, depreciableShare: T, lifeMonths: number, change: Slots<T>, out: Slots<T>): void {
  const months = out.length;
  for (let t = 0; t <= months; t++) change[t] = N.zero;
  const life = N.of(lifeMonths);
  // change[t]: how the monthly charge changes at t (a cohort starts, takes its remainder, ends)
  for (let start = 0; start < months; start++) {
    const amount = capex[start] as T;
    if (N.isZero(amount)) continue;
    const base = N.toMoney(N.mul(amount, depreciableShare));
    const monthly = N.toMoney(N.div(base, life));
    const lastMonthExtra = N.sub(base, N.mul(monthly, life));
    const last = start + lifeMonths - 1;
    change[start] = N.add(change[start] as T, monthly);
    if (last < months) change[last] = N.add(change[last] as T, lastMonthExtra);
    if (last + 1 < months) change[last + 1] = N.add(change[last + 1] as T, N.neg(N.add(lastMonthExtra, monthly)));
  }
  let charge = N.zero;
  for (let t = 0; t < months; t++) {
    charge = N.add(charge, change[t] as T);
    out[t] = charge;
  }
}

export function depreciationSeries(capex: readonly Decimal[], residualValuePct: Decimal, lifeMonths: number): Decimal[] {
  const months = capex.length;
  const out = new Array<Decimal>(months);
  depreciationInto(decimalArithmetic, capex, ONE.minus(residualValuePct), lifeMonths, new Array<Decimal>(months + 1), out);
  return out;
}
