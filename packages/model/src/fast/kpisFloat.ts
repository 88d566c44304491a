/**
 * The horizon KPIs (spec §4) on the float64 path: NPV, payback and the monthly rate are the
 * formulas of kpis/ run with floatArithmetic; IRR is its own root search (the Decimal IRR
 * refines its root in Decimal, kpis/irr.ts).
 */
import { floatArithmetic } from '../numeric';
import { monthlyRateOf } from '../kpis/horizon';
import { npvOf } from '../kpis/npv';
import { paybackOf } from '../kpis/payback';

export function monthlyRate(annual: number): number {
  return monthlyRateOf(floatArithmetic, annual);
}

export function npvFloat(flows: ArrayLike<number>, m: number): number {
  return npvOf(floatArithmetic, flows, m);
}

export function paybackFloat(flows: ArrayLike<number>, m: number | null = null): number | null {
  return paybackOf(floatArithmetic, flows, m);
}

/**
 * IRR in float64: the monthly rate x in (−0.99, 10) with NPV(x) = 0, annualised; null when
 * there is no root or more than one (counted by sign changes of NPV on a grid dense near 0).
 */
export function irrFloat(flows: ArrayLike<number>): number | null {
  let pos = false;
  let neg = false;
  for (let t = 0; t < flows.length; t++) {
    const v = flows[t] ?? 0;
    if (v > 0) pos = true;
    if (v < 0) neg = true;
  }
  if (!pos || !neg) return null;
  if (signChanges(flows) === 1) {
    // Descartes' rule of signs (a polynomial in v = 1/(1+x) > 0): at most one root, a simple one,
    // so a sign difference between the ends of (−0.99, 10) brackets it and nothing else can hide.
    const lo = -0.99;
    const hi = 10;
    const vLo = npvFloat(flows, lo);
    const vHi = npvFloat(flows, hi);
    if (vLo === 0 || vHi === 0 || vLo > 0 === vHi > 0) return null;
    return Math.pow(1 + bisect(flows, lo, hi, vLo), 12) - 1;
  }
  const grid = irrGrid();
  let root: number | null = null;
  let prevX = grid[0] ?? -0.99;
  let prevV = npvFloat(flows, prevX);
  for (let i = 1; i < grid.length; i++) {
    const x = grid[i] ?? 0;
    const v = npvFloat(flows, x);
    if ((prevV < 0 && v >= 0) || (prevV > 0 && v <= 0)) {
      if (root !== null) return null;
      root = bisect(flows, prevX, x, prevV);
    }
    prevX = x;
    prevV = v;
  }
  return root === null ? null : Math.pow(1 + root, 12) - 1;
}

function signChanges(flows: ArrayLike<number>): number {
  let changes = 0;
  let last = 0;
  for (let t = 0; t < flows.length; t++) {
    const v = flows[t] ?? 0;
    if (v === 0) continue;
    if (last !== 0 && v > 0 !== last > 0) changes++;
    last = v;
  }
  return changes;
}

function bisect(flows: ArrayLike<number>, lo: number, hi: number, vLo: number): number {
  let a = lo;
  let b = hi;
  let fa = vLo;
  for (let i = 0; i < 200 && b - a > 1e-16 * Math.max(1, Math.abs(a)); i++) {
    const mid = (a + b) / 2;
    const fm = npvFloat(flows, mid);
    if ((fa < 0 && fm < 0) || (fa > 0 && fm > 0)) {
      a = mid;
      fa = fm;
    } else b = mid;
  }
  return (a + b) / 2;
}

let cachedGrid: number[] | undefined;
function irrGrid(): number[] {
  if (cachedGrid) return cachedGrid;
  // Uniform in ln(1 + x) from ln(0.01) to ln(11): dense where monthly rates live.
  const lo = Math.log(0.01 + 1e-9);
  const hi = Math.log(11 - 1e-9);
  const n = 800;
  cachedGrid = Array.from({ length: n + 1 }, (_, i) => Math.exp(lo + ((hi - lo) * i) / n) - 1);
  return cachedGrid;
}
