/**
 * Net present value at a monthly rate (spec §4): `Σ_t CF_t / (1+m)^t`, month 0 undiscounted,
 * so it equals the spreadsheet `CF0 + NPV(m; CF1…)`.
 *
 * Performance: decimal.js pays ~60 µs for a fractional `pow`, so no power is taken per
 * month. The discount factor `v = 1/(1+m)` is formed once (one division) and applied by
 * multiplication; 120 months of 34-digit rounding stay far below 1e-30 relative.
 */
import { ONE, ZERO, type Decimal } from '../decimal';
import { mul } from '../wordArithmetic';

/** `1 / (1 + m)`; throws a RangeError for `m ≤ −1`, where discounting has no meaning. */
export function discountFactor(monthlyRate: Decimal): Decimal {
  const growth = ONE.plus(monthlyRate);
  if (growth.lte(0)) {
    throw new RangeError(`monthly rate must be greater than -1, got ${monthlyRate.toFixed()}`);
  }
  return ONE.div(growth);
}

/** Each flow discounted to month 0: `CF_t · v^t` (month 0 unchanged). */
export function discountedFlows(flows: readonly Decimal[], monthlyRate: Decimal): Decimal[] {
  const v = discountFactor(monthlyRate);
  let factor: Decimal = ONE;
  return flows.map((flow) => {
    const discounted = mul(flow, factor);
    factor = mul(factor, v);
    return discounted;
  });
}

/**
 * NPV by Horner's rule, `CF0 + v·(CF1 + v·(CF2 + …))`: one multiply and one add per
 * month, no intermediate array. Empty flows give 0.
 */
export function npv(flows: readonly Decimal[], monthlyRate: Decimal): Decimal {
  const v = discountFactor(monthlyRate);
  return flows.reduceRight<Decimal>((acc, flow) => mul(acc, v).plus(flow), ZERO);
}
