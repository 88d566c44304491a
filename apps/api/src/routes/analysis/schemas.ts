// Request and response schemas of the analysis routes (spec §6). Bodies are strict: an unknown field
// is a 400 naming it. The scenario itself is checked by the model's validateScenario in the analysis job (jobs/analysis.ts), so
// its messages match the editor's. Every computed value in a response is a decimal string or null.
import { z } from 'zod';
import {
  ANALYSIS_KPIS,
  distributionsSchema as modelDistributions,
  DRIVERS,
  goalSeekOptionsShape,
  MAX_COMPARE,
  MIN_COMPARE,
  monteCarloOptionsShape,
  tornadoOptionsShape,
} from '@tokenplan/model';
import { errorBodySchema } from '../../errors';
import { errors } from '../schemas';

const decimal = z.string().meta({ description: 'A decimal string, e.g. "1234.5678".' });
const nullableDecimal = decimal.nullable();
const scenarioField = z.record(z.string(), z.unknown()).meta({ description: 'A Scenario (spec §2).' });
const driver = z.enum(DRIVERS);
const kpi = z.enum(ANALYSIS_KPIS);

export const idParams = z.strictObject({ id: z.uuid() });

export const scenarioRef = z.union([z.strictObject({ id: z.uuid() }), z.strictObject({ scenario: scenarioField })]);
export const compareBody = z.strictObject({
  scenarios: z.array(scenarioRef).min(MIN_COMPARE).max(MAX_COMPARE).meta({ description: 'Stored ({ id }) or posted ({ scenario }); the first is the baseline.' }),
});

// The options themselves are the model's schemas (packages/model/src/analysis/options.ts): every
// number bounded and format-checked before it is parsed, the same rule as scenario numbers.
export const distributionsSchema = modelDistributions;
export const tornadoOptionsBody = z.strictObject(tornadoOptionsShape);
export const tornadoBody = z.strictObject({ scenario: scenarioField, ...tornadoOptionsShape });
export const monteCarloOptionsBody = z.strictObject(monteCarloOptionsShape);
export const monteCarloBody = z.strictObject({ scenario: scenarioField, ...monteCarloOptionsShape });
export const goalSeekOptionsBody = z.strictObject(goalSeekOptionsShape);
export const goalSeekBody = z.strictObject({ scenario: scenarioField, ...goalSeekOptionsShape });

const kpiMap = z.record(z.string(), nullableDecimal);
export type CompareResponse = z.infer<typeof compareResponse>;
export const compareResponse = z.object({
  scenarios: z.array(z.object({ name: z.string(), kpis: kpiMap })),
  deltas: z.array(z.object({ scenario: z.number().int(), kpis: z.record(z.string(), z.object({ absolute: nullableDecimal, relative: nullableDecimal })) })),
  ratios: z.array(z.object({ scenario: z.number().int(), costPerMTokens: nullableDecimal, tokensPerMWh: nullableDecimal, capexPerTokenPerSecond: nullableDecimal })),
});

export const tornadoResponse = z.object({
  kpi,
  swing: decimal,
  engine: z.enum(['decimal', 'float']),
  base: nullableDecimal,
  bars: z.array(
    z.object({ driver, label: z.string(), lowFactor: decimal, highFactor: decimal, low: nullableDecimal, high: nullableDecimal, spread: nullableDecimal }),
  ),
});

const percentiles = { p10: nullableDecimal, p50: nullableDecimal, p90: nullableDecimal };
const fan = z.object({ p10: z.array(nullableDecimal), p50: z.array(nullableDecimal), p90: z.array(nullableDecimal) });
export const monteCarloResponse = z.object({
  seed: z.number().int(),
  paths: z.number().int(),
  completedPaths: z.number().int(),
  cancelled: z.boolean(),
  distributions: z.record(z.string(), z.object({ low: z.number(), mode: z.number(), high: z.number() })),
  base: z.object({ npv: nullableDecimal, irrAnnual: nullableDecimal, paybackMonths: nullableDecimal }),
  npv: z.object({ ...percentiles, mean: nullableDecimal, min: nullableDecimal, max: nullableDecimal }),
  irrAnnual: z.object({ ...percentiles, shareWithIrr: decimal }),
  paybackMonths: z.object(percentiles),
  probabilityPaybackWithinHorizon: decimal,
  npvHistogram: z.array(z.object({ from: decimal, to: decimal, count: z.number().int() })),
  months: z.object({ labels: z.array(z.string()), cost: fan, cashFlow: fan }),
});

export const goalSeekResponse = z.object({
  status: z.enum(['found', 'unreachable', 'discontinuous']),
  driver,
  kpi,
  target: decimal,
  factor: nullableDecimal,
  value: nullableDecimal,
  changes: z.array(z.object({ path: z.string(), from: z.string(), to: z.string() })),
  range: z.object({ minFactor: decimal, maxFactor: decimal, lowestValue: nullableDecimal, highestValue: nullableDecimal }),
  closest: z.object({ factor: decimal, value: decimal }).nullable(),
  message: z.string(),
});

/** The routes' common errors, and 503 when the analysis pool is at capacity or past its time limit. */
export const errorResponses = { ...errors, 503: errorBodySchema } as const;
