/**
 * Showback / chargeback of a platform-month (spec §5).
 *
 * A platform's self-hosted cost of a month goes to its applications in proportion to their
 * served busy GPU-hours. With utilisation U, the busy share `U · cost` is what the
 * applications used; the idle share `(1 − U) · cost`:
 * - "separate" (showback): stays with the platform as its `idleCost` line;
 * - "spread" (chargeback): is spread over the applications in the same proportions.
 * With no served work on the platform that month, all its cost is idle (under both policies:
 * there is nobody to charge). API cost goes to its application directly.
 *
 * Allocate, don't divide: the applications' parts are put on the money grid so that they add
 * up to the amount exactly (allocateOnMoneyGrid), and idle = cost − busy share exactly;
 * hence Σ allocatedCost + Σ idleCost = Σ self-hosted cost + apiCost, every month, in Decimal.
 */
import { type Decimal, ZERO } from '../decimal';
import { exactSum } from '../exactSum';
import { MONEY_DECIMAL_PLACES, moneyProduct } from '../projection/grids';
import { DOWN, add, compare, sub, toPlaces } from '../wordArithmetic';

export type IdlePolicy = 'separate' | 'spread';

export interface PlatformCostSplit {
  /** Allocated to the applications on the platform. */
  readonly toApplications: Decimal;
  /** The platform's idle cost line. */
  readonly idle: Decimal;
}

/** Split a platform-month's cost (on the money grid) into the applications' part and idle. */
export function splitPlatformCost(
  cost: Decimal,
  utilization: Decimal,
  policy: IdlePolicy,
  hasServedWork: boolean,
): PlatformCostSplit {
  if (!hasServedWork) return { toApplications: ZERO, idle: cost };
  if (policy === 'spread') return { toApplications: cost, idle: ZERO };
  const busy = moneyProduct(cost, utilization);
  return { toApplications: busy, idle: sub(cost, busy) };
}

/**
 * Put exact shares on the money grid without losing a quantum: each part is its exact share
 * rounded DOWN to the grid, and the part with the largest exact share (the first of equals)
 * also takes the residual, so the parts sum to `total` exactly. Rounding down makes the
 * residual non-negative (at most n quanta, n · 1e-20 USD, plus 34-digit noise), so no part
 * can turn negative however small the total (rounding half-even, five shares of 0.6 quanta
 * would take 5 quanta from a total of 3). Far below a cent, where presentation rounds by
 * largest remainder (largestRemainder.ts). `total` is on the grid and `exactShares` (≥ 0)
 * sum to it up to 34-digit rounding.
 */
export function allocateOnMoneyGrid(total: Decimal, exactShares: readonly Decimal[]): Decimal[] {
  if (exactShares.length === 1) return [total];
  if (total.isZero()) return exactShares.map(() => ZERO);
  let largest = 0;
  const parts = exactShares.map((share, index) => {
    if (compare(share, exactShares[largest] ?? ZERO) > 0) largest = index;
    return share.isZero() ? ZERO : toPlaces(share, MONEY_DECIMAL_PLACES, DOWN);
  });
  const sum = exactSum(parts); // on the grid: exact (exactSum.ts)
  parts[largest] = add(parts[largest] ?? ZERO, sub(total, sum));
  return parts;
}
