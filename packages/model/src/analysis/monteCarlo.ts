/**
 * Monte Carlo (spec §6): N paths (default 2,000, at most 50,000); on each path every enabled
 * driver is multiplied by a factor drawn from its triangular (low, mode, high) distribution.
 *
 * Reproducible: the factors come from one sfc32 stream seeded by `seed` (prng.ts), drawn path
 * by path and, within a path, in DRIVERS order, one uniform per enabled driver (a degenerate
 * low = mode = high still takes its draw). So path i has the same factors whatever the chunk
 * size, and `samplePathFactors` reproduces them for the Decimal cross-check.
 *
 * Engine: the float64 fast path (projectFloat), one workspace for all paths; it is held to
 * 1e-9 of the Decimal engine path by path in the tests (`evaluatePathDecimal`).
 *
 * Results: P10/P50/P90 of NPV, IRR (paths with an IRR only, and their share), payback (a path
 * that never pays back counts as later than the horizon: a percentile that falls there is null),
 * P(payback within the horizon), an NPV histogram, and monthly fans (P10/P50/P90) of cost
 * (`opex + capex`, the cash spent) and cash flow. Memory stays bounded: three Float64Arrays of
 * N numbers and P² estimators per month (percentiles.ts); no path's ledger is kept.
 *
 * Chunked: `monteCarloSteps` is a generator that yields progress after each chunk of paths, so
 * a Web Worker can yield to its message loop (cancel) between chunks; `runMonteCarlo` drives it
 * synchronously with `onProgress` / `shouldCancel` callbacks. A cancelled run returns the
 * statistics of the paths completed so far, flagged `cancelled`.
 */
import { Decimal } from '../decimal';
import { compileScenario, type FloatScenario } from '../fast/compile';
import { irrFloat, monthlyRate, npvFloat, paybackFloat } from '../fast/kpisFloat';
import { createWorkspace, projectFloat } from '../fast/projectFloat';
import { runProjection } from '../projection/run';
import type { Scenario } from '../scenario/schema';
import { applyDrivers, applyDriversFloatInto, cloneFloatScenario, DRIVERS, type Driver } from './drivers';
import { histogram, MonthlyFan, quantileSorted, type HistogramBin } from './percentiles';
import { createPrng, triangular } from './prng';

export interface Triangular {
  low: number;
  mode: number;
  high: number;
}

export interface MonteCarloOptions {
  /** 1 … 50,000; default 2,000. */
  paths?: number;
  /** 32-bit unsigned integer; default 1. */
  seed?: number;
  /** Factor distributions per driver; default DEFAULT_DISTRIBUTIONS. Drivers not listed stay at 1. */
  distributions?: Partial<Record<Driver, Triangular>>;
  /** Paths per chunk (progress granularity); default 250. */
  chunkSize?: number;
  /** NPV histogram bins; default 30. */
  histogramBins?: number;
}

export const MAX_PATHS = 50_000;
export const DEFAULT_PATHS = 2_000;

/** ±20 % triangular around today's value on every driver but the discount rate (a policy choice, not an uncertainty). */
export const DEFAULT_DISTRIBUTIONS: Readonly<Partial<Record<Driver, Triangular>>> = Object.fromEntries(
  DRIVERS.filter((d) => d !== 'discountRate').map((d) => [d, { low: 0.8, mode: 1, high: 1.2 }]),
);

export interface Percentiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

export interface MonteCarloResult {
  seed: number;
  paths: number;
  completedPaths: number;
  cancelled: boolean;
  distributions: Partial<Record<Driver, Triangular>>;
  /** The scenario as it stands (every factor 1), on the same engine. */
  base: { npv: number; irrAnnual: number | null; paybackMonths: number | null };
  npv: Percentiles & { mean: number; min: number; max: number };
  irrAnnual: Percentiles & { shareWithIrr: number };
  paybackMonths: Percentiles;
  probabilityPaybackWithinHorizon: number;
  npvHistogram: HistogramBin[];
  /** Per month t: P10/P50/P90 of cost (opex + capex) and of cash flow. */
  months: { cost: { p10: number[]; p50: number[]; p90: number[] }; cashFlow: { p10: number[]; p50: number[]; p90: number[] } };
}

export interface MonteCarloProgress {
  completedPaths: number;
  paths: number;
}

function checkOptions(options: MonteCarloOptions) {
  const paths = options.paths ?? DEFAULT_PATHS;
  if (!Number.isInteger(paths) || paths < 1 || paths > MAX_PATHS) throw new RangeError(`paths must be an integer from 1 to ${MAX_PATHS}`);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError('seed must be an integer from 0 to 4294967295');
  const distributions = options.distributions ?? DEFAULT_DISTRIBUTIONS;
  for (const [driver, t] of Object.entries(distributions)) {
    if (!(DRIVERS as readonly string[]).includes(driver)) throw new RangeError(`unknown driver "${driver}"`);
    if (!(t.low > 0 && t.low <= t.mode && t.mode <= t.high && Number.isFinite(t.high))) {
      throw new RangeError(`${driver}: need 0 < low ≤ mode ≤ high (finite)`);
    }
  }
  const chunkSize = options.chunkSize ?? 250;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError('chunkSize must be a positive integer');
  return { paths, seed, distributions, chunkSize, bins: options.histogramBins ?? 30 };
}

/** Draws the next path's factors (DRIVERS order, 1 for drivers without a distribution) into `out`. */
function sampler(seed: number, distributions: Partial<Record<Driver, Triangular>>) {
  const prng = createPrng(seed);
  const active = DRIVERS.map((d) => distributions[d] ?? null);
  return (out: Float64Array) => {
    active.forEach((t, i) => {
      out[i] = t === null ? 1 : triangular(prng.next(), t.low, t.mode, t.high);
    });
  };
}

/** The factors of the first `count` paths of a run (one Float64Array per path, DRIVERS order). */
export function samplePathFactors(options: MonteCarloOptions, count: number): Float64Array[] {
  const { seed, distributions } = checkOptions(options);
  const draw = sampler(seed, distributions);
  return Array.from({ length: count }, () => {
    const f = new Float64Array(DRIVERS.length);
    draw(f);
    return f;
  });
}

export interface PathResult {
  npv: number;
  irrAnnual: number | null;
  paybackMonths: number | null;
  cost: Float64Array;
  cashFlow: Float64Array;
}

/** One path on the float64 fast path (a fresh workspace: for tests and one-offs). */
export function evaluatePathFloat(scenario: Scenario, factors: ArrayLike<number>): PathResult {
  const base = compileScenario(scenario);
  const fs = cloneFloatScenario(base);
  applyDriversFloatInto(fs, base, factors);
  const fp = projectFloat(fs);
  const cost = fp.opex.map((o, t) => o + (fp.capex[t] ?? 0));
  return { npv: npvFloat(fp.cashFlow, monthlyRate(fs.discountRateAnnual)), irrAnnual: irrFloat(fp.cashFlow), paybackMonths: paybackFloat(fp.cashFlow), cost, cashFlow: fp.cashFlow };
}

/** One path on the Decimal engine (the same factors, applied by `applyDrivers`), as numbers. */
export function evaluatePathDecimal(scenario: Scenario, factors: ArrayLike<number>): PathResult {
  const s = applyDrivers(scenario, Object.fromEntries(DRIVERS.map((d, i) => [d, new Decimal(factors[i] ?? 1)])));
  const values = runProjection(s);
  const num = (d: Decimal | null) => (d === null ? null : d.toNumber());
  return {
    npv: values.kpis.npv?.toNumber() ?? NaN,
    irrAnnual: num(values.kpis.irrAnnual),
    paybackMonths: num(values.kpis.paybackMonths),
    cost: Float64Array.from(values.months, (m) => m.opex.plus(m.capex).toNumber()),
    cashFlow: Float64Array.from(values.months, (m) => m.cashFlow.toNumber()),
  };
}

const pct = (sorted: Float64Array, p: number): number | null => {
  const v = quantileSorted(sorted, p);
  return Number.isFinite(v) ? v : null;
};

/** The generator behind `runMonteCarlo`: yields after each chunk; `return`s the result. */
export function* monteCarloSteps(scenario: Scenario, options: MonteCarloOptions = {}): Generator<MonteCarloProgress, MonteCarloResult, boolean | undefined> {
  const { paths, seed, distributions, chunkSize, bins } = checkOptions(options);
  const base: FloatScenario = compileScenario(scenario);
  const fs = cloneFloatScenario(base);
  const ws = createWorkspace(fs);
  const H = base.horizon;
  const draw = sampler(seed, distributions);
  const factors = new Float64Array(DRIVERS.length);
  const npv = new Float64Array(paths);
  const irr = new Float64Array(paths);
  const payback = new Float64Array(paths);
  const costFan = new MonthlyFan(H);
  const cashFan = new MonthlyFan(H);
  const cost = new Float64Array(H);

  const baseProjection = projectFloat(base, ws);
  const baseResult = {
    npv: npvFloat(baseProjection.cashFlow, monthlyRate(base.discountRateAnnual)),
    irrAnnual: irrFloat(baseProjection.cashFlow),
    paybackMonths: paybackFloat(baseProjection.cashFlow),
  };

  let done = 0;
  let cancelled = false;
  while (done < paths) {
    const end = Math.min(paths, done + chunkSize);
    for (let i = done; i < end; i++) {
      draw(factors);
      applyDriversFloatInto(fs, base, factors);
      const fp = projectFloat(fs, ws);
      npv[i] = npvFloat(fp.cashFlow, monthlyRate(fs.discountRateAnnual));
      irr[i] = irrFloat(fp.cashFlow) ?? NaN;
      payback[i] = paybackFloat(fp.cashFlow) ?? Infinity;
      for (let t = 0; t < H; t++) cost[t] = (fp.opex[t] ?? 0) + (fp.capex[t] ?? 0);
      costFan.add(cost);
      cashFan.add(fp.cashFlow);
    }
    done = end;
    if (done < paths) {
      const cancel = yield { completedPaths: done, paths };
      if (cancel === true) {
        cancelled = true;
        break;
      }
    }
  }

  const npvDone = npv.subarray(0, done);
  const npvSorted = Float64Array.from(npvDone).sort();
  const irrSorted = Float64Array.from(irr.subarray(0, done).filter((x) => !Number.isNaN(x))).sort();
  const paybackSorted = Float64Array.from(payback.subarray(0, done)).sort();
  let within = 0;
  let total = 0;
  for (let i = 0; i < done; i++) {
    total += npv[i] ?? 0;
    if (Number.isFinite(payback[i] ?? Infinity)) within++;
  }
  const fan = (f: MonthlyFan) => {
    const [p10 = [], p50 = [], p90 = []] = f.values();
    return { p10, p50, p90 };
  };
  return {
    seed,
    paths,
    completedPaths: done,
    cancelled,
    distributions,
    base: baseResult,
    npv: {
      p10: pct(npvSorted, 0.1),
      p50: pct(npvSorted, 0.5),
      p90: pct(npvSorted, 0.9),
      mean: done === 0 ? NaN : total / done,
      min: npvSorted[0] ?? NaN,
      max: npvSorted[done - 1] ?? NaN,
    },
    irrAnnual: { p10: pct(irrSorted, 0.1), p50: pct(irrSorted, 0.5), p90: pct(irrSorted, 0.9), shareWithIrr: done === 0 ? 0 : irrSorted.length / done },
    paybackMonths: { p10: pct(paybackSorted, 0.1), p50: pct(paybackSorted, 0.5), p90: pct(paybackSorted, 0.9) },
    probabilityPaybackWithinHorizon: done === 0 ? 0 : within / done,
    npvHistogram: histogram(npvDone, bins),
    months: { cost: fan(costFan), cashFlow: fan(cashFan) },
  };
}

export interface MonteCarloControl {
  onProgress?: (progress: MonteCarloProgress) => void;
  shouldCancel?: () => boolean;
}

/** Runs `monteCarloSteps` to the end, reporting progress and polling for cancellation between chunks. */
export function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions = {}, control: MonteCarloControl = {}): MonteCarloResult {
  const steps = monteCarloSteps(scenario, options);
  let step = steps.next();
  while (!step.done) {
    control.onProgress?.(step.value);
    step = steps.next(control.shouldCancel?.() === true);
  }
  control.onProgress?.({ completedPaths: step.value.completedPaths, paths: step.value.paths });
  return step.value;
}
