/**
 * The projection's per-cell arithmetic (products, quotients, sums, differences and the roundings
 * to the grids) with exactly decimal.js's results (34 significant digits, half-even; then, for the
 * grids, a number of decimal places), computed on decimal.js's own base-1e7 words in a scratch
 * array of doubles: no floating-point remainder, no operand copies. Why it is fast and why it is
 * the same Decimal: docs/model.md §10. Non-finite and zero operands, and anything longer than the
 * scratch, go to decimal.js. test/wordArithmetic.test.ts checks every function against decimal.js.
 */
import { Decimal, type DecimalWords, POW10, ZERO, decimalFromWords, wordsOf } from './decimal';
import { digitCount, digitOf, sumWithZero } from './decimalWords';

const BASE = 1e7;
const LOG_BASE = 7;
const PRECISION = 34;
const pow10 = (p: number): number => POW10[p] ?? 1;

// Comparisons need no scratch: decimalWords.ts, re-exported for the model's one arithmetic import.
export { compare } from './decimalWords';

/** decimal.js rounding modes used by the model. */
export const HALF_EVEN = Decimal.ROUND_HALF_EVEN;
export const DOWN = Decimal.ROUND_DOWN;
/** Away from zero: `ceil` of a positive number. */
const UP = Decimal.ROUND_UP;
type Rounding = typeof HALF_EVEN | typeof DOWN | typeof UP;

/**
 * Scratch words, most significant first: word `i` of [from, to) holds the digits of
 * 1e7^(top − (i − from)). Room above `from` for a carry; long operands (more words than the
 * scratch holds, or than keeps the column sums below 2^53) go to decimal.js.
 */
const SCRATCH = 128;
const MAX_WORDS = 56;
const words = new Float64Array(SCRATCH);
let from = 0;
let to = 0;
let top = 0;

/** The scratch number as a Decimal of sign `s` (zero when no word is left). */
function result(s: number): Decimal {
  while (from < to && words[from] === 0) {
    from++;
    top--;
  }
  while (to > from && words[to - 1] === 0) to--;
  if (from === to) return decimalFromWords(s, [0], 0);
  const d = wordArray();
  return decimalFromWords(s, d, top * LOG_BASE + digitCount(d[0] ?? 0) - 1);
}

/**
 * The scratch words [from, to) as a packed array of small integers, allocated at its size: an
 * array grown by `push` reserves 17 slots, and these arrays live as long as the projection.
 */
function wordArray(): number[] {
  const n = to - from;
  const w0 = (words[from] ?? 0) | 0;
  if (n === 1) return [w0];
  const w1 = (words[from + 1] ?? 0) | 0;
  if (n === 2) return [w0, w1];
  const w2 = (words[from + 2] ?? 0) | 0;
  if (n === 3) return [w0, w1, w2];
  const w3 = (words[from + 3] ?? 0) | 0;
  if (n === 4) return [w0, w1, w2, w3];
  const w4 = (words[from + 4] ?? 0) | 0;
  if (n === 5) return [w0, w1, w2, w3, w4];
  const w5 = (words[from + 5] ?? 0) | 0;
  if (n === 6) return [w0, w1, w2, w3, w4, w5];
  const d: number[] = [w0, w1, w2, w3, w4, w5];
  for (let i = from + 6; i < to; i++) d.push((words[i] ?? 0) | 0);
  return d;
}

/**
 * Round the scratch number (nonzero, normalised: words[from] ≠ 0) to a multiple of 10^q, as
 * decimal.js's `finalise` does: `sticky` says there are nonzero digits below the stored words
 * (a quotient's remainder).
 */
function roundAt(q: number, rounding: Rounding, sticky: boolean): void {
  const wordOfQ = Math.floor(q / LOG_BASE);
  const r = q - wordOfQ * LOG_BASE; // position of 10^q inside its word
  const iq = from + (top - wordOfQ); // index of the word holding 10^q (may be above `from`)
  // The rounding digit (10^(q−1)) and whether anything nonzero lies below it.
  const wordOfRd = Math.floor((q - 1) / LOG_BASE);
  const ird = from + (top - wordOfRd);
  const prd = q - 1 - wordOfRd * LOG_BASE;
  // Every stored digit is kept: exact. (With a sticky remainder the rounding digit is always
  // stored: a quotient carries 36+ digits, two more than the 34 it is rounded to.)
  if (ird >= to && !sticky) return;
  let rd = 0;
  let below = sticky;
  if (ird < to && ird >= from) {
    const w = words[ird] ?? 0;
    rd = digitOf(w, prd);
    if (w - Math.floor(w / pow10(prd)) * pow10(prd) !== 0) below = true;
  } else if (ird < from) {
    below = true; // the whole number lies below 10^(q−1)
  }
  for (let i = Math.max(ird + 1, from); i < to && !below; i++) if (words[i] !== 0) below = true;
  const kept = iq >= from && iq < to ? digitOf(words[iq] ?? 0, r) : 0;
  const up = rounding === HALF_EVEN ? rd > 5 || (rd === 5 && (below || (kept & 1) === 1)) : rounding === UP && (rd !== 0 || below);
  if (iq < from) {
    // The number is below 10^q: it rounds to 0 or to 10^q (word `wordOfQ`).
    from = 8;
    to = 9;
    top = wordOfQ;
    words[from] = up ? pow10(r) : 0;
    return;
  }
  if (iq < to) {
    const unit = pow10(r);
    words[iq] = Math.floor((words[iq] ?? 0) / unit) * unit;
    to = iq + 1;
  } else {
    for (let i = to; i <= iq; i++) words[i] = 0;
    to = iq + 1;
  }
  if (!up) return;
  let i = iq;
  words[i] = (words[i] ?? 0) + pow10(r);
  while ((words[i] ?? 0) >= BASE) {
    words[i] = (words[i] ?? 0) - BASE;
    i--;
    if (i < from) {
      from = i;
      top++;
      words[i] = 0;
    }
    words[i] = (words[i] ?? 0) + 1;
  }
}

/** Round the scratch number to 34 significant digits, half-even (decimal.js's `finalise` for every operation). */
function roundToPrecision(sticky: boolean): void {
  const e = top * LOG_BASE + digitCount(words[from] ?? 0) - 1;
  roundAt(e - PRECISION + 1, HALF_EVEN, sticky);
}

/** Load x's words at the middle of the scratch. */
function load(x: DecimalWords): void {
  from = 8;
  to = from + x.d.length;
  top = Math.floor(x.e / LOG_BASE);
  for (let i = 0; i < x.d.length; i++) words[from + i] = x.d[i] ?? 0;
}

/** Exact product of x and y into the scratch (both nonzero, short enough). */
function loadProduct(x: DecimalWords, y: DecimalWords): void {
  const xd = x.d;
  const yd = y.d;
  from = 8;
  to = from + xd.length + yd.length;
  top = Math.floor(x.e / LOG_BASE) + Math.floor(y.e / LOG_BASE) + 1;
  for (let i = from; i < to; i++) words[i] = 0;
  for (let i = 0; i < xd.length; i++) {
    const xi = xd[i] ?? 0;
    if (xi === 0) continue;
    for (let j = 0; j < yd.length; j++) words[from + 1 + i + j] = (words[from + 1 + i + j] ?? 0) + xi * (yd[j] ?? 0);
  }
  let carry = 0;
  for (let k = to - 1; k >= from; k--) {
    const v = (words[k] ?? 0) + carry;
    carry = Math.floor(v / BASE);
    words[k] = v - carry * BASE;
  }
  while (words[from] === 0) {
    from++;
    top--;
  }
}

function isPlainNonzero(x: DecimalWords): boolean {
  const d = x.d;
  return d !== null && d[0] !== 0 && d.length <= MAX_WORDS && Number.isFinite(x.e);
}

/** `x.times(y)` (34 significant digits, half-even). */
export function mul(x: Decimal, y: Decimal): Decimal {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (!isPlainNonzero(a) || !isPlainNonzero(b)) return x.times(y);
  loadProduct(a, b);
  roundToPrecision(false);
  return result(a.s * b.s);
}

/** `x.times(y).toDecimalPlaces(places, rounding)`: a product put on a grid of `places` decimals. */
export function mulToPlaces(x: Decimal, y: Decimal, places: number, rounding: Rounding): Decimal {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (!isPlainNonzero(a) || !isPlainNonzero(b)) return x.times(y).toDecimalPlaces(places, rounding);
  loadProduct(a, b);
  roundToPrecision(false);
  roundAt(-places, rounding, false);
  return result(a.s * b.s);
}

/** `x.toDecimalPlaces(places, rounding)`. */
export function toPlaces(x: Decimal, places: number, rounding: Rounding): Decimal {
  const a = wordsOf(x);
  if (!isPlainNonzero(a)) return x.toDecimalPlaces(places, rounding);
  load(a);
  roundAt(-places, rounding, false);
  return result(a.s);
}

/** `x.ceil()`: a positive number rounded away from zero to a whole number; decimal.js for the rest. */
export function ceil(x: Decimal): Decimal {
  const a = wordsOf(x);
  if (a.s < 0 || !isPlainNonzero(a)) return x.ceil();
  if (a.e >= 0 && a.d.length <= Math.floor(a.e / LOG_BASE) + 1) return x; // whole already
  load(a);
  roundAt(0, UP, false);
  return result(a.s);
}

/** Words of a sum further apart than this go to decimal.js (it shortens a far operand). */
const MAX_SPAN = 48;

/** Clear the scratch for a sum spanning the words of 1e7^high down to 1e7^low. */
function startSum(high: number, low: number): boolean {
  if (high - low + 1 > MAX_SPAN) return false;
  from = 8;
  to = from + high - low + 1;
  top = high;
  for (let i = from; i < to; i++) words[i] = 0;
  return true;
}

/** Add `sign · x` into the scratch, word by word (no carry yet: a word stays far below 2^53). */
function accumulate(x: DecimalWords, sign: number): void {
  const offset = from + top - Math.floor(x.e / LOG_BASE);
  const s = x.s * sign;
  for (let i = 0; i < x.d.length; i++) words[offset + i] = (words[offset + i] ?? 0) + s * (x.d[i] ?? 0);
}

/**
 * The accumulated sum, exact, rounded once to 34 digits (half-even). An exact zero is +0, as in
 * decimal.js for every rounding mode but ROUND_FLOOR (`new Ctor(rm === 3 ? -0 : 0)`).
 */
function finishSum(): Decimal {
  // Carry from the last word up; the top word then holds the sign of the sum.
  let carry = 0;
  for (let k = to - 1; k > from; k--) {
    const v = (words[k] ?? 0) + carry;
    carry = Math.floor(v / BASE);
    words[k] = v - carry * BASE;
  }
  words[from] = (words[from] ?? 0) + carry;
  let s = 1;
  if ((words[from] ?? 0) < 0) {
    // Negative: take the complement, word by word, with its borrow.
    s = -1;
    let borrow = 0;
    for (let k = to - 1; k > from; k--) {
      const v = -(words[k] ?? 0) - borrow;
      borrow = v < 0 ? 1 : 0;
      words[k] = v + borrow * BASE;
    }
    words[from] = -(words[from] ?? 0) - borrow;
  }
  // The top word may now exceed one word (many terms): split it upward.
  while ((words[from] ?? 0) >= BASE) {
    const high = Math.floor((words[from] ?? 0) / BASE);
    words[from] = (words[from] ?? 0) - high * BASE;
    from--;
    top++;
    words[from] = high;
  }
  while (from < to && words[from] === 0) {
    from++;
    top--;
  }
  if (from === to) return ZERO;
  roundToPrecision(false);
  return result(s);
}

/** `x.plus(sign · y)`, exact then rounded to 34 digits, half-even (sign 1: plus, −1: minus). */
function addSigned(x: Decimal, y: Decimal, sign: number): Decimal | null {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (!isPlainNonzero(a) || !isPlainNonzero(b)) return null;
  const topA = Math.floor(a.e / LOG_BASE);
  const topB = Math.floor(b.e / LOG_BASE);
  if (!startSum(Math.max(topA, topB) + 1, Math.min(topA - a.d.length + 1, topB - b.d.length + 1))) return null;
  accumulate(a, 1);
  accumulate(b, sign);
  return finishSum();
}

/**
 * `Σ values`, exact, rounded once to 34 digits (half-even); zero is +0; null when the words of
 * the values span more than the scratch takes. For exactSum.ts, which calls it where no partial
 * sum of the chain would round (so that it is the chained sum too), with the span it has
 * measured: every nonzero value's words lie within 1e7^high … 1e7^low (fewer than 1e8 terms).
 */
export function sumOf(values: readonly Decimal[], high: number, low: number): Decimal | null {
  if (!startSum(high + 1, low)) return null; // a word of room above for the carries
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== undefined && wordsOf(value).d[0] !== 0) accumulate(wordsOf(value), 1);
  }
  return finishSum();
}

/** `x.plus(y)`. */
export function add(x: Decimal, y: Decimal): Decimal {
  return addSigned(x, y, 1) ?? sumWithZero(x, y, 1) ?? x.plus(y);
}

/** `x.minus(y)`. */
export function sub(x: Decimal, y: Decimal): Decimal {
  return addSigned(x, y, -1) ?? sumWithZero(x, y, -1) ?? x.minus(y);
}

/**
 * The remainder of the long division, most significant word first: `rem[0..m]` for a divisor
 * of m words (one word more, for the word shifted in).
 */
const rem = new Float64Array(MAX_WORDS + 2);

/** rem −= q · divisor (words m+1 against m); returns the sign of the result (−1, 0, 1). */
function subtractMultiple(q: number, yd: readonly number[], m: number): number {
  let carry = 0;
  for (let j = m - 1; j >= 0; j--) {
    const v = (rem[j + 1] ?? 0) - q * (yd[j] ?? 0) + carry;
    carry = Math.floor(v / BASE);
    rem[j + 1] = v - carry * BASE;
  }
  rem[0] = (rem[0] ?? 0) + carry;
  if ((rem[0] ?? 0) < 0) return -1;
  for (let j = 0; j <= m; j++) if (rem[j] !== 0) return 1;
  return 0;
}

/** rem compared with the divisor (rem < 1e7 · divisor always). */
function compareWithDivisor(yd: readonly number[], m: number): number {
  if (rem[0] !== 0) return 1;
  for (let j = 0; j < m; j++) if (rem[j + 1] !== yd[j]) return (rem[j + 1] ?? 0) > (yd[j] ?? 0) ? 1 : -1;
  return 0;
}

/**
 * `x.div(y)` (34 significant digits, half-even), by long division in base 1e7: each quotient
 * word is estimated in floating point from the leading words (off by at most a few units) and
 * corrected exactly, so the remainder stays in [0, divisor). decimal.js rounds the exact
 * quotient once, as here: the quotient runs to 36+ digits and the remainder is the sticky bit.
 */
export function div(x: Decimal, y: Decimal): Decimal {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (!isPlainNonzero(a) || !isPlainNonzero(b)) return x.div(y);
  const xd = a.d;
  const yd = b.d;
  const m = yd.length;
  // Leading words of the divisor as a float, for the estimates: y0·1e7 + y1 + y2/1e7.
  const yLead = (yd[0] ?? 0) * BASE + (m > 1 ? (yd[1] ?? 0) : 0) + (m > 2 ? (yd[2] ?? 0) / BASE : 0);
  for (let j = 0; j <= m; j++) rem[j] = 0;
  from = 8;
  to = from;
  // Quotient word k is the word of 1e7^(topX − topY + m − 1 − k).
  top = Math.floor(a.e / LOG_BASE) - Math.floor(b.e / LOG_BASE) + m - 1;
  let significant = 0;
  for (let k = 0; k < xd.length || significant < 6; k++) {
    // Shift the next word of x in (the top word of rem is 0 here: rem < divisor).
    for (let j = 0; j < m; j++) rem[j] = rem[j + 1] ?? 0;
    rem[m] = k < xd.length ? (xd[k] ?? 0) : 0;
    const remLead = (rem[0] ?? 0) * BASE * BASE + (rem[1] ?? 0) * BASE + (m > 1 ? (rem[2] ?? 0) : 0);
    let q = Math.max(0, Math.min(BASE - 1, Math.floor(remLead / yLead)));
    let sign = q === 0 ? 1 : subtractMultiple(q, yd, m);
    while (sign < 0) {
      q--;
      sign = subtractMultiple(-1, yd, m); // add the divisor back
    }
    while (compareWithDivisor(yd, m) >= 0) {
      q++;
      subtractMultiple(1, yd, m);
    }
    words[to++] = q;
    if (significant > 0 || q !== 0) significant++;
    if (to >= SCRATCH - 2) return x.div(y);
  }
  let sticky = false;
  for (let j = 0; j <= m; j++) if (rem[j] !== 0) sticky = true;
  while (words[from] === 0) {
    from++;
    top--;
  }
  roundToPrecision(sticky);
  return result(a.s * b.s);
}
