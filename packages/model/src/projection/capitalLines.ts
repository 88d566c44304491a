/**
 * The §8 capital lines of an owned platform from its cohorts, written once for both number
 * types (numeric.ts): depreciation (from the service month, stopped at retirement), disposal
 * proceeds, terminal value, tax depreciation, the tax basis released and the capital charge.
 *
 * `cohortCapex[s]` is the capex of the cohort entering service in s (`q(s) · capexPerNode`). A
 * cohort is charged for `k` months: `life` when it retires inside the horizon (disposal at
 * s + life), else `H − s` (cut at the horizon; terminal value at H−1 when asked).
 * - book value = capex − depreciation charged over those k months (depreciation.ts's rounding:
 *   `base = toMoney(capex · (1 − residual))`, `toMoney(base / n)` a month, the base once k ≥ n);
 * - tax (taxDepreciation.ts): bonus in the service month, the rest "book" or "macrs5"; the basis
 *   released is capex − tax depreciation over the same k months;
 * - capital charge `toMoney(capex · factor)` a month for `min(n, life)` months (capitalCharge.ts).
 */
import type { Arithmetic } from '../numeric';
import { depreciationCharged, depreciationInto, type Slots } from './depreciation';
import { addSpan, runningSum } from './spans';
import { taxDepreciationOf, type TaxRule } from './taxDepreciation';

export interface CapitalParams<T> {
  readonly depreciationMonths: number;
  /** Months a cohort serves; null: never retired. */
  readonly usefulLife: number | null;
  /** `1 − residualValuePct`, taken exactly. */
  readonly depreciableShare: T;
  /** Capital charge per unit of capex a month (capitalCharge.ts). */
  readonly chargeFactor: T;
  /** terminalValue "bookValue". */
  readonly terminalValue: boolean;
  readonly tax: TaxRule<T> | null;
}

export interface CapitalLines<T> {
  depreciation: Slots<T>;
  disposalProceeds: Slots<T>;
  terminalValue: Slots<T>;
  taxDepreciation: Slots<T>;
  taxBasisReleased: Slots<T>;
  capitalCharge: Slots<T>;
}

/** Fills `out` (every line `H` long); `change` is scratch of H + 1 slots. */
export function capitalLinesInto<T>(N: Arithmetic<T>, cohortCapex: ArrayLike<T>, p: CapitalParams<T>, change: Slots<T>, out: CapitalLines<T>): void {
  const H = out.depreciation.length;
  const { usefulLife: life, depreciationMonths: n } = p;
  depreciationInto(N, cohortCapex, p.depreciableShare, n, change, out.depreciation, life);
  for (let t = 0; t < H; t++) {
    out.disposalProceeds[t] = N.zero;
    out.terminalValue[t] = N.zero;
    out.taxBasisReleased[t] = N.zero;
  }
  const chargeMonths = life === null ? n : Math.min(n, life);
  for (let t = 0; t <= H; t++) change[t] = N.zero;
  for (let s = 0; s < H; s++) {
    const capex = cohortCapex[s] as T;
    if (N.isZero(capex)) continue;
    addSpan(N, change, s, s + chargeMonths, N.toMoney(N.mul(capex, p.chargeFactor)));
    const disposed = life !== null && s + life < H;
    if (!disposed && !p.terminalValue) continue;
    const k = disposed ? (life as number) : H - s;
    const at = disposed ? s + (life as number) : H - 1;
    const book = N.sub(capex, depreciationCharged(N, capex, p.depreciableShare, n, k));
    const line = disposed ? out.disposalProceeds : out.terminalValue;
    line[at] = N.add(line[at] as T, book);
    if (p.tax !== null) {
      const basis = N.sub(capex, taxDepreciationOf(N, p.tax, capex, n, p.depreciableShare, k, null, s));
      out.taxBasisReleased[at] = N.add(out.taxBasisReleased[at] as T, basis);
    }
  }
  runningSum(N, change, out.capitalCharge);
  if (p.tax === null) {
    for (let t = 0; t < H; t++) out.taxDepreciation[t] = N.zero;
    return;
  }
  for (let t = 0; t <= H; t++) change[t] = N.zero;
  for (let s = 0; s < H; s++) {
    const capex = cohortCapex[s] as T;
    if (!N.isZero(capex)) taxDepreciationOf(N, p.tax, capex, n, p.depreciableShare, life ?? H, change, s);
  }
  runningSum(N, change, out.taxDepreciation);
}
