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
 * 4. Several roots → multiple. One → refined in Decimal to 1e-20 relative by safeguarded Newton
 *    (Numerical Recipes' rtsafe: bisect when a Newton step leaves the bracket or fails to halve).
 * Exactness: with one sign change, Descartes' rule of signs (on the polynomial in v > 0) allows
 * at most one root, a simple one, so it is never missed. With more sign changes, two roots in
 * one grid step, or an even-multiplicity root between grid points (NPV touches zero without
 * crossing), can go unseen: the limit of any scan.
 */
import { Decimal, ONE, ZERO } from '../decimal';
import { mul } from '../wordArithmetic';
import { npv } from './npv';
import { annualFromMonthly } from './rates';

export interface IrrResult {
  monthly: Decimal | null;
  annual: Decimal | null;
  multiple: boolean;
}

type Sign = -1 | 0 | 1;
type Root = { at: string } | { lo: string; hi: string; loSign: Sign };

const NONE: IrrResult = { monthly: null, annual: null, multiple: false };
const MULTIPLE: IrrResult = { monthly: null, annual: null, multiple: true };
const DECIMAL_ZERO = new Decimal('1e-28');
const REL_TOL = new Decimal('1e-20');
const ABS_TOL = new Decimal('1e-30');

/** Grid rates as 12-digit strings, so the Decimal and the float64 point are the same rate. */
const GRID: readonly string[] = (() => {
  const us: number[] = [0];
  for (let u = 1e-7; u < Math.log(11); u *= 1.018) us.push(u);
  for (let u = 1e-7; u < -Math.log(0.01); u *= 1.018) us.push(-u);
  const inner = us.map((u) => Math.expm1(u).toPrecision(12)).filter((s) => Number(s) > -0.99 && Number(s) < 10);
  return ['-0.99', ...inner.sort((a, b) => Number(a) - Number(b)), '10'];
})();
function rate(i: number): string {
  const text = GRID[i];
  if (text === undefined) throw new RangeError(`IRR grid has no point ${i}`);
  return text;
}

const signOf = (d: Decimal | number): Sign => ((typeof d === 'number' ? d < 0 : d.isNeg()) ? -1 : 1);

/** NPV and its slope dNPV/dx at rate x, by Horner in v = 1/(1+x) (dv/dx = −v²). */
function evaluate(flows: readonly Decimal[], x: Decimal): { value: Decimal; slope: Decimal } {
  const v = ONE.div(ONE.plus(x));
  let [value, dv] = [ZERO, ZERO];
  for (let t = flows.length - 1; t >= 0; t--) {
    dv = mul(dv, v).plus(value);
    value = mul(value, v).plus(flows[t] ?? ZERO);
  }
  return { value, slope: dv.times(v).times(v).neg() };
}

/** Sign of NPV at grid point i: float64 when unambiguous, Decimal otherwise. */
function signAt(flows: readonly Decimal[], scaled: readonly number[], i: number): Sign {
  const v = 1 / (1 + Number(rate(i)));
  let [value, gross] = [0, 0];
  for (let t = scaled.length - 1; t >= 0; t--) {
    const flow = scaled[t] ?? 0;
    value = value * v + flow;
    gross = gross * v + Math.abs(flow);
  }
  if (Math.abs(value) > 1e-10 * gross) return signOf(value);
  const x = new Decimal(rate(i));
  const exact = npv(flows, x);
  return exact.abs().lte(npv(flows.map((f) => f.abs()), x).times(DECIMAL_ZERO)) ? 0 : signOf(exact);
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

/** Safeguarded Newton on [lo, hi], whose ends have signs loSign and −loSign. */
function refine(flows: readonly Decimal[], lo: Decimal, hi: Decimal, loSign: Sign): Decimal {
  let [a, b, x, step, stepBefore] = [lo, hi, lo.plus(hi).div(2), hi.minus(lo), hi.minus(lo)];
  for (let i = 0; i < 400; i++) {
    const { value, slope } = evaluate(flows, x);
    if (value.isZero()) return x;
    if (signOf(value) === loSign) a = x;
    else b = x;
    const newton = slope.isZero() ? null : x.minus(value.div(slope));
    const halves = newton !== null && newton.minus(x).abs().times(2).lte(stepBefore.abs());
    const next = newton !== null && halves && newton.gt(a) && newton.lt(b) ? newton : a.plus(b).div(2);
    [stepBefore, step] = [step, next.minus(x)];
    if (step.abs().lte(next.abs().times(REL_TOL).plus(ABS_TOL))) return next;
    x = next;
  }
  return x;
}

function signChanges(flows: readonly Decimal[]): number {
  const signs = flows.filter((f) => !f.isZero()).map(signOf);
  return signs.filter((s, i) => i > 0 && s !== signs[i - 1]).length;
}

export function irr(flows: readonly Decimal[]): IrrResult {
  const changes = signChanges(flows);
  if (changes === 0) return NONE;
  const inverse = ONE.div(flows.reduce((m, flow) => Decimal.max(m, flow.abs()), ZERO));
  const scaled = flows.map((flow) => flow.times(inverse).toNumber());
  const sign = (i: number): Sign => signAt(flows, scaled, i);
  const roots = changes === 1 ? search(sign) : scan(sign);
  const root = roots[0];
  if (root === undefined) return NONE;
  if (roots.length > 1) return MULTIPLE;
  const monthly =
    'at' in root ? new Decimal(root.at) : refine(flows, new Decimal(root.lo), new Decimal(root.hi), root.loSign);
  return { monthly, annual: annualFromMonthly(monthly), multiple: false };
}
