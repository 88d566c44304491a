/**
 * Modified IRR (spec §4), the spreadsheet MIRR with finance and reinvestment rate both m:
 *   y = (Σ max(CF_t,0)·(1+m)^(H−1−t) / −Σ min(CF_t,0)/(1+m)^t)^(1/(H−1)) − 1,
 * returned ANNUAL: (1+y)^12 − 1. Unique by construction, so it can stand beside an absent IRR.
 * `null` when H = 1 or the flows lack a positive or a negative value.
 *
 * Both sums are Horner passes (one factor, no power per month). The two fractional powers
 * are folded into one, ratio^(12/(H−1)) − 1, which is the same number with one rounding
 * instead of two (a fractional pow costs ~60 µs).
 */
import { Decimal, ONE, ZERO } from '../decimal';
import { add, mul } from '../wordArithmetic';
import { discountFactor } from './npv';

export function mirr(flows: readonly Decimal[], monthlyRate: Decimal): Decimal | null {
  const h = flows.length;
  if (h <= 1) return null;
  const growth = ONE.plus(monthlyRate);
  const v = discountFactor(monthlyRate);
  // Inflows compounded forward to month H−1: ((CF0⁺·g + CF1⁺)·g + …).
  const futureInflows = flows.reduce<Decimal>((acc, flow) => add(mul(acc, growth), inflow(flow)), ZERO);
  // Outflows discounted back to month 0: CF0⁻ + v·(CF1⁻ + v·(…)).
  const presentOutflows = flows.reduceRight<Decimal>((acc, flow) => add(mul(acc, v), outflow(flow)), ZERO);
  if (futureInflows.isZero() || presentOutflows.isZero()) return null;
  return futureInflows.div(presentOutflows).pow(new Decimal(12).div(h - 1)).minus(ONE);
}

/** max(CF, 0) */
function inflow(flow: Decimal): Decimal {
  return flow.isPositive() ? flow : ZERO;
}

/** −min(CF, 0), a magnitude */
function outflow(flow: Decimal): Decimal {
  return flow.isNegative() ? flow.neg() : ZERO;
}
