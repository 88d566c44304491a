// The Projection (spec §7) as a response schema: the OpenAPI document shows its exact shape,
// and the serializer lets nothing unlisted out. Decimal strings throughout, integers where the spec says.
import { z } from 'zod';
import type { Projection } from '@tokenplan/model';

const dec = z.string().meta({ description: 'Decimal number as a string, plain notation', example: '1234.5678' });
const ratio = dec.nullable().meta({ description: 'Decimal string, or null when its denominator is 0' });

const MONTH_LINES = [
  'demandTokens', 'servedTokens', 'unmetTokens', 'revenue', 'energyMWh', 'energyCost', 'hosting',
  'maintenance', 'apiCost', 'rentalCost', 'fixedOpex', 'opex', 'capex', 'depreciation', 'pnlCost',
  'cashFlow', 'budget',
] as const;
const lines = Object.fromEntries(MONTH_LINES.map((line) => [line, dec])) as Record<(typeof MONTH_LINES)[number], typeof dec>;

export const platformMonthSchema = z.object({
  id: z.string(),
  nodes: z.number().int(),
  busyGpuHours: dec,
  utilization: dec,
  softwareMultiplier: dec,
  servedTokens: dec,
  unmetTokens: dec,
  energyMWh: dec,
  energyCost: dec,
  hosting: dec,
  maintenance: dec,
  rentalCost: dec,
  capex: dec,
  depreciation: dec,
  idleCost: dec,
});

export const applicationMonthSchema = z.object({
  id: z.string(),
  demandTokens: dec,
  servedTokens: dec,
  revenue: dec,
  allocatedCost: dec,
});

export const monthRowSchema = z.object({
  t: z.number().int(),
  month: z.string().meta({ example: '2027-01' }),
  hours: dec,
  ...lines,
  cumulativeCashFlow: dec,
  platforms: z.array(platformMonthSchema),
  applications: z.array(applicationMonthSchema),
});

export const fiscalYearRowSchema = z.object({ fiscalYear: z.number().int(), ...lines, cumulativeCashFlow: dec });

export const kpisSchema = z.object({
  totalRevenue: dec,
  totalOpex: dec,
  totalCapex: dec,
  totalDepreciation: dec,
  totalTokens: dec,
  unmetTokens: dec,
  npv: dec,
  irrAnnual: ratio,
  mirrAnnual: ratio,
  paybackMonths: ratio,
  discountedPaybackMonths: ratio,
  revenueMultiple: ratio,
  roi: ratio,
  costPerMTokens: ratio,
  cashCostPerMTokens: ratio,
  energyCostPerMTokens: ratio,
  joulesPerToken: ratio,
  tokensPerMWh: ratio,
  energyCostPerRevenueDollar: ratio,
  grossMarginPct: ratio,
  breakEvenApiPricePerMTokens: ratio,
});

export const applicationSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  team: z.string(),
  demandTokens: dec,
  servedTokens: dec,
  unmetTokens: dec,
  revenue: dec,
  allocatedCost: dec,
  costPerMTokens: ratio,
  costPerQuery: ratio,
  costPerTask: ratio,
  marginPct: ratio,
});

export const warningSchema = z.object({ code: z.string(), message: z.string(), path: z.string().optional() });

export const projectionSchema = z
  .object({
    scenarioName: z.string(),
    months: z.array(monthRowSchema),
    fiscalYears: z.array(fiscalYearRowSchema),
    kpis: kpisSchema,
    applications: z.array(applicationSummarySchema),
    warnings: z.array(warningSchema),
  })
  .meta({ id: 'Projection', description: 'Month-by-month projection and KPIs (docs/model.md).' });

export type ProjectionBody = z.output<typeof projectionSchema>;

/**
 * The model's Projection typed as the response body. They are the same shape; the model's
 * type is deeply readonly, which the schema's inferred type is not, so the cast lives here once.
 */
export function asProjectionBody(projection: Projection): ProjectionBody {
  return projection as unknown as ProjectionBody;
}
