/**
 * `Σ values` with the result of `ZERO.plus(v0).plus(v1)…` (decimal.js, 34 digits), without a
 * Decimal per addition: the values' base-1e7 words are added in one pass and rounded once
 * (wordArithmetic.ts `sumOf`).
 *
 * Why it is the same Decimal: the chained `plus` only rounds a partial sum that needs more
 * than 34 significant digits. Every partial sum is a multiple of the finest digit 10^low of
 * the values and at most Σ|v| < n · 10^(maxE+1), so it needs at most
 * `maxE + digits(n) − low + 1` digits; when that is ≤ 34 (grid values: money below 1e14),
 * no step rounds and the chain gives the exact sum, which is what this returns. With two
 * terms the chain rounds once, the exact sum, as `sumOf` does, when the first term has at most
 * 34 digits (`ZERO.plus(v0)` is then v0). Otherwise it falls back to the chain itself. A zero
 * sum is +0, as the chain gives.
 */
import { type Decimal, ZERO, trailingZeros, wordsOf } from './decimal';
import { add, sumOf } from './wordArithmetic';

const LOG_BASE = 7;
const PRECISION = 34;

/** Decimal digits of an integer n ≥ 1. */
function digitCount(n: number): number {
  let digits = 1;
  for (let k = n; k >= 10; k = Math.floor(k / 10)) digits++;
  return digits;
}

/** The chained sum from ZERO: the reference this function must reproduce. */
function chainedSum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== undefined && !value.isZero()) total = add(total, value);
  }
  return total;
}

export function exactSum(values: readonly Decimal[]): Decimal {
  // One pass, without trailing zeros: the finest digit is at least the lowest word's last one,
  // a bound on the digits of every partial sum that decides most sums (values on a grid).
  let count = 0;
  let maxE = -Infinity;
  let highWord = -Infinity;
  let lowWord = Infinity;
  let only = ZERO;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined) continue;
    const { e, d } = wordsOf(value);
    const first = d[0];
    if (first === undefined || first === 0) continue;
    count++;
    only = value;
    if (e > maxE) maxE = e;
    const top = Math.floor(e / LOG_BASE);
    if (top > highWord) highWord = top;
    if (top - d.length + 1 < lowWord) lowWord = top - d.length + 1;
  }
  if (count === 0) return ZERO;
  if (maxE + digitCount(count) - lowWord * LOG_BASE + 1 <= PRECISION) {
    // One term: `ZERO.plus(v)` is v (at most 34 digits, by the bound).
    return count === 1 ? only : (sumOf(values, highWord, lowWord) ?? chainedSum(values));
  }
  return exactSumByDigits(values, highWord, lowWord);
}

/** exactSum with the exact finest digit of the values (the trailing zeros of their last words). */
function exactSumByDigits(values: readonly Decimal[], highWord: number, lowWord: number): Decimal {
  let count = 0;
  let maxE = -Infinity;
  let lowestDigit = Infinity;
  let firstDigits = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined) continue;
    const { e, d } = wordsOf(value);
    const first = d[0];
    if (first === undefined || first === 0) continue;
    const bottom = Math.floor(e / LOG_BASE) - d.length + 1;
    const lowDigit = bottom * LOG_BASE + trailingZeros(d[d.length - 1] ?? 1);
    if (count === 0) firstDigits = e - lowDigit + 1;
    count++;
    if (e > maxE) maxE = e;
    if (lowDigit < lowestDigit) lowestDigit = lowDigit;
  }
  const noStepRounds = maxE + digitCount(count) - lowestDigit + 1 <= PRECISION;
  if (count < 100_000_000 && (noStepRounds || (count <= 2 && firstDigits <= PRECISION))) {
    return sumOf(values, highWord, lowWord) ?? chainedSum(values);
  }
  return chainedSum(values);
}
