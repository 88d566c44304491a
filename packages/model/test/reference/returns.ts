/**
 * Cash-flow measures of the reference calculator (spec §4): NPV, IRR (unique root or null),
 * MIRR, payback (spreadsheet convention) — float64, written from the contract text.
 */
import { at } from '../helpers/at';

/** NPV at monthly rate m, month 0 undiscounted. */
export function npv(flows: number[], m: number): number {
  return flows.reduce((acc, cf, t) => acc + cf / Math.pow(1 + m, t), 0);
}

/** Σ cf_t·e^(−y·t) by Horner in v = e^(−y), with the scale Σ |cf_t|·v^t. */
function npvAtLog(flows: number[], y: number): { value: number; scale: number } {
  const v = Math.exp(-y);
  let value = 0;
  let scale = 0;
  for (let t = flows.length - 1; t >= 0; t--) {
    const flow = at(flows, t);
    value = value * v + flow;
    scale = scale * v + Math.abs(flow);
  }
  return { value, scale };
}

const LOW = Math.log(0.01); // x = −0.99
const HIGH = Math.log(11); // x = 10
const GRID = 4000;

export interface IrrResult {
  annual: number | null;
  /** How many roots the scan found in (−0.99, 10). */
  roots: number;
  /** True when the root count could change with rounding: a root near an edge or a near-touching minimum. */
  fragile: boolean;
}

/**
 * IRR: the monthly x in (−0.99, 10) with NPV(x) = 0, annualised (1+x)^12 − 1; null when there is no
 * root or more than one. Scans ln(1+x) on a grid of 4,000 cells and bisects each sign change.
 */
export function irr(flows: number[]): IrrResult {
  if (flows.every((cf) => cf === 0)) return { annual: null, roots: Infinity, fragile: false };
  const step = (HIGH - LOW) / GRID;
  const roots: number[] = [];
  let fragile = false;
  let prev = npvAtLog(flows, LOW + step * 1e-9);
  let prevPrev: { value: number; scale: number } | null = null;
  for (let i = 1; i <= GRID; i++) {
    const y = i === GRID ? HIGH - step * 1e-9 : LOW + i * step;
    const cur = npvAtLog(flows, y);
    if (cur.value === 0) {
      roots.push(y);
    } else if (prev.value !== 0 && Math.sign(cur.value) !== Math.sign(prev.value)) {
      roots.push(bisect(flows, y - step, y, prev.value));
    }
    // A local minimum of |NPV| close to 0 without a sign change: a double root or two roots in one cell.
    if (prevPrev && Math.abs(prev.value) < Math.abs(prevPrev.value) && Math.abs(prev.value) < Math.abs(cur.value)) {
      if (Math.abs(prev.value) < 1e-7 * prev.scale && Math.sign(prevPrev.value) === Math.sign(cur.value)) fragile = true;
    }
    prevPrev = prev;
    prev = cur;
  }
  for (const root of roots) if (root - LOW < 1e-3 || HIGH - root < 1e-3) fragile = true;
  if (roots.length !== 1) return { annual: null, roots: roots.length, fragile };
  return { annual: Math.expm1(12 * at(roots, 0)), roots: 1, fragile };
}

function bisect(flows: number[], lo: number, hi: number, loValue: number): number {
  let a = lo;
  let b = hi;
  const loSign = Math.sign(loValue);
  for (let i = 0; i < 200 && b - a > 1e-16 * Math.max(1, Math.abs(a)); i++) {
    const mid = (a + b) / 2;
    if (mid === a || mid === b) break;
    const v = npvAtLog(flows, mid).value;
    if (v === 0) return mid;
    if (Math.sign(v) === loSign) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/** MIRR with finance and reinvestment rate m, annualised; null when H = 1 or a sign is missing. */
export function mirr(flows: number[], m: number): number | null {
  const H = flows.length;
  if (H <= 1) return null;
  let future = 0;
  let present = 0;
  flows.forEach((cf, t) => {
    if (cf > 0) future += cf * Math.pow(1 + m, H - 1 - t);
    if (cf < 0) present -= cf / Math.pow(1 + m, t);
  });
  if (future === 0 || present === 0) return null;
  return Math.pow(future / present, 12 / (H - 1)) - 1;
}

/**
 * Payback, spreadsheet convention (§4 v2): 0 when cumulative_0 ≥ 0; else the first k with
 * cumulative_k ≥ 0, (k − 1) + (−cumulative_{k−1}) / cashFlow_k; null if never.
 */
export function payback(flows: number[]): number | null {
  let cumulative = flows[0] ?? 0;
  if (cumulative >= 0) return 0;
  for (let k = 1; k < flows.length; k++) {
    const previous = cumulative;
    const flow = at(flows, k);
    cumulative += flow;
    if (cumulative >= 0) return k - 1 + -previous / flow;
  }
  return null;
}

/** Flows discounted to month 0 at monthly rate m. */
export const discounted = (flows: number[], m: number): number[] => flows.map((cf, t) => cf / Math.pow(1 + m, t));
