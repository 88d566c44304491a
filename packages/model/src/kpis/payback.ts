/**
 * Payback period (spec §4), in months elapsed since the start of month 0.
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
 */
import { ZERO, type Decimal } from '../decimal';
import { discountedFlows } from './npv';

/** Running sum: cumulative_t = CF_0 + … + CF_t. */
export function cumulative(flows: readonly Decimal[]): Decimal[] {
  let sum = ZERO;
  return flows.map((flow) => (sum = sum.plus(flow)));
}

export function paybackMonths(flows: readonly Decimal[]): Decimal | null {
  let before: Decimal | null = null; // cumulative_{k−1}
  for (const [k, flow] of flows.entries()) {
    const now: Decimal = before === null ? flow : before.plus(flow);
    if (now.gte(0)) {
      return before === null ? ZERO : before.neg().div(flow).plus(k);
    }
    before = now;
  }
  return null;
}

/** Payback on the flows discounted at the monthly rate (month 0 undiscounted). */
export function discountedPaybackMonths(flows: readonly Decimal[], monthlyRate: Decimal): Decimal | null {
  return paybackMonths(discountedFlows(flows, monthlyRate));
}
