/**
 * The number type a formula is written against (issue 15: one formula definition, two number
 * types). A formula takes an `Arithmetic<T>` and never names Decimal or number itself:
 * - `decimalArithmetic`: the exact path (`project`, the Decimal tornado and goal seek). Every
 *   operation is the one decimal.js gives (wordArithmetic.ts computes it on decimal.js's words,
 *   same result), the grids round half-even, `sum` is exactSum's chained sum: a formula run
 *   with it gives the bytes the engine has always given.
 * - `floatArithmetic`: float64 (Monte Carlo, the float tornado, goal-seek bracketing), held to
 *   1e-9 of the exact path. The grids are kept (a millionth of a token, 1e-20 USD: they matter
 *   where a scenario serves or earns almost nothing), as a no-op where float64 has no digits
 *   that fine.
 * The call through the interface is the price of writing a formula once; V8 inlines it at
 * call sites that see one instance, and a hot loop that needs more specialises only its
 * primitive, never its formula.
 */
import { Decimal, ONE, ZERO } from './decimal';
import { exactSum } from './exactSum';
import { MONEY_DECIMAL_PLACES, TOKEN_DECIMAL_PLACES } from './projection/grids';
import { add, ceil, compare, div, HALF_EVEN, mul, mulToPlaces, sub, toPlaces } from './wordArithmetic';

export interface Arithmetic<T> {
  readonly zero: T;
  readonly one: T;
  /** A scenario value (decimal string) or a small integer, exactly for Decimal. */
  of(value: string | number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  /** −1, 0 or 1. */
  cmp(a: T, b: T): number;
  isZero(a: T): boolean;
  min(a: T, b: T): T;
  max(a: T, b: T): T;
  ceil(a: T): T;
  /** `base^exponent` (fractional exponents too), and `e^a`. */
  pow(base: T, exponent: T): T;
  exp(a: T): T;
  /** Rounding to the money grid (20 decimal places) and the token grid (6), half-even. */
  toMoney(a: T): T;
  toTokens(a: T): T;
  /** `toMoney(a · b)` in one step. */
  moneyProduct(a: T, b: T): T;
  /** Σ values in order (Decimal: exactSum's chained sum). */
  sum(values: ArrayLike<T>): T;
}

/*
 * The instances are classes with their operations on the prototype: each has a hidden class of
 * its own whose methods are constants, so where V8 inlines a generic formula into a caller that
 * passes one instance (projectFloat), every `N.mul(…)` inlines too and float64 stays unboxed.
 * (Two object literals of the same keys would share a hidden class, their methods would be
 * plain data, and every operation would stay a call.)
 */
class DecimalArithmetic implements Arithmetic<Decimal> {
  readonly zero = ZERO;
  readonly one = ONE;
  of(value: string | number): Decimal {
    return new Decimal(value);
  }
  add(a: Decimal, b: Decimal): Decimal {
    return add(a, b);
  }
  sub(a: Decimal, b: Decimal): Decimal {
    return sub(a, b);
  }
  mul(a: Decimal, b: Decimal): Decimal {
    return mul(a, b);
  }
  div(a: Decimal, b: Decimal): Decimal {
    return div(a, b);
  }
  neg(a: Decimal): Decimal {
    return a.neg();
  }
  cmp(a: Decimal, b: Decimal): number {
    return compare(a, b);
  }
  isZero(a: Decimal): boolean {
    return a.isZero();
  }
  min(a: Decimal, b: Decimal): Decimal {
    return compare(a, b) <= 0 ? a : b;
  }
  max(a: Decimal, b: Decimal): Decimal {
    return compare(a, b) >= 0 ? a : b;
  }
  ceil(a: Decimal): Decimal {
    return ceil(a);
  }
  pow(base: Decimal, exponent: Decimal): Decimal {
    return base.pow(exponent);
  }
  exp(a: Decimal): Decimal {
    return a.exp();
  }
  toMoney(a: Decimal): Decimal {
    return toPlaces(a, MONEY_DECIMAL_PLACES, HALF_EVEN);
  }
  toTokens(a: Decimal): Decimal {
    return toPlaces(a, TOKEN_DECIMAL_PLACES, HALF_EVEN);
  }
  moneyProduct(a: Decimal, b: Decimal): Decimal {
    return mulToPlaces(a, b, MONEY_DECIMAL_PLACES, HALF_EVEN);
  }
  sum(values: ArrayLike<Decimal>): Decimal {
    return exactSum(Array.isArray(values) ? (values as Decimal[]) : Array.from(values));
  }
}

export const decimalArithmetic: Arithmetic<Decimal> = new DecimalArithmetic();

/** Below this magnitude a token count still has float64 digits at 1e-6 (2^53 / 1e6 ≈ 9e9). */
const TOKEN_GRID_LIMIT = 9e9;
/** The money grid (1e-20) is below float64 resolution above 9e-5 USD: only smaller amounts are rounded. */
const MONEY_GRID_LIMIT = 9e-5;

function floatToMoney(a: number): number {
  return Math.abs(a) < MONEY_GRID_LIMIT ? Math.round(a * 1e20) / 1e20 : a;
}

/**
 * Integer knife-edges: where the exact (Decimal) ratio is a whole number, float64 may land a few
 * ulps either side of it and `ceil`/`floor` would jump by one node. A ratio within 1e-12
 * relative of a whole number is taken as that whole number (float error here is ~1e-15):
 * the float instance's `ceil`, and the compile's power cap (`floorSnapped`).
 */
const SNAP = 1e-12;

export function ceilSnapped(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= SNAP * x ? r : Math.ceil(x);
}

export function floorSnapped(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  return Math.abs(x - r) <= SNAP * x ? r : Math.floor(x);
}

class FloatArithmetic implements Arithmetic<number> {
  readonly zero = 0;
  readonly one = 1;
  of(value: string | number): number {
    return Number(value);
  }
  add(a: number, b: number): number {
    return a + b;
  }
  sub(a: number, b: number): number {
    return a - b;
  }
  mul(a: number, b: number): number {
    return a * b;
  }
  div(a: number, b: number): number {
    return a / b;
  }
  neg(a: number): number {
    return -a;
  }
  cmp(a: number, b: number): number {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  isZero(a: number): boolean {
    return a === 0;
  }
  min(a: number, b: number): number {
    return a <= b ? a : b;
  }
  max(a: number, b: number): number {
    return a >= b ? a : b;
  }
  ceil(a: number): number {
    return ceilSnapped(a);
  }
  pow(base: number, exponent: number): number {
    return Math.pow(base, exponent);
  }
  exp(a: number): number {
    return Math.exp(a);
  }
  toMoney(a: number): number {
    return floatToMoney(a);
  }
  toTokens(a: number): number {
    return Math.abs(a) < TOKEN_GRID_LIMIT ? Math.round(a * 1e6) / 1e6 : a;
  }
  moneyProduct(a: number, b: number): number {
    return floatToMoney(a * b);
  }
  sum(values: ArrayLike<number>): number {
    let s = 0;
    for (let i = 0; i < values.length; i++) s += values[i] ?? 0;
    return s;
  }
}

export const floatArithmetic: Arithmetic<number> = new FloatArithmetic();
