// Scenario analysis (spec §6): drivers, compare, tornado, Monte Carlo, goal seek.
export {
  applyDriver,
  applyDriverFloat,
  applyDrivers,
  applyDriversFloatInto,
  CLAMPS,
  cloneFloatScenario,
  DRIVER_LABELS,
  driverChanges,
  DRIVERS,
  type Driver,
} from './drivers';
export { ANALYSIS_KPIS, isPaybackKpi, KPI_LABELS, kpiDecimal, kpiFloat, type AnalysisKpi } from './kpis';
export { compare, MAX_COMPARE, MIN_COMPARE, type CompareDelta, type CompareKpi, type CompareRatios, type CompareResult, type ComparedScenario } from './compare';
export { tornado, type TornadoBar, type TornadoOptions, type TornadoResult } from './tornado';
export {
  DEFAULT_DISTRIBUTIONS,
  DEFAULT_PATHS,
  evaluatePathDecimal,
  evaluatePathFloat,
  MAX_PATHS,
  monteCarloSteps,
  runMonteCarlo,
  samplePathFactors,
  type MonteCarloControl,
  type MonteCarloOptions,
  type MonteCarloProgress,
  type MonteCarloResult,
  type PathResult,
  type Percentiles,
  type Triangular,
} from './monteCarlo';
export { goalSeek, type GoalSeekOptions, type GoalSeekResult } from './goalSeek';
export { createPrng, triangular, type Prng } from './prng';
export { histogram, MonthlyFan, P2Quantile, quantileSorted, type HistogramBin } from './percentiles';
export {
  distributionsSchema,
  goalSeekOptionsSchema,
  goalSeekOptionsShape,
  MAX_FACTOR,
  monteCarloOptionsSchema,
  monteCarloOptionsShape,
  tornadoOptionsSchema,
  tornadoOptionsShape,
  triangularSchema,
} from './options';
