/**
 * Straight-line depreciation by purchase cohort (spec §3), written once for both number types
 * (numeric.ts). The capex of month s is a cohort with depreciable base `capex · (1 − residual)`,
 * written off over `lifeMonths` months from month s: `base / lifeMonths` a month on the money
 * grid, the last month taking the rounding remainder so that a cohort's charges add up to its
 * base exactly. Charges after the horizon are cut (not shown, not pulled forward); the
 * undepreciated rest stays on the balance sheet. With a useful life shorter than the
 * depreciation (§8) a cohort's charges stop when it retires. `capex` is indexed by the month
 * the cohort starts depreciating (v1: its purchase month; §8: its service month).
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
export function depreciationInto<T>(
  N: Arithmetic<T>,
  capex: ArrayLike<T>,
  depreciableShare: T,
  lifeMonths: number,
  change: Slots<T>,
  out: Slots<T>,
  serviceLife: number | null = null,
): void {
  const months = out.length;
  // §8: a cohort retired before it is written off stops at s + serviceLife (no remainder month)
  if (serviceLife !== null && serviceLife < lifeMonths) {
    for (let t = 0; t <= months; t++) change[t] = N.zero;
    const life = N.of(lifeMonths);
    for (let start = 0; start < months; start++) {
      const amount = capex[start] as T;
      if (N.isZero(amount)) continue;
      const monthly = N.toMoney(N.div(N.toMoney(N.mul(amount, depreciableShare)), life));
      change[start] = N.add(change[start] as T, monthly);
      const end = start + serviceLife;
      if (end < months) change[end] = N.sub(change[end] as T, monthly);
    }
    let running = N.zero;
    for (let t = 0; t < months; t++) {
      running = N.add(running, change[t] as T);
      out[t] = running;
    }
    return;
  }
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

/** Depreciation charged to a cohort of capex C over its first k months. */
export function depreciationCharged<T>(N: Arithmetic<T>, capex: T, share: T, n: number, k: number): T {
  const base = N.toMoney(N.mul(capex, share));
  return k >= n ? base : N.mul(N.toMoney(N.div(base, N.of(n))), N.of(k));
}

export function depreciationSeries(capex: readonly Decimal[], residualValuePct: Decimal, lifeMonths: number): Decimal[] {
  const months = capex.length;
  const out = new Array<Decimal>(months);
  depreciationInto(decimalArithmetic, capex, ONE.minus(residualValuePct), lifeMonths, new Array<Decimal>(months + 1), out);
  return out;
}
