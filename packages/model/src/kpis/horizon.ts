/**
 * The ratio KPIs of spec §4 from horizon totals, written once for both number types
 * (numeric.ts): the Decimal projection (kpis/summary.ts) and the float64 analyses
 * (analysis/kpis.ts) call the same function. A zero denominator gives null (spec §1).
 */
import type { Arithmetic } from '../numeric';

/** Horizon sums of the month lines (all platforms and APIs) and of the platforms alone. */
export interface HorizonTotals<T> {
  readonly revenue: T;
  readonly opex: T;
  readonly capex: T;
  readonly pnlCost: T;
  readonly energyCost: T;
  readonly servedTokens: T;
  /** Platforms only (owned and rented): self-hosted cost, served tokens, energy. */
  readonly platformSelfHostedCost: T;
  readonly platformServedTokens: T;
  readonly platformEnergyMWh: T;
}

export interface HorizonRatios<T> {
  readonly revenueMultiple: T | null;
  readonly roi: T | null;
  readonly costPerMTokens: T | null;
  readonly cashCostPerMTokens: T | null;
  readonly energyCostPerMTokens: T | null;
  readonly joulesPerToken: T | null;
  readonly tokensPerMWh: T | null;
  readonly energyCostPerRevenueDollar: T | null;
  /** A fraction: 0.25 is 25 %. */
  readonly grossMarginPct: T | null;
  readonly breakEvenApiPricePerMTokens: T | null;
}

/** `numerator / denominator`, null when the denominator is zero. */
export function ratioOf<T>(N: Arithmetic<T>, numerator: T, denominator: T): T | null {
  return N.isZero(denominator) ? null : N.div(numerator, denominator);
}

/** `amount` per million of `tokens`; null without tokens. */
export function perMillionOf<T>(N: Arithmetic<T>, amount: T, tokens: T): T | null {
  return ratioOf(N, N.mul(amount, N.of(1e6)), tokens);
}

/** Joules in a megawatt-hour. */
const JOULES_PER_MWH = '3.6e9';

export function horizonRatios<T>(N: Arithmetic<T>, x: HorizonTotals<T>): HorizonRatios<T> {
  return {
    revenueMultiple: ratioOf(N, x.revenue, x.capex),
    roi: ratioOf(N, N.sub(N.sub(x.revenue, x.opex), x.capex), x.capex),
    costPerMTokens: perMillionOf(N, x.pnlCost, x.servedTokens),
    cashCostPerMTokens: perMillionOf(N, N.add(x.opex, x.capex), x.servedTokens),
    energyCostPerMTokens: perMillionOf(N, x.energyCost, x.servedTokens),
    joulesPerToken: ratioOf(N, N.mul(x.platformEnergyMWh, N.of(JOULES_PER_MWH)), x.platformServedTokens),
    tokensPerMWh: ratioOf(N, x.platformServedTokens, x.platformEnergyMWh),
    energyCostPerRevenueDollar: ratioOf(N, x.energyCost, x.revenue),
    grossMarginPct: ratioOf(N, N.sub(x.revenue, x.pnlCost), x.revenue),
    breakEvenApiPricePerMTokens: perMillionOf(N, x.platformSelfHostedCost, x.platformServedTokens),
  };
}

/** `(1 + annual)^(1/12) − 1` (spec §1: compounding, never `r / 12`). */
export function monthlyRateOf<T>(N: Arithmetic<T>, annual: T): T {
  return N.sub(N.pow(N.add(N.one, annual), N.div(N.one, N.of(12))), N.one);
}
