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

/** decimal.js's fields: sign, base-10 exponent of the first digit, base-1e7 words (null when not finite). */
export interface DecimalWords {
  readonly s: number;
  readonly e: number;
  readonly d: readonly number[];
}

/** A Decimal's fields, read without copying (exactSum.ts, wordArithmetic.ts, toDecimalString). */
export function wordsOf(value: Decimal): DecimalWords {
  return value as unknown as DecimalWords;
}

/**
 * The Decimal with these fields (`d` in decimal.js's normal form: first word nonzero unless
 * zero, no zero words at the end; `e` the base-10 exponent of the first digit), taking `d`
 * as it is. Made as decimal.js's constructor makes one (an object of its prototype with
 * `constructor`, `s`, `e`, `d`), without the constructor's parsing and copy of `d`: a tenth
 * of the time of a projection went there.
 */
export function decimalFromWords(s: number, d: number[], e: number): Decimal {
  const x = Object.create(Decimal.prototype) as { constructor: unknown; s: number; e: number; d: number[] };
  x.constructor = Decimal;
  x.s = s;
  x.e = e;
  x.d = d;
  return x as unknown as Decimal;
}

/** 10^k for the digit positions of a base-1e7 word, k = 0 … 7. */
export const POW10: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/** Zero padding of a base-1e7 word to its 7 digits, by the word's length. */
const PAD = ['', '000000', '00000', '0000', '000', '00', '0', ''];

/** A word's 7 digits, with leading zeros (`digits` below 7: its trailing zeros dropped). */
function paddedWord(word: number, digits = 7): string {
  const text = String(word);
  return PAD[7 - (digits - text.length)] + text;
}

/**
 * Decimal string for the JSON boundary: plain notation, never exponent form. The same text as
 * decimal.js `toFixed()`, built straight from its base-1e7 words: the words are aligned on the
 * decimal point (word k holds the digits of 1e7^k), so the point falls between two words and
 * each word is its 7 digits, zero-padded; the last word loses its trailing zeros (decimal.js
 * keeps no zero words at the end). Zero (±0) is "0"; a non-finite value goes to decimal.js.
 */
export function toDecimalString(value: Decimal): string {
  const { d, e, s } = value as unknown as { d: readonly number[] | null; e: number; s: number };
  if (d === null || d[0] === undefined || !Number.isFinite(e)) return value.toFixed();
  if (d[0] === 0) return '0';
  const top = Math.floor(e / 7); // d[i] holds the digits of 1e7^(top − i)
  const last = d.length - 1;
  let text = s < 0 ? '-' : '';
  if (top >= 0) {
    text += String(d[0]);
    for (let i = 1; i <= top; i++) text += i <= last ? paddedWord(d[i] ?? 0) : '0000000';
    if (last <= top) return text;
    text += '.';
  } else {
    text += '0.';
    for (let i = top; i < -1; i++) text += '0000000';
  }
  for (let i = Math.max(top + 1, 0); i < last; i++) text += paddedWord(d[i] ?? 0);
  const word = d[last] ?? 0;
  const zeros = trailingZeros(word);
  return text + paddedWord(word / (POW10[zeros] ?? 1), 7 - zeros);
}

/** Trailing zero digits of a nonzero base-1e7 word (0 for 0). */
export function trailingZeros(word: number): number {
  let zeros = 0;
  // Integer steps (`/= 10` would make `w` a double, and `%` on doubles a C call in V8).
  for (let w = word, tenth = (w / 10) | 0; w !== 0 && tenth * 10 === w; w = tenth, tenth = (w / 10) | 0) zeros++;
  return zeros;
}

/**
 * `value.toNumber()` of a whole number below 1e15 (node counts), read from its words without
 * decimal.js's detour through a string; decimal.js for any other value.
 */
export function wholeNumberOf(value: Decimal): number {
  const { d, e, s } = value as unknown as { d: readonly number[] | null; e: number; s: number };
  if (d !== null && e >= 0 && e < 15 && d.length <= Math.floor(e / 7) + 1) {
    let n = 0;
    for (let i = 0, top = Math.floor(e / 7); i <= top; i++) n = n * 1e7 + (d[i] ?? 0);
    return s < 0 ? -n : n;
  }
  return value.toNumber();
}

/** Nullable ratio: `null` when the denominator is zero (spec §1: division by zero never throws). */
export function ratio(numerator: Decimal, denominator: Decimal): Decimal | null {
  return denominator.isZero() ? null : numerator.div(denominator);
}
