/**
 * Prices per token that decline by a rate per year, compounding monthly (spec §3):
 * `(pricePerMTokens / 1e6) · (1 − annualDecline)^(t/12)`. Used for the revenue price
 * (erosion), API prices and, per GPU-hour, rental prices.
 */
import { type Decimal, ONE } from '../decimal';
import { mul } from '../wordArithmetic';

type PowerSeries = (base: Decimal) => readonly Decimal[];

/** `price · (1 − annualDecline)^(t/12)` for each month. */
export function decliningPriceSeries(price: Decimal, annualDecline: Decimal, powers: PowerSeries): Decimal[] {
  return powers(ONE.minus(annualDecline)).map((factor) => mul(price, factor));
}

/** The per-token price of a price quoted per million tokens. */
export function perToken(pricePerMTokens: Decimal): Decimal {
  return pricePerMTokens.div(1e6);
}

/**
 * Blended API price per M tokens of an application (spec §3):
 * `(1 − outputShare) · inputPrice + outputShare · outputPrice`.
 */
export function blendedPricePerMTokens(inputPrice: Decimal, outputPrice: Decimal, outputShare: Decimal): Decimal {
  return ONE.minus(outputShare).times(inputPrice).plus(outputShare.times(outputPrice));
}
