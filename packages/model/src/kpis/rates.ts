/**
 * Annual ↔ monthly rate conversion by compounding (spec §1: never `r / 12`).
 * A monthly rate compounded twelve times gives the annual rate, so the two are inverses.
 */
import { ONE, type Decimal } from '../decimal';
import { decimalArithmetic } from '../numeric';
import { monthlyRateOf } from './horizon';

/**
 * Monthly rates already computed, by the annual rate's text: a fractional power costs
 * ≈ 0.1 ms and every projection (tornado, goal seek: many) takes one, mostly of the same
 * rate. Equal values have equal text and the power is a function of the value, so a
 * remembered rate is the Decimal it would compute again. Bounded: cleared when full.
 */
const MAX_REMEMBERED = 1000;
const remembered = new Map<string, Decimal>();

/**
 * `(1 + annual)^(1/12) − 1`. Throws a RangeError for `annual ≤ −1`, where no real
 * monthly rate exists (a broken caller invariant, not a domain result).
 */
export function monthlyRateFromAnnual(annual: Decimal): Decimal {
  const key = annual.toFixed();
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const growth = ONE.plus(annual);
  if (growth.lte(0)) {
    throw new RangeError(`annual rate must be greater than -1, got ${key}`);
  }
  const monthly = monthlyRateOf(decimalArithmetic, annual);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, monthly);
  return monthly;
}

/** `(1 + monthly)^12 − 1`: an integer power, so it is exact up to the 34-digit precision. */
export function annualFromMonthly(monthly: Decimal): Decimal {
  return ONE.plus(monthly).pow(12).minus(ONE);
}
