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

/** §9 token classes of an application on an API: cached input and batch shares with the option's prices for them. */
export interface TokenClasses {
  readonly cachedInputShare: Decimal;
  readonly cachedInputPrice: Decimal;
  readonly batchShare: Decimal;
  readonly batchDiscount: Decimal;
}

/**
 * Blended API price per M tokens of an application (spec §3, §9):
 * `((1 − o)·((1 − c)·input + c·cachedInput) + o·output)·(1 − b·batchDiscount)`; with
 * `c = b = 0` (or no classes) exactly v1's `(1 − o) · input + o · output`.
 */
export function blendedPricePerMTokens(inputPrice: Decimal, outputPrice: Decimal, outputShare: Decimal, classes?: TokenClasses): Decimal {
  const c = classes?.cachedInputShare;
  const input = c === undefined || c.isZero() ? inputPrice : ONE.minus(c).times(inputPrice).plus(c.times(classes?.cachedInputPrice ?? inputPrice));
  const blended = ONE.minus(outputShare).times(input).plus(outputShare.times(outputPrice));
  const batchOff = classes === undefined ? undefined : classes.batchShare.times(classes.batchDiscount);
  return batchOff === undefined || batchOff.isZero() ? blended : blended.times(ONE.minus(batchOff));
}
