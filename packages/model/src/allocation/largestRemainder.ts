/**
 * Cents for display and export (spec §5): the model keeps exact amounts; when parts are shown
 * in cents they are rounded by largest remainder so they still sum to the rounded total.
 *
 * Rounding mode, named: the total is rounded HALF-EVEN (banker's) to cents. Each part gets
 * floor(100·a) cents, then the cents still missing go one each to the parts with the largest
 * remainder 100·a − floor(100·a); equal remainders: lower index first. So every part is its
 * exact value rounded down or up (within one cent), and the parts sum to the rounded total.
 * - Negative amounts (credits) use the same floor/remainder on the number line: −1.234 is
 *   −124 cents with remainder 0.6, and it may be raised to −123. Negating every amount negates
 *   the result, up to how ties are broken.
 * - Zero and whole-cent amounts have remainder 0 and never receive an extra cent (the missing
 *   cents never outnumber the parts with a positive remainder).
 * - The total is Σ floor + Σ remainders; only the parity of Σ floor matters for half-even, so
 *   the rounding is done on the small number parity + Σ remainders, exact in 34 digits.
 */
import { Decimal } from '../decimal';

/** `d` rounded half-even (banker's rounding) to two decimals: 0.125 → 0.12, 0.135 → 0.14. */
export function roundToCents(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
}

/** Whole cents per amount, summing to Σ amounts rounded half-even to cents. */
export function allocateCents(amounts: readonly Decimal[]): bigint[] {
  const parts = amounts.map((amount, index) => {
    const scaled = amount.times(100);
    const floor = scaled.floor();
    return { index, cents: BigInt(floor.toFixed()), remainder: scaled.minus(floor) };
  });
  const floorSum = parts.reduce((sum, p) => sum + p.cents, 0n);
  const remainderSum = parts.reduce((sum, p) => sum.plus(p.remainder), new Decimal(0));
  const parity = floorSum & 1n; // 0 or 1, also for negative sums (two's complement)
  const missing = remainderSum
    .plus(parity.toString())
    .toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN)
    .minus(parity.toString())
    .toNumber();
  const order = [...parts].sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const result = parts.map((p) => p.cents);
  for (const p of order.slice(0, missing)) result[p.index] = p.cents + 1n;
  return result;
}

/** The same allocation as Decimal dollars with two decimals, ready for `toDecimalString`. */
export function allocateToCents(amounts: readonly Decimal[]): Decimal[] {
  return allocateCents(amounts).map((cents) => new Decimal(cents.toString()).div(100));
}
