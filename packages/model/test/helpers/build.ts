/**
 * Small scenario builders for hand-worked tests: every number a test depends on is visible
 * in the test itself; the defaults here are zeros and ones that drop out of the arithmetic.
 */
import type { Scenario, ScenarioInput } from '../../src/scenario/schema';
import { validateScenario } from '../../src/scenario/validate';
import { Decimal } from '../../src/decimal';

export type PlatformInput = ScenarioInput['platforms'][number];
export type ApplicationInput = ScenarioInput['applications'][number];
export type ApiOptionInput = ScenarioInput['apiOptions'][number];

/** An owned platform: 1 GPU per node, 1 kW, no idle draw, 1000 tokens/s on model "m", auto fleet at 100 %. */
export function ownedPlatform(overrides: Partial<PlatformInput> = {}): PlatformInput {
  return {
    id: 'p',
    name: 'Platform',
    gpusPerNode: 1,
    powerKwPerNode: 1,
    idlePowerFraction: 0,
    capexPerNode: 1000,
    maintenancePctPerYear: 0,
    depreciationMonths: 10,
    residualValuePct: 0,
    throughput: { m: 1000 },
    softwareCurve: { type: 'none' },
    fleet: { mode: 'auto', targetUtilization: 1 },
    ...overrides,
  };
}

export function rentedPlatform(overrides: Partial<PlatformInput> = {}): PlatformInput {
  return {
    id: 'r',
    name: 'Rented',
    acquisition: { type: 'rent', pricePerGpuHour: 2, annualPriceDecline: 0 },
    gpusPerNode: 1,
    powerKwPerNode: 1,
    idlePowerFraction: 0,
    throughput: { m: 1000 },
    softwareCurve: { type: 'none' },
    fleet: { mode: 'auto', targetUtilization: 1 },
    ...overrides,
  };
}

export function apiOption(overrides: Partial<ApiOptionInput> = {}): ApiOptionInput {
  return { id: 'api', name: 'API', inputPricePerMTokens: 1, outputPricePerMTokens: 1, annualPriceDecline: 0, ...overrides };
}

/** An application on platform "p" with constant demand (linear growth 0) and no revenue. */
export function application(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    id: 'a',
    name: 'App',
    team: 'Team',
    model: 'm',
    servedBy: { platform: 'p' },
    tokensMonth0: 0,
    outputShare: 0,
    growth: { type: 'linear', monthlyIncrement: 0 },
    revenuePerMTokens: 0,
    annualPriceErosion: 0,
    tokensPerQuery: 1000,
    queriesPerTask: 1,
    ...overrides,
  };
}

/** A scenario starting June 2027 (30 days: 720 hours), free energy and hosting, no discounting. */
export function scenarioInput(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    name: 'Test',
    start: '2027-06',
    horizonMonths: 1,
    discountRateAnnual: 0,
    fiscalYearStartMonth: 1,
    energy: { pricePerMWh: 0, annualEscalation: 0, pue: 1 },
    hosting: { perKwMonth: 0 },
    platforms: [ownedPlatform()],
    apiOptions: [],
    applications: [application()],
    ...overrides,
  };
}

/** Parse a scenario input, failing the test with the issues if it is invalid. */
export function scenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  const result = validateScenario(scenarioInput(overrides));
  if (!result.ok) throw new Error(`invalid test scenario: ${JSON.stringify(result.issues)}`);
  return result.scenario;
}

/** Decimal of a projection string (for exact comparisons). */
export function d(value: string | null | undefined): Decimal {
  if (value === null || value === undefined) throw new Error('expected a value, got null');
  return new Decimal(value);
}

/** |actual − expected| ≤ tolerance · max(1, |expected|), in Decimal. */
export function closeTo(actual: string | null | undefined, expected: number | string, tolerance = '1e-24'): boolean {
  const a = d(actual);
  const e = new Decimal(expected);
  return a.minus(e).abs().lte(Decimal.max(1, e.abs()).times(tolerance));
}
