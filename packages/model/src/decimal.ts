import DecimalJs from 'decimal.js';

/**
 * The model's private Decimal constructor: 34 significant digits, banker's rounding.
 * A clone, so nothing else in the process (or the browser) that uses decimal.js is affected.
 * This is the only file that configures decimal.js.
 */
export const Decimal = DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** A value that may come in from JSON: a number or a decimal string. */
export type DecimalInput = number | string | Decimal;

export function dec(value: DecimalInput): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

/** Decimal string for the JSON boundary: plain notation, never exponent form. */
export function toDecimalString(value: Decimal): string {
  return value.toFixed();
}

/** Nullable ratio: `null` when the denominator is zero (spec §1: division by zero never throws). */
export function ratio(numerator: Decimal, denominator: Decimal): Decimal | null {
  return denominator.isZero() ? null : numerator.div(denominator);
}
