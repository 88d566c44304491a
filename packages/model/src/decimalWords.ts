// Helpers on decimal.js's base-1e7 words that need no scratch (see wordArithmetic.ts, docs/model.md §10):
// digits of a word, comparison, and sums with a zero operand.
import { type Decimal, type DecimalWords, POW10, ZERO, decimalFromWords, trailingZeros, wordsOf } from './decimal';

const LOG_BASE = 7;
const pow10 = (p: number): number => POW10[p] ?? 1;

/** Number of base-10 digits of a word (1…7). */
export function digitCount(word: number): number {
  let digits = 1;
  while (digits < LOG_BASE && word >= pow10(digits)) digits++;
  return digits;
}

/** Base-10 digit at position `p` (0 = units) of a word. */
export function digitOf(word: number, p: number): number {
  const above = Math.floor(word / pow10(p));
  return above - Math.floor(above / 10) * 10;
}

/**
 * `x.cmp(y)` (−1, 0, 1) without decimal.js's copy of `y` (its comparisons allocate a Decimal):
 * sign, then exponent, then words. Non-finite values go to decimal.js.
 */
export function compare(x: Decimal, y: Decimal): number {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (a.d === null || b.d === null || !Number.isFinite(a.e) || !Number.isFinite(b.e)) return x.cmp(y);
  const signA = a.d[0] === 0 ? 0 : a.s;
  const signB = b.d[0] === 0 ? 0 : b.s;
  if (signA !== signB) return signA > signB ? 1 : -1;
  if (signA === 0) return 0;
  if (a.e !== b.e) return a.e > b.e ? signA : -signA;
  const n = Math.min(a.d.length, b.d.length);
  for (let i = 0; i < n; i++) {
    const wa = a.d[i] ?? 0;
    const wb = b.d[i] ?? 0;
    if (wa !== wb) return wa > wb ? signA : -signA;
  }
  // Equal leading words: the one with words left is larger (no zero words at the end).
  if (a.d.length === b.d.length) return 0;
  return a.d.length > b.d.length ? signA : -signA;
}

/** At most 34 significant digits: decimal.js's rounding (`finalise`) leaves the value as it is. */
export function withinPrecision(x: DecimalWords): boolean {
  const d = x.d;
  if (d.length <= 4) return true; // 28 digits at most
  return digitCount(d[0] ?? 0) + LOG_BASE * (d.length - 1) - trailingZeros(d[d.length - 1] ?? 0) <= 34;
}

/**
 * `x.plus(sign · y)` (sign −1: `x.minus(y)`) when an operand is zero and both are finite, as
 * decimal.js gives it but without its copies: the other operand (negated for a minus) when it
 * has at most 34 digits; zero and zero is x when x and sign · y have the same sign, else +0.
 * null for any other case (the caller computes it). Most §8 lines are zero in most months.
 */
export function sumWithZero(x: Decimal, y: Decimal, sign: number): Decimal | null {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (a.d === null || b.d === null) return null;
  if (b.d[0] !== 0) {
    if (a.d[0] !== 0 || !withinPrecision(b)) return null;
    return sign === 1 ? y : decimalFromWords(-b.s, b.d as number[], b.e);
  }
  if (a.d[0] !== 0) return withinPrecision(a) ? x : null;
  return a.s === b.s * sign ? x : ZERO;
}
