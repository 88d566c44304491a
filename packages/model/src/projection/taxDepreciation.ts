/**
 * Tax depreciation of one cohort (spec §8 Tax), written once for both number types: the bonus
 * `toMoney(bonusPct · capex)` in the service month s, the rest `(1 − bonus) · capex` by
 * - "book": `toMoney(rest · (1 − residual))` over `depreciationMonths` months, `toMoney(base / n)`
 *   a month, the last month taking the rounding remainder (as depreciation.ts);
 * - "macrs5": the half-year table 20 %, 32 %, 19.2 %, 11.52 %, 11.52 %, 5.76 % of the rest, tax
 *   year j's share spread evenly, `toMoney(rest · share_j / 12)` a month, over s + 12j … s + 12j + 11.
 * Charges stop after the cohort's first `k` months (its retirement) and at the horizon.
 */
import type { Arithmetic } from '../numeric';
import { depreciationCharged, type Slots } from './depreciation';
import { addSpan } from './spans';

export interface TaxRule<T> {
  readonly bonus: T;
  /** The MACRS 5-year shares (macrsShares), or null for "book". */
  readonly macrs: readonly T[] | null;
}

const MACRS5 = ['0.2', '0.32', '0.192', '0.1152', '0.1152', '0.0576'];

export const macrsShares = <T>(N: Arithmetic<T>): T[] => MACRS5.map((share) => N.of(share));

/**
 * With `change` null: the tax depreciation of the cohort (capex, from month s) over its first
 * k months. Otherwise: adds its monthly charges, for months s … s + k − 1, to `change` (spans.ts).
 */
export function taxDepreciationOf<T>(N: Arithmetic<T>, rule: TaxRule<T>, capex: T, n: number, share: T, k: number, change: Slots<T> | null, s: number): T {
  const bonus = N.isZero(rule.bonus) ? N.zero : N.moneyProduct(capex, rule.bonus);
  const rest = N.sub(capex, bonus);
  const stop = s + k;
  if (change !== null) addSpan(N, change, s, Math.min(s + 1, stop), bonus);
  if (rule.macrs === null) {
    if (change === null) return N.add(bonus, depreciationCharged(N, rest, share, n, k));
    const base = N.toMoney(N.mul(rest, share));
    const monthly = N.toMoney(N.div(base, N.of(n)));
    addSpan(N, change, s, Math.min(s + n, stop), monthly);
    if (k >= n) addSpan(N, change, s + n - 1, s + n, N.sub(base, N.mul(monthly, N.of(n))));
    return N.zero;
  }
  let charged = bonus;
  const twelve = N.of(12);
  rule.macrs.forEach((yearShare, j) => {
    const monthly = N.toMoney(N.div(N.mul(rest, yearShare), twelve));
    const from = s + 12 * j;
    if (change !== null) addSpan(N, change, from, Math.min(from + 12, stop), monthly);
    else if (k > 12 * j) charged = N.add(charged, N.mul(monthly, N.of(Math.min(12, k - 12 * j))));
  });
  return charged;
}
