/**
 * An API option's month (spec §9 commitment, §5): its applications' costs at list price
 * (`usage`), and with a commitment `{ monthlyMinimum, discountPct }` the option's cost
 * `max(monthlyMinimum, usage · (1 − discountPct))`, owed every month used or not.
 * - The applications are allocated their discounted cost, `cost_a · (1 − discountPct)`, put on
 *   the money grid so the parts sum to `usage · (1 − discountPct)` exactly (allocate.ts).
 * - The shortfall `unusedCommitment = cost − usage · (1 − discountPct)` is the option's idle
 *   line; under "spread" it goes to the applications pro rata to their usage (idle 0), and with
 *   no usage that month it stays idle under both policies (nobody to charge).
 * Without a commitment the option costs its usage and each application its own cost (the same
 * arrays: v1 bytes). So Σ allocated + idle = cost, every month.
 */
import { Decimal, ZERO } from '../decimal';
import { exactSum } from '../exactSum';
import { moneyProduct, toMoneyGrid } from '../projection/grids';
import type { ApiOption } from '../scenario/schema';
import { compare, div, mul, sub } from '../wordArithmetic';
import { allocateOnMoneyGrid, type IdlePolicy } from './allocate';

export interface ApiOptionMonths {
  readonly id: string;
  /** What the option costs each month (scenario `apiCost` sums these). */
  readonly cost: readonly Decimal[];
  /** `cost − usage · (1 − discountPct)`: commitment paid for and not used (0 without a commitment). */
  readonly unusedCommitment: readonly Decimal[];
  /** The part of `unusedCommitment` left idle (all of it under "separate", or with no usage). */
  readonly idle: readonly Decimal[];
}

/** The terms of one sum, refilled for each (exactSum keeps no reference). */
const terms: Decimal[] = [];

function usageAt(charges: readonly (readonly Decimal[])[], t: number): Decimal {
  terms.length = 0;
  for (const series of charges) terms.push(series[t] ?? ZERO);
  return exactSum(terms);
}

/**
 * Settles one option over `months` from its applications' list-price costs (`charges`, one series
 * per application, 0 in months it does not serve them). Returns the option's lines and each
 * application's allocated API cost (aligned with `charges`).
 */
export function settleApiOption(
  option: ApiOption,
  charges: readonly (readonly Decimal[])[],
  months: number,
  policy: IdlePolicy,
): { lines: ApiOptionMonths; allocated: readonly (readonly Decimal[])[] } {
  const usage = Array.from({ length: months }, (_, t) => usageAt(charges, t));
  const commitment = option.commitment;
  if (commitment === undefined) {
    const zeros = new Array<Decimal>(months).fill(ZERO);
    return { lines: { id: option.id, cost: usage, unusedCommitment: zeros, idle: zeros }, allocated: charges };
  }
  const keep = new Decimal(1).minus(commitment.discountPct);
  const minimum = toMoneyGrid(new Decimal(commitment.monthlyMinimum));
  const cost: Decimal[] = [];
  const unused: Decimal[] = [];
  const idle: Decimal[] = [];
  const allocated: Decimal[][] = charges.map(() => []);
  usage.forEach((used, t) => {
    const discounted = moneyProduct(used, keep);
    const owed = compare(minimum, discounted) > 0 ? minimum : discounted;
    const shortfall = sub(owed, discounted);
    cost.push(owed);
    unused.push(shortfall);
    if (used.isZero()) {
      idle.push(shortfall);
      for (const parts of allocated) parts.push(ZERO);
      return;
    }
    const spread = policy === 'spread';
    const total = spread ? owed : discounted;
    const perUsage = spread ? div(owed, used) : keep;
    idle.push(spread ? ZERO : shortfall);
    const exact = charges.map((series) => {
      const c = series[t] ?? ZERO;
      return c.isZero() ? ZERO : mul(c, perUsage);
    });
    allocateOnMoneyGrid(total, exact).forEach((part, i) => allocated[i]?.push(part));
  });
  return { lines: { id: option.id, cost, unusedCommitment: unused, idle }, allocated };
}
