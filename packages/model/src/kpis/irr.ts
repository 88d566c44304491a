/**
 * Internal rate of return (spec §4): the monthly rate x in the open interval (−0.99, 10)
 * with NPV(x) = 0; `null` when there is none, `null` with `multiple: true` when there are several.
 *
 * Method
 * 1. Flows without a sign change (empty, all zero, all ≥ 0, all ≤ 0) have no root: null.
 *    All-zero flows make every rate a root; none is meaningful, so that is null, not multiple.
 * 2. Grid: ~1950 fixed rates log-spaced in u = ln(1+x): u = 0 and ±1e-7·1.018^k out to the
 *    ends, i.e. steps of 1.8 % of |u| (dense near 0 %, where monthly IRRs live; geometric in
 *    1+x near −99 %), plus the ends −0.99 and 10. NPV is taken in float64 on flows scaled by
 *    their largest magnitude (no overflow even at v = 1/(1+x) = 100 over 120 months). A float
 *    sign is trusted only when |NPV| > 1e-10·Σ|CF_t|v^t, far above Horner's float error
 *    (≈ 2H·2^-53 of that sum); otherwise the point is re-evaluated in Decimal, where
 *    |NPV| ≤ 1e-28 of that sum counts as an exact zero (a root on the grid point).
 * 3. Roots = zero points strictly inside the interval + sign changes between neighbouring
 *    non-zero points (a zero on an end is outside the open interval). With one sign change in
 *    the flows a binary search over the grid finds the same cell as a full scan, ~40× faster.
 * 4. Several roots → multiple. One → refined to 1e-20 relative by safeguarded Newton (Numerical
 *    Recipes' rtsafe: bisect when a Newton step leaves the bracket or fails to halve).
 * Steps 3–4 are written once for both number types (numeric.ts): the float64 path
 * (fast/kpisFloat.ts) runs them with floatArithmetic, its grid signs in float64 and its Newton
 * to 1e-14 relative.
 * Exactness: with one sign change, Descartes' rule of signs (on the polynomial in v > 0) allows
 * at most one root, a simple one, so it is never missed. With more sign changes, two roots in
 * one grid step, or an even-multiplicity root between grid points (NPV touches zero without
 * crossing), can go unseen: the limit of any scan.
 */
import { Decimal } from '../decimal';
import { decimalArithmetic, type Arithmetic } from '../numeric';
import { npv } from './npv';

export interface IrrResult<T = Decimal> {
  monthly: T | null;
  annual: T | null;
  multiple: boolean;
}

export type Sign = -1 | 0 | 1;
type Root = { at: string } | { lo: string; hi: string; loSign: Sign };

const NONE = { monthly: null, annual: null, multiple: false } as const;
const MULTIPLE = { monthly: null, annual: null, multiple: true } as const;
const DECIMAL_ZERO = new Decimal('1e-28');

/** Grid rates as 12-digit strings, so the Decimal and the float64 point are the same rate. */
const GRID: readonly string[] = (() => {
  const us: number[] = [0];
  for (let u = 1e-7; u < Math.log(11); u *= 1.018) us.push(u);
  for (let u = 1e-7; u < -Math.log(0.01); u *= 1.018) us.push(-u);
  const inner = us.map((u) => Math.expm1(u).toPrecision(12)).filter((s) => Number(s) > -0.99 && Number(s) < 10);
  return ['-0.99', ...inner.sort((a, b) => Number(a) - Number(b)), '10'];
})();
/** `1 / (1 + x)` of each grid rate in float64: the float sign of NPV there is Horner in it. */
export const GRID_DISCOUNT: Float64Array = Float64Array.from(GRID, (x) => 1 / (1 + Number(x)));

function rate(i: number): string {
  const text = GRID[i];
  if (text === undefined) throw new RangeError(`IRR grid has no point ${i}`);
  return text;
}

function signOf<T>(N: Arithmetic<T>, x: T): Sign {
  return N.cmp(x, N.zero) < 0 ? -1 : 1;
}

function abs<T>(N: Arithmetic<T>, x: T): T {
  return N.cmp(x, N.zero) < 0 ? N.neg(x) : x;
}

/** Sign of NPV in float64 at grid point i on flows scaled by their largest magnitude: 0 when |NPV| ≤ trust·Σ|CF_t|v^t. */
export function floatSignAt(scaled: ArrayLike<number>, i: number, trust: number): Sign {
  const v = GRID_DISCOUNT[i] ?? 1;
  let value = 0;
  let gross = 0;
  for (let t = scaled.length - 1; t >= 0; t--) {
    const flow = scaled[t] ?? 0;
    value = value * v + flow;
    gross = gross * v + Math.abs(flow);
  }
  return Math.abs(value) > trust * gross ? (value < 0 ? -1 : 1) : 0;
}

/** Sign of NPV at grid point i: float64 when unambiguous, Decimal otherwise. */
function signAt(flows: readonly Decimal[], scaled: readonly number[], i: number): Sign {
  const sign = floatSignAt(scaled, i, 1e-10);
  if (sign !== 0) return sign;
  const x = new Decimal(rate(i));
  const exact = npv(flows, x);
  return exact.abs().lte(npv(flows.map((f) => f.abs()), x).times(DECIMAL_ZERO)) ? 0 : exact.isNeg() ? -1 : 1;
}

/** Every root the grid shows, stopping at the second. */
function scan(sign: (i: number) => Sign): Root[] {
  const roots: Root[] = [];
  let previous: Sign = 0;
  for (let i = 0; i < GRID.length && roots.length < 2; i++) {
    const s = sign(i);
    if (s === 0 && i > 0 && i < GRID.length - 1) roots.push({ at: rate(i) });
    if (s !== 0 && previous !== 0 && s !== previous) roots.push({ lo: rate(i - 1), hi: rate(i), loSign: previous });
    previous = s;
  }
  return roots;
}

/** At most one root (one sign change): binary search for its grid cell. */
function search(sign: (i: number) => Sign): Root[] {
  let [lo, hi] = [0, GRID.length - 1];
  const [loSign, hiSign] = [sign(lo), sign(hi)];
  if (loSign === 0 || hiSign === 0 || loSign === hiSign) return []; // root on an end, or none
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const s = sign(mid);
    if (s === 0) return [{ at: rate(mid) }];
    if (s === loSign) lo = mid;
    else hi = mid;
  }
  return [{ lo: rate(lo), hi: rate(hi), loSign }];
}

/** NPV and its slope dNPV/dx at rate x, by Horner in v = 1/(1+x) (dv/dx = −v²). */
function evaluate<T>(N: Arithmetic<T>, flows: ArrayLike<T>, x: T): { value: T; slope: T } {
  const v = N.div(N.one, N.add(N.one, x));
  let [value, dv] = [N.zero, N.zero];
  for (let t = flows.length - 1; t >= 0; t--) {
    dv = N.add(N.mul(dv, v), value);
    value = N.add(N.mul(value, v), flows[t] ?? N.zero);
  }
  return { value, slope: N.neg(N.mul(N.mul(dv, v), v)) };
}

/** Safeguarded Newton on [lo, hi], whose ends have signs loSign and −loSign, to `relTol` relative. */
function refine<T>(N: Arithmetic<T>, flows: ArrayLike<T>, lo: T, hi: T, loSign: Sign, relTol: T, absTol: T): T {
  const two = N.of(2);
  let [a, b, x, step, stepBefore] = [lo, hi, N.div(N.add(lo, hi), two), N.sub(hi, lo), N.sub(hi, lo)];
  for (let i = 0; i < 400; i++) {
    const { value, slope } = evaluate(N, flows, x);
    if (N.isZero(value)) return x;
    if (signOf(N, value) === loSign) a = x;
    else b = x;
    const newton = N.isZero(slope) ? null : N.sub(x, N.div(value, slope));
    const halves = newton !== null && N.cmp(N.mul(abs(N, N.sub(newton, x)), two), abs(N, stepBefore)) <= 0;
    const next = newton !== null && halves && N.cmp(newton, a) > 0 && N.cmp(newton, b) < 0 ? newton : N.div(N.add(a, b), two);
    [stepBefore, step] = [step, N.sub(next, x)];
    if (N.cmp(abs(N, step), N.add(N.mul(abs(N, next), relTol), absTol)) <= 0) return next;
    x = next;
  }
  return x;
}

function signChanges<T>(N: Arithmetic<T>, flows: ArrayLike<T>): number {
  let [changes, last] = [0, 0];
  for (let t = 0; t < flows.length; t++) {
    const flow = flows[t] ?? N.zero;
    if (N.isZero(flow)) continue;
    const s = signOf(N, flow);
    if (last !== 0 && s !== last) changes++;
    last = s;
  }
  return changes;
}

/** Steps 1, 3 and 4 for either number type, given the sign of NPV at each grid point. */
export function irrOf<T>(N: Arithmetic<T>, flows: ArrayLike<T>, sign: (i: number) => Sign, relTol: T, absTol: T): IrrResult<T> {
  const changes = signChanges(N, flows);
  if (changes === 0) return NONE;
  const roots = changes === 1 ? search(sign) : scan(sign);
  const root = roots[0];
  if (root === undefined) return NONE;
  if (roots.length > 1) return MULTIPLE;
  const monthly = 'at' in root ? N.of(root.at) : refine(N, flows, N.of(root.lo), N.of(root.hi), root.loSign, relTol, absTol);
  return { monthly, annual: N.sub(N.pow(N.add(N.one, monthly), N.of(12)), N.one), multiple: false };
}

const REL_TOL = new Decimal('1e-20');
const ABS_TOL = new Decimal('1e-30');

export function irr(flows: readonly Decimal[]): IrrResult {
  let scaled: number[] | undefined; // only when there is a sign change: irrOf asks no sign otherwise
  const scale = (): number[] => {
    const inverse = new Decimal(1).div(flows.reduce((m, flow) => Decimal.max(m, flow.abs()), new Decimal(0)));
    return flows.map((flow) => flow.times(inverse).toNumber());
  };
  return irrOf(decimalArithmetic, flows, (i) => signAt(flows, (scaled ??= scale()), i), REL_TOL, ABS_TOL);
}
