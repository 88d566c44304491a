/**
 * The analysis options as zod schemas (issue 14 finding 5): every number bounded the way scenario
 * numbers are (decimalField: at most 100 characters, checked for format before it is parsed,
 * magnitude 1e-30 … 1e24 or 0), so an API body or a form can never hand the engine
 * `"1e99999999"`. Strict objects; the API composes them into its request bodies.
 */
import { z } from 'zod';
import { decimalField } from '../scenario/fields';
import { DRIVERS } from './drivers';
import { ANALYSIS_KPIS } from './kpis';
import { MAX_PATHS } from './monteCarlo';

/** A driver factor (1 = today): a JSON number in (0, 1000]. */
export const MAX_FACTOR = 1000;
const factor = z.number().positive().max(MAX_FACTOR);
const driver = z.enum(DRIVERS);
const kpi = z.enum(ANALYSIS_KPIS);

export const triangularSchema = z
  .strictObject({ low: factor, mode: factor, high: factor })
  .refine((t) => t.low <= t.mode && t.mode <= t.high, { message: 'Need low ≤ mode ≤ high.' });

/** Factor distributions per driver (drivers not listed stay at 1). */
export const distributionsSchema = z.partialRecord(driver, triangularSchema);

export const tornadoOptionsShape = {
  swing: decimalField({ gt: '0', lt: '1' }, 'Relative swing in (0, 1); default 0.2.').optional(),
  kpi: kpi.optional(),
  drivers: z.array(driver).min(1).max(DRIVERS.length).optional(),
  engine: z.enum(['decimal', 'float']).optional(),
};

export const monteCarloOptionsShape = {
  paths: z.int().min(1).max(MAX_PATHS).optional().meta({ description: `Default 2,000; at most ${MAX_PATHS}.` }),
  seed: z.int().min(0).max(4_294_967_295).optional(),
  distributions: distributionsSchema.optional().meta({ description: 'Factor distributions per driver (1 = today).' }),
  histogramBins: z.int().min(1).max(200).optional(),
};

export const goalSeekOptionsShape = {
  driver,
  kpi,
  target: decimalField({}, 'The KPI value to reach: a JSON number or decimal string (at most 100 characters, size 1e-30 to 1e24, or 0).'),
  minFactor: factor.optional(),
  maxFactor: factor.optional(),
};

export const tornadoOptionsSchema = z.strictObject(tornadoOptionsShape);
export const monteCarloOptionsSchema = z.strictObject(monteCarloOptionsShape);
export const goalSeekOptionsSchema = z.strictObject(goalSeekOptionsShape);
