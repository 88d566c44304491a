// Request and response schemas of the analysis routes (spec §6). Bodies are strict: an unknown field
// is a 400 naming it. The scenario itself is checked by the model's validateScenario (index.ts), so
// its messages match the editor's. Every computed value in a response is a decimal string or null.
import { z } from 'zod';
import { ANALYSIS_KPIS, DRIVERS, MAX_COMPARE, MAX_PATHS, MIN_COMPARE } from '@tokenplan/model';
import { errorBodySchema } from '../../errors';
import { errors } from '../schemas';
import { boundedDecimal } from '../numbers';

const decimal = z.string().meta({ description: 'A decimal string, e.g. "1234.5678".' });
const nullableDecimal = decimal.nullable();
const scenarioField = z.record(z.string(), z.unknown()).meta({ description: 'A Scenario (spec §2).' });
const driver = z.enum(DRIVERS);
const kpi = z.enum(ANALYSIS_KPIS);
const factor = z.number().positive().max(1000);

export const idParams = z.strictObject({ id: z.uuid() });

export const scenarioRef = z.union([z.strictObject({ id: z.uuid() }), z.strictObject({ scenario: scenarioField })]);
export const compareBody = z.strictObject({
  scenarios: z.array(scenarioRef).min(MIN_COMPARE).max(MAX_COMPARE).meta({ description: 'Stored ({ id }) or posted ({ scenario }); the first is the baseline.' }),
});

const tornadoOptions = {
  swing: boundedDecimal({ gt: '0', lt: '1' })
    .optional()
    .meta({ description: 'Relative swing in (0, 1); default 0.2.' }),
  kpi: kpi.optional(),
  drivers: z.array(driver).min(1).max(DRIVERS.length).optional(),
  engine: z.enum(['decimal', 'float']).optional(),
};
export const tornadoOptionsBody = z.strictObject(tornadoOptions);
export const tornadoBody = z.strictObject({ scenario: scenarioField, ...tornadoOptions });

const triangular = z
  .strictObject({ low: factor, mode: factor, high: factor })
  .refine((t) => t.low <= t.mode && t.mode <= t.high, { message: 'Need low ≤ mode ≤ high.' });
/** Factor distributions per driver, as the Monte Carlo form sends them (also taken by the PDF export). */
export const distributionsSchema = z.partialRecord(driver, triangular);
const monteCarloOptions = {
  paths: z.number().int().min(1).max(MAX_PATHS).optional().meta({ description: `Default 2,000; at most ${MAX_PATHS}.` }),
  seed: z.number().int().min(0).max(4294967295).optional(),
  distributions: distributionsSchema.optional().meta({ description: 'Factor distributions per driver (1 = today).' }),
  histogramBins: z.number().int().min(1).max(200).optional(),
};
export const monteCarloOptionsBody = z.strictObject(monteCarloOptions);
export const monteCarloBody = z.strictObject({ scenario: scenarioField, ...monteCarloOptions });

const goalSeekOptions = {
  driver,
  kpi,
  target: boundedDecimal({}, 'The KPI value to reach: a JSON number or decimal string (at most 100 characters, magnitude 1e-30 to 1e24, or 0).'),
  minFactor: factor.optional(),
  maxFactor: factor.optional(),
};
export const goalSeekOptionsBody = z.strictObject(goalSeekOptions);
export const goalSeekBody = z.strictObject({ scenario: scenarioField, ...goalSeekOptions });

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
