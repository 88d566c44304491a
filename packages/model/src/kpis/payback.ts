/**
 * Payback period (spec §4), in months elapsed since the start of month 0, written once for
 * both number types (numeric.ts).
 *
 * Formula (spec §4 as of v2, the spreadsheet convention, consistent with NPV's timing: month 0's
 * flow at time 0): for the first month k with cumulative_k ≥ 0 that follows a negative
 * cumulative, payback = (k − 1) + (−cumulative_{k−1}) / CF_k. Read as: month t's flow sits at
 * time t and the cumulative is interpolated linearly between times k − 1 and k, so the result
 * lies in (k − 1, k] (it is k when cumulative_k is exactly 0). v1 said `k + …`, one month more.
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
    if (N.cmp(now, N.zero) >= 0) return before === null ? N.zero : N.add(N.div(N.neg(before), flow), N.of(k - 1));
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
