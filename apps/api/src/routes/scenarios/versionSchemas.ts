// Schemas of the version, baseline and variance routes (issue 18; docs/api.md "Actuals and variance").
import { z } from 'zod';
import { safeText } from '@tokenplan/model';
import { VERSION_KINDS } from '../../repositories/versions';

const decimal = z.string().meta({ description: 'A decimal string (exact).' });
const nullableDecimal = decimal.nullable();

export const versionParams = z.strictObject({ id: z.uuid() });
export const lockBody = z.strictObject({
  name: safeText().trim().min(1).max(120),
  kind: z.enum(VERSION_KINDS),
  revision: z.number().int().min(1).max(2_147_483_647).optional().meta({ description: 'Revision to lock (default: the current one).' }),
});
export const baselineBody = z.strictObject({ versionId: z.uuid().nullable() });
export const varianceQuery = z.strictObject({
  version: z.uuid().optional().meta({ description: 'Version to measure against (default: the baseline).' }),
  rescale: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const versionSchema = z.object({
  id: z.string(),
  scenarioId: z.string(),
  name: z.string(),
  kind: z.enum(VERSION_KINDS),
  revision: z.number().int(),
  lockedAt: z.string(),
  lockedBy: z.string().nullable(),
});
export const versionResponse = z.object({ version: versionSchema });
export const versionListResponse = z.object({ versions: z.array(versionSchema), baselineVersionId: z.string().nullable() });
export const baselineResponse = z.object({ baselineVersionId: z.string().nullable() });

const line = {
  planCost: decimal,
  actualCost: decimal,
  varianceCost: decimal,
  variancePct: nullableDecimal,
  planTokens: decimal,
  actualTokens: decimal,
};
export const varianceResponse = z.object({
  version: versionSchema,
  months: z.array(
    z.object({
      month: z.string(),
      planCost: decimal,
      actualCost: decimal,
      varianceCost: nullableDecimal.meta({ description: 'actual − plan; null in a month without actuals.' }),
      variancePct: nullableDecimal,
      cumulativePlanCost: decimal,
      cumulativeActualCost: decimal,
      planTokens: decimal,
      actualTokens: decimal,
      varianceTokens: nullableDecimal,
      planCostPerMTokens: nullableDecimal,
      actualCostPerMTokens: nullableDecimal,
      hasActuals: z.boolean(),
    }),
  ),
  byApplication: z.array(z.object({ id: z.string(), name: z.string(), team: z.string(), ...line })),
  byTeam: z.array(z.object({ team: z.string(), ...line })),
  byPlatform: z.array(z.object({ id: z.string(), name: z.string(), ...line })),
  unmapped: z.object({ cost: decimal, tokens: decimal }),
  forecast: z.object({
    rescaled: z.boolean(),
    factor: nullableDecimal,
    months: z.array(z.object({ month: z.string(), cost: decimal, source: z.enum(['actual', 'plan']) })),
    total: decimal,
  }),
  exhaustion: z.object({
    budget: decimal,
    atBurnRate: z.string().nullable(),
    atForecast: z.string().nullable(),
    fiscalYearEnd: z.string(),
    withinFiscalYear: z.boolean(),
  }),
});
