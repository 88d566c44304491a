/**
 * Net present value at a monthly rate (spec §4): `Σ_t CF_t / (1+m)^t`, month 0 undiscounted,
 * so it equals the spreadsheet `CF0 + NPV(m; CF1…)`. Written once for both number types
 * (numeric.ts); the Decimal functions below are its exact instance.
 *
 * No power per month (decimal.js pays ~60 µs for a fractional `pow`): the discount factor
 * `v = 1/(1+m)` is formed once and applied by multiplication; 120 months of 34-digit rounding
 * stay far below 1e-30 relative.
 */
import { type Decimal } from '../decimal';
import { decimalArithmetic, type Arithmetic } from '../numeric';

/** `1 / (1 + m)`; throws a RangeError for `m ≤ −1`, where discounting has no meaning. */
export function discountFactorOf<T>(N: Arithmetic<T>, monthlyRate: T): T {
  const growth = N.add(N.one, monthlyRate);
  if (N.cmp(growth, N.zero) <= 0) {
    throw new RangeError(`monthly rate must be greater than -1, got ${String(monthlyRate)}`);
  }
  return N.div(N.one, growth);
}

/** NPV by Horner's rule, `CF0 + v·(CF1 + v·(CF2 + …))`: one multiply and one add per month. Empty flows give 0. */
export function npvOf<T>(N: Arithmetic<T>, flows: ArrayLike<T>, monthlyRate: T): T {
  const v = discountFactorOf(N, monthlyRate);
  let acc = N.zero;
  for (let t = flows.length - 1; t >= 0; t--) acc = N.add(N.mul(acc, v), flows[t] as T);
  return acc;
}

export function discountFactor(monthlyRate: Decimal): Decimal {
  return discountFactorOf(decimalArithmetic, monthlyRate);
}

/** Each flow discounted to month 0: `CF_t · v^t` (month 0 unchanged). */
export function discountedFlows(flows: readonly Decimal[], monthlyRate: Decimal): Decimal[] {
  const N = decimalArithmetic;
  const v = discountFactor(monthlyRate);
  let factor = N.one;
  return flows.map((flow) => {
    const discounted = N.mul(flow, factor);
    factor = N.mul(factor, v);
    return discounted;
  });
}

export function npv(flows: readonly Decimal[], monthlyRate: Decimal): Decimal {
  return npvOf(decimalArithmetic, flows, monthlyRate);
}
