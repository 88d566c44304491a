/**
 * Validation limits (docs/model.md "Validation limits"): what the engine can represent and what a
 * finance reader would call plausible. Hard limits are validation errors; soft ones are warnings
 * (the scenario still projects). Field ranges are applied by objectSchema.ts; the checks that need
 * several fields at once (a growth curve over the horizon, a fleet sized from its demand) are in
 * limitChecks.ts. Only constants here, so the schema can read them without an import cycle.
 */

/** Hard (`min`/`max`) and soft (`warnAbove`) limits, as decimal strings or integers. */
export const LIMITS = {
  /** Compound growth per month: −50 % … +100 % (doubling every month); above +30 % is unusual. */
  monthlyRate: { min: '-0.5', max: '1', warnAbove: '0.3' },
  /** Logistic rate per month: e^10 ≈ 22,000× a month is already a step function. */
  logisticRate: { max: '10' },
  /** Tokens per month of one application, today and at any month of the horizon. */
  tokensPerMonth: { max: '1000000000000000000', warnAbove: '1000000000000000' },
  /** Prices and revenue per million tokens (USD). */
  pricePerMTokens: { max: '10000', warnAbove: '200' },
  /** Revenue or API cost of one application in one month (USD): the tokens × price product. */
  moneyPerApplicationMonth: { max: '1000000000000' },
  nodes: { max: 1_000_000, warnAbove: 100_000 },
  gpusPerNode: { min: 1, max: 576, warnAbove: 72 },
  powerKwPerNode: { max: '1000', warnAbove: '150' },
  capexPerNode: { max: '100000000' },
  pricePerGpuHour: { max: '100', warnAbove: '20' },
  throughputPerGpu: { min: '0.001', max: '100000000' },
  targetUtilization: { min: '0.01' },
  powerCapKw: { max: '10000000' },
  pricePerMWh: { max: '10000', warnAbove: '500' },
  perKwMonth: { max: '10000', warnAbove: '1000' },
  fixedOpexPerMonth: { max: '10000000000' },
  softwareImprovement: { max: '10' },
  /** Software multiplier on day-one throughput (a compound cap, a running product of steps). */
  softwareMultiplier: { min: '0.01', max: '1000' },
  tokensPerQuery: { min: '0.001', max: '1000000000' },
  queriesPerTask: { max: '1000000' },
  /** §9 seats of one application, their yearly token growth and price per seat-month. */
  seats: { max: '1000000000' },
  tokensPerSeatAnnualGrowth: { max: '100' },
  revenuePerSeatMonth: { max: '1000000' },
  /** §9 interactivity (tokens/s per user) and points of one throughput curve. */
  interactivity: { max: '100000' },
  curvePoints: { max: 200 },
} as const;
