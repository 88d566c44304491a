/**
 * Small scenarios whose analysis results are derived by hand in the tests.
 *
 * `apiOnly`: one application bought from an API for 12 months of 2027, discount rate 0:
 * tokens 1e9 + 1e8·t (Σ = 18.6e9), revenue $10 / M, API $4 / M (input = output), nothing else.
 * NPV = 18,600 · (10 − 4) = 111,600.
 *
 * `ownedFixed`: one owned node bought in month 0 for $100,000 (no maintenance, hosting or
 * residual), drawing 10 kW at any load (idle fraction 1, PUE 1) at $100 / MWh: 2027 has 8,760
 * hours, so energy is $8,760 a year. One application of 1e9 tokens a month (no growth) at $10 / M:
 * revenue $10,000 a month, $120,000 a year; the node serves it with room to spare (1e6 tokens/s/GPU).
 * NPV (rate 0) = 120,000 − 8,760 − 100,000 = 11,240.
 */
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../src/scenario/schema';

const common = {
  start: '2027-01',
  horizonMonths: 12,
  discountRateAnnual: 0,
  fiscalYearStartMonth: 1,
  energy: { pricePerMWh: 100, annualEscalation: 0, pue: 1 },
  hosting: { perKwMonth: 0 },
} satisfies Partial<ScenarioInput>;

const app = {
  team: 'Team',
  model: 'm',
  outputShare: 0.5,
  annualPriceErosion: 0,
  tokensPerQuery: 1000,
  queriesPerTask: 1,
};

export const apiOnlyInput: ScenarioInput = {
  ...common,
  name: 'API only',
  platforms: [],
  apiOptions: [{ id: 'api', name: 'API', inputPricePerMTokens: 4, outputPricePerMTokens: 4, annualPriceDecline: 0 }],
  applications: [
    { ...app, id: 'chat', name: 'Chat', servedBy: { api: 'api' }, tokensMonth0: 1e9, growth: { type: 'linear', monthlyIncrement: 1e8 }, revenuePerMTokens: 10 },
  ],
};

export const ownedFixedInput: ScenarioInput = {
  ...common,
  name: 'Owned fixed node',
  platforms: [
    {
      id: 'node',
      name: 'Node',
      gpusPerNode: 8,
      powerKwPerNode: 10,
      idlePowerFraction: 1,
      capexPerNode: 100000,
      maintenancePctPerYear: 0,
      depreciationMonths: 36,
      residualValuePct: 0,
      throughput: { m: 1e6 },
      softwareCurve: { type: 'compound', annualImprovement: 0.5, cap: 2 },
      fleet: { mode: 'fixed', nodes: 1, targetUtilization: 0.5 },
    },
  ],
  apiOptions: [],
  applications: [
    { ...app, id: 'chat', name: 'Chat', servedBy: { platform: 'node' }, tokensMonth0: 1e9, growth: { type: 'compound', monthlyRate: 0 }, revenuePerMTokens: 10 },
  ],
};

export const apiOnly: Scenario = scenarioSchema.parse(apiOnlyInput);
export const ownedFixed: Scenario = scenarioSchema.parse(ownedFixedInput);
