/**
 * An application's month on a platform or an API (spec §3), written once for both number types
 * (numeric.ts): tokens served at the platform's served fraction (token grid), and tokens times a
 * per-token price (revenue, API cost) on the money grid.
 */
import type { Arithmetic } from '../numeric';

/** `f · D` on the token grid; all of D when f = 1. */
export function servedOf<T>(N: Arithmetic<T>, demand: T, servedFraction: T): T {
  return N.cmp(servedFraction, N.one) === 0 ? demand : N.toTokens(N.mul(demand, servedFraction));
}

/** `tokens · pricePerToken` on the money grid (0 when either is 0). */
export function chargeOf<T>(N: Arithmetic<T>, tokens: T, pricePerToken: T): T {
  return N.isZero(tokens) || N.isZero(pricePerToken) ? N.zero : N.moneyProduct(tokens, pricePerToken);
}

/**
 * Seat revenue of a month (spec §9): `seats · pricePerSeat · f`, `f = S/D` the application's
 * served fraction (1 when D = 0 or all of it is served), on the money grid.
 */
export function seatRevenueOf<T>(N: Arithmetic<T>, seats: T, pricePerSeat: T, served: T, demand: T): T {
  if (N.isZero(seats) || N.isZero(pricePerSeat)) return N.zero;
  const paid = N.isZero(demand) || N.cmp(served, demand) === 0 ? seats : N.div(N.mul(seats, served), demand);
  return N.moneyProduct(paid, pricePerSeat);
}
