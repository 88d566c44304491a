/**
 * Goal seek (spec §6): the factor on one driver that makes one KPI hit a target, e.g. the
 * revenue price (× f) for a payback of 18 months.
 *
 * Method: bracketing + bisection.
 * 1. Bracket on the float64 fast path: the KPI minus the target at 49 factors spaced
 *    geometrically over [min, max] (default [0.05, 20]) plus 1; every sign change between
 *    neighbours is a bracket; the one nearest factor 1 (in log distance) is chosen, i.e. the
 *    smallest change to today's scenario. A payback that is null (not within the horizon)
 *    counts as +∞; any other null KPI (no IRR, no capex for ROI …) is skipped.
 * 2. Bisection on the fast path to 1e-13 relative in the factor.
 * 3. The answer is checked on the Decimal engine: the KPI there at the factor found is the value
 *    reported. If it misses the target by more than the tolerance, bisection continues on the
 *    Decimal engine inside the bracket (60 steps at most).
 * Results: 'found' (|KPI − target| ≤ tolerance · max(1, |target|)); 'unreachable' (no factor
 * in range reaches the target: the KPI's range over the grid and the closest point are given);
 * 'discontinuous' (the KPI jumps across the target between two factors 1e-13 apart, e.g. when
 * one more node is bought: the factor and the value just past the jump are given).
 */
import { Decimal, type DecimalInput } from '../decimal';
import { compileScenario } from '../fast/compile';
import { projectFloat } from '../fast/projectFloat';
import { projectionKpis } from '../projection/run';
import type { Scenario } from '../scenario/schema';
import { applyDriver, applyDriverFloat, driverChanges, type Driver } from './drivers';
import { isPaybackKpi, kpiDecimal, kpiFloat, type AnalysisKpi } from './kpis';

export interface GoalSeekOptions {
  driver: Driver;
  kpi: AnalysisKpi;
  target: DecimalInput;
  /** Factor range searched; default 0.05 … 20. */
  minFactor?: number;
  maxFactor?: number;
  /** Relative tolerance on the KPI (scaled by max(1, |target|)); default 1e-6. */
  tolerance?: number;
}

export interface GoalSeekResult {
  status: 'found' | 'unreachable' | 'discontinuous';
  driver: Driver;
  kpi: AnalysisKpi;
  target: string;
  /** The factor on the driver (decimal string), null when unreachable. */
  factor: string | null;
  /** The KPI on the Decimal engine at `factor` (or at the closest point when unreachable). */
  value: string | null;
  /** The scenario fields the factor changes, before and after. */
  changes: { path: string; from: string; to: string }[];
  /** Smallest and largest KPI seen over the range (null KPIs left out). */
  range: { minFactor: number; maxFactor: number; lowestValue: number | null; highestValue: number | null };
  /** Closest point on the grid when unreachable. */
  closest: { factor: number; value: number } | null;
  message: string;
}

const GRID_POINTS = 49;

export function goalSeek(scenario: Scenario, options: GoalSeekOptions): GoalSeekResult {
  const { driver, kpi } = options;
  const target = new Decimal(options.target);
  const targetNum = target.toNumber();
  const minFactor = options.minFactor ?? 0.05;
  const maxFactor = options.maxFactor ?? 20;
  const tolerance = (options.tolerance ?? 1e-6) * Math.max(1, Math.abs(targetNum));
  if (!(minFactor > 0 && maxFactor > minFactor && Number.isFinite(maxFactor))) throw new RangeError('need 0 < minFactor < maxFactor');
  const payback = isPaybackKpi(kpi);
  const fs = compileScenario(scenario);
  const floatGap = (f: number): number => {
    const s = applyDriverFloat(fs, driver, f);
    const v = kpiFloat(projectFloat(s), s, kpi);
    if (v === null) return payback ? Infinity : NaN;
    return v - targetNum;
  };
  const decimalValue = (f: number): Decimal | null => kpiDecimal(projectionKpis(applyDriver(scenario, driver, new Decimal(f))), kpi);
  const decimalGap = (f: number): number => {
    const v = decimalValue(f);
    if (v === null) return payback ? Infinity : NaN;
    return v.minus(target).toNumber();
  };

  const grid = Array.from({ length: GRID_POINTS }, (_, i) => minFactor * Math.pow(maxFactor / minFactor, i / (GRID_POINTS - 1)));
  if (minFactor < 1 && maxFactor > 1) grid.push(1);
  grid.sort((a, b) => a - b);
  const gaps = grid.map(floatGap);
  let lowest: number | null = null;
  let highest: number | null = null;
  let closest: { factor: number; value: number } | null = null;
  gaps.forEach((g, i) => {
    if (!Number.isFinite(g)) return;
    const v = g + targetNum;
    lowest = lowest === null ? v : Math.min(lowest, v);
    highest = highest === null ? v : Math.max(highest, v);
    if (closest === null || Math.abs(g) < Math.abs(closest.value - targetNum)) closest = { factor: grid[i] ?? 1, value: v };
  });
  const range = { minFactor, maxFactor, lowestValue: lowest, highestValue: highest };
  const base = { driver, kpi, target: target.toFixed(), range };

  // Brackets: neighbours (skipping NaN) whose gaps differ in sign, or a grid point hitting 0 exactly.
  let best: [number, number] | null = null;
  const distance = (a: number, b: number) => Math.abs(Math.log(Math.sqrt(a * b)));
  let prev = -1;
  for (let i = 0; i < grid.length; i++) {
    const g = gaps[i] ?? NaN;
    if (Number.isNaN(g)) continue;
    const lo = grid[prev] ?? 0;
    const hi = grid[i] ?? 0;
    const gPrev = gaps[prev] ?? NaN;
    if (g === 0) {
      if (best === null || distance(hi, hi) < distance(best[0], best[1])) best = [hi, hi];
    } else if (prev >= 0 && gPrev !== 0 && g > 0 !== gPrev > 0) {
      if (best === null || distance(lo, hi) < distance(best[0], best[1])) best = [lo, hi];
    }
    prev = i;
  }
  if (best === null) {
    return {
      ...base,
      status: 'unreachable',
      factor: null,
      value: null,
      changes: [],
      closest,
      message: `No ${driver} factor from ${minFactor} to ${maxFactor} brings ${kpi} to ${target.toFixed()}` +
        (lowest !== null && highest !== null ? `: over that range it runs from ${lowest} to ${highest}.` : ': it has no value over that range.'),
    };
  }

  const bisect = (gap: (f: number) => number, lo0: number, hi0: number, steps: number): [number, number] => {
    let lo = lo0;
    let hi = hi0;
    const gLo = gap(lo);
    for (let i = 0; i < steps && hi / lo - 1 > 1e-13; i++) {
      const mid = Math.sqrt(lo * hi);
      const gm = gap(mid);
      if (gm === 0) return [mid, mid];
      if (Number.isNaN(gm)) break;
      if (gm > 0 === gLo > 0) lo = mid;
      else hi = mid;
    }
    return [lo, hi];
  };

  let [lo, hi] = best[0] === best[1] ? best : bisect(floatGap, best[0], best[1], 200);
  let factor = Math.abs(floatGap(lo)) <= Math.abs(floatGap(hi)) ? lo : hi;
  let value = decimalValue(factor);
  const misses = (v: Decimal | null) => v === null || Math.abs(v.minus(target).toNumber()) > tolerance;
  if (misses(value) && lo !== hi) {
    // The fast path's bracket is trusted only if the Decimal engine agrees on its signs.
    const widen = (f: number, k: number) => Math.min(maxFactor, Math.max(minFactor, f * k));
    const [dLo, dHi] = [widen(lo, 1 - 1e-9), widen(hi, 1 + 1e-9)];
    const [gLo, gHi] = [decimalGap(dLo), decimalGap(dHi)];
    if (Number.isFinite(gLo) || Number.isFinite(gHi)) {
      if (gLo > 0 !== gHi > 0) [lo, hi] = bisect(decimalGap, dLo, dHi, 60);
      factor = Math.abs(decimalGap(lo)) <= Math.abs(decimalGap(hi)) ? lo : hi;
      value = decimalValue(factor);
    }
  }
  const factorText = new Decimal(factor).toFixed();
  const changes = driverChanges(scenario, driver, factorText);
  if (misses(value)) {
    return {
      ...base,
      status: 'discontinuous',
      factor: factorText,
      value: value === null ? null : value.toFixed(),
      changes,
      closest: null,
      message: `${kpi} jumps across ${target.toFixed()} at ${driver} × ${factorText} (a step such as one more node): no factor gives it exactly.`,
    };
  }
  return {
    ...base,
    status: 'found',
    factor: factorText,
    value: value === null ? null : value.toFixed(),
    changes,
    closest: null,
    message: `${driver} × ${factorText} gives ${kpi} = ${value === null ? 'null' : value.toFixed()}.`,
  };
}
