/**
 * Payback period (spec §4), in months elapsed since the start of month 0, written once for
 * both number types (numeric.ts).
 *
 * Formula, taken literally from the spec: for the first month k with cumulative_k ≥ 0 that
 * follows a negative cumulative, payback = k + (−cumulative_{k−1}) / CF_k. Read as: month k's
 * cash flow accrues evenly over the month, and the cumulative reaches 0 that fraction of the
 * way through it, so the result lies in (k, k+1] (it is k+1 when cumulative_k is exactly 0).
 * This is one month more than the spreadsheet habit `(k−1) + fraction`, which counts from
 * the end of month 0 instead.
 * - cumulative_0 ≥ 0: payback 0 (nothing to recover), whatever happens later.
 * - never back to ≥ 0: null.
 * - dips below zero again after the first recovery: ignored; the first crossing counts, as
 *   in the usual spreadsheet payback. CF_k > 0 at a crossing, so the division is safe.
 * Discounted payback is the same on `CF_t · v^t`, `v = 1/(1+m)` (month 0 undiscounted).
 */
import { ZERO, type Decimal } from '../decimal';
import { decimalArithmetic, type Arithmetic } from '../numeric';
import { discountFactorOf } from './npv';

/** Payback of `flows`, discounted at `monthlyRate` when one is given. */
export function paybackOf<T>(N: Arithmetic<T>, flows: ArrayLike<T>, monthlyRate: T | null = null): T | null {
  const v = monthlyRate === null ? null : discountFactorOf(N, monthlyRate);
  let factor = N.one;
  let before: T | null = null; // cumulative_{k−1}
  for (let k = 0; k < flows.length; k++) {
    let flow = flows[k] as T;
    if (v !== null) {
      flow = N.mul(flow, factor);
      factor = N.mul(factor, v);
    }
    const now: T = before === null ? flow : N.add(before, flow);
    if (N.cmp(now, N.zero) >= 0) return before === null ? N.zero : N.add(N.div(N.neg(before), flow), N.of(k));
    before = now;
  }
  return null;
}

/** Running sum: cumulative_t = CF_0 + … + CF_t. */
export function cumulative(flows: readonly Decimal[]): Decimal[] {
  let sum = ZERO;
  return flows.map((flow) => (sum = decimalArithmetic.add(sum, flow)));
}

export function paybackMonths(flows: readonly Decimal[]): Decimal | null {
  return paybackOf(decimalArithmetic, flows);
}

export function discountedPaybackMonths(flows: readonly Decimal[], monthlyRate: Decimal): Decimal | null {
  return paybackOf(decimalArithmetic, flows, monthlyRate);
}
