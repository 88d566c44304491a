/**
 * Annual ↔ monthly rate conversion by compounding (spec §1: never `r / 12`).
 * A monthly rate compounded twelve times gives the annual rate, so the two are inverses.
 */
import { ONE, type Decimal } from '../decimal';

/** 1/12 once, so the fractional power is set up a single time per process. */
const ONE_TWELFTH = ONE.div(12);

/**
 * `(1 + annual)^(1/12) − 1`. Throws a RangeError for `annual ≤ −1`, where no real
 * monthly rate exists (a broken caller invariant, not a domain result).
 */
export function monthlyRateFromAnnual(annual: Decimal): Decimal {
  const growth = ONE.plus(annual);
  if (growth.lte(0)) {
    throw new RangeError(`annual rate must be greater than -1, got ${annual.toFixed()}`);
  }
  return growth.pow(ONE_TWELFTH).minus(ONE);
}

/** `(1 + monthly)^12 − 1`: an integer power, so it is exact up to the 34-digit precision. */
export function annualFromMonthly(monthly: Decimal): Decimal {
  return ONE.plus(monthly).pow(12).minus(ONE);
}
