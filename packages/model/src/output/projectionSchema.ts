/**
 * The Projection (spec §7) as a zod 4 schema, the one output contract: `project` returns it,
 * `POST /api/v1/projections` serves it (and the OpenAPI document shows it), the web and the
 * exports read it. Every field carries its label, unit and description from OUTPUT_LABELS.
 * Computed values are decimal strings in plain notation (null where a ratio has a zero
 * denominator); `t`, `nodes` and `fiscalYear` are integers. Money carries 20 decimal places at
 * most, exact and unrounded: round to cents only when showing or exporting.
 * Key order is §7's, as `project` writes it: the API (which serializes through this schema) sends the same JSON.
 */
import { z } from 'zod';
import { OUTPUT_LABELS, type OutputField } from './outputLabels';
import { UNITS } from './units';

/** Title, description and unit of a field, as JSON Schema keywords. */
function labelled<S extends z.ZodType>(name: OutputField, schema: S): S {
  const { label, unit, description } = OUTPUT_LABELS[name];
  return schema.meta({ title: label, description, ...(UNITS[unit] ? { 'x-unit': UNITS[unit] } : {}) });
}

const decimal = (name: OutputField) => labelled(name, z.string());
const ratio = (name: OutputField) => labelled(name, z.string().nullable());
const integer = (name: OutputField) => labelled(name, z.number().int());
const text = (name: OutputField) => labelled(name, z.string());
const list = <S extends z.ZodType>(name: OutputField, item: S) => labelled(name, z.array(item).readonly());

/** A shape of decimal-string fields, one per name, in the given order. */
function decimals<const K extends OutputField>(names: readonly K[]): { [P in K]: z.ZodString } {
  return Object.fromEntries(names.map((name) => [name, decimal(name)])) as { [P in K]: z.ZodString };
}
function ratios<const K extends OutputField>(names: readonly K[]): { [P in K]: z.ZodNullable<z.ZodString> } {
  return Object.fromEntries(names.map((name) => [name, ratio(name)])) as { [P in K]: z.ZodNullable<z.ZodString> };
}

/** §8's month lines (0 where unused), summed by fiscal years like the others. */
export const MONTH_V2_LINES = ['disposalProceeds', 'terminalValue', 'capitalCharge', 'taxDepreciation', 'tax', 'afterTaxCashFlow'] as const satisfies readonly OutputField[];

/** The monthly lines that fiscal years and totals sum (money, tokens, energy), in §7 order. */
export const MONTH_FLOW_LINES = [
  'demandTokens', 'servedTokens', 'unmetTokens', 'revenue', 'energyMWh', 'energyCost', 'hosting',
  'maintenance', 'apiCost', 'rentalCost', 'fixedOpex', 'opex', 'capex', 'depreciation', 'pnlCost',
  'cashFlow', 'budget', ...MONTH_V2_LINES,
] as const satisfies readonly OutputField[];

/**
 * A month's (and a fiscal year's) decimal lines in §7 order: the v1 flow lines, the cumulative cash
 * flow before the budget, then the §8 lines (after the v1 keys: a v1 response keeps its bytes).
 */
const ROW_LINES = [
  ...MONTH_FLOW_LINES.filter((line) => line !== 'budget' && !(MONTH_V2_LINES as readonly string[]).includes(line)),
  'cumulativeCashFlow', 'budget', ...MONTH_V2_LINES,
] as const;

/** A platform's decimal lines of a month. */
export const PLATFORM_MONTH_LINES = [
  'busyGpuHours', 'utilization', 'softwareMultiplier', 'servedTokens', 'unmetTokens', 'energyMWh', 'energyCost',
  'hosting', 'maintenance', 'rentalCost', 'capex', 'depreciation', 'idleCost',
] as const satisfies readonly OutputField[];

export const APPLICATION_MONTH_LINES = ['demandTokens', 'servedTokens', 'revenue', 'allocatedCost'] as const satisfies readonly OutputField[];

/** KPIs that always have a value, then those that are null when their denominator is 0. */
const KPI_TOTALS = ['totalRevenue', 'totalOpex', 'totalCapex', 'totalDepreciation', 'totalTokens', 'unmetTokens', 'npv'] as const;
const KPI_RATIOS = [
  'irrAnnual', 'mirrAnnual', 'paybackMonths', 'discountedPaybackMonths', 'revenueMultiple', 'roi', 'costPerMTokens',
  'cashCostPerMTokens', 'energyCostPerMTokens', 'joulesPerToken', 'tokensPerMWh', 'energyCostPerRevenueDollar',
  'grossMarginPct', 'breakEvenApiPricePerMTokens',
] as const;
/** §8's scalar KPIs, after §7's: always two totals, then a ratio (null without served tokens). */
const KPI_V2_TOTALS = ['totalCost', 'presentValueOfCost'] as const;
const KPI_V2_RATIOS = ['economicCostPerMTokens'] as const;
/** Every scalar KPI (a decimal string or null), in §7 order then §8's; `afterTax` and `platforms` are objects. */
export const KPI_FIELDS = [...KPI_TOTALS, ...KPI_RATIOS, ...KPI_V2_TOTALS, ...KPI_V2_RATIOS] as const;

/** §8/§9 per platform-month, after the v1 keys: orders, retirements and reserved nodes (integers), capital charge, all-in cost per GPU-hour. */
export const platformMonthSchema = z
  .object({
    id: text('id'),
    nodes: integer('nodes'),
    ...decimals(PLATFORM_MONTH_LINES),
    nodesOrdered: integer('nodesOrdered'),
    nodesRetired: integer('nodesRetired'),
    reservedNodes: integer('reservedNodes'),
    capitalCharge: decimal('capitalCharge'),
    allInCostPerGpuHour: ratio('allInCostPerGpuHour'),
  })
  .readonly()
  .meta({ id: 'PlatformMonth', description: 'One platform in one month: fleet, operations, cost.' });

/** Where an application is served in a month (§8 Target): a platform or an API option, by id. */
export const targetSchema = labelled(
  'target',
  z.union([z.object({ platform: text('platform') }).readonly(), z.object({ api: text('api') }).readonly()]),
);

export const applicationMonthSchema = z
  .object({
    id: text('id'),
    ...decimals(APPLICATION_MONTH_LINES),
    target: targetSchema,
    seats: labelled('seats', z.string().optional()),
    seatRevenue: decimal('seatRevenue'),
  })
  .readonly()
  .meta({ id: 'ApplicationMonth', description: 'One application in one month.' });

export const apiOptionMonthSchema = z
  .object({ id: text('id'), cost: decimal('cost'), unusedCommitment: decimal('unusedCommitment') })
  .readonly()
  .meta({ id: 'ApiOptionMonth', description: 'One API option in one month (spec §9): its cost, commitment shortfall included.' });

export const monthRowSchema = z
  .object({
    t: integer('t'),
    month: text('month'),
    hours: decimal('hours'),
    ...decimals(ROW_LINES),
    platforms: list('platforms', platformMonthSchema),
    applications: list('applications', applicationMonthSchema),
    apiOptions: list('apiOptions', apiOptionMonthSchema),
  })
  .readonly()
  .meta({ id: 'MonthRow', description: 'One month of the horizon.' });

export const fiscalYearRowSchema = z
  .object({ fiscalYear: integer('fiscalYear'), ...decimals(ROW_LINES) })
  .readonly()
  .meta({ id: 'FiscalYearRow', description: 'A fiscal year: every monthly flow line summed over its months.' });

/** §8: the return measures on the after-tax cash flow (null without tax). */
export const afterTaxKpisSchema = z
  .object({ npv: decimal('npv'), ...ratios(['irrAnnual', 'mirrAnnual', 'paybackMonths']) })
  .readonly()
  .meta({ id: 'AfterTaxKpis', description: OUTPUT_LABELS.afterTax.description });

/** §8: one platform over the horizon. */
export const platformKpisSchema = z
  .object({
    id: text('id'),
    gpuHours: decimal('gpuHours'),
    capitalCharge: decimal('capitalCharge'),
    nodesOrdered: integer('nodesOrdered'),
    nodesRetired: integer('nodesRetired'),
    allInCostPerGpuHour: ratio('allInCostPerGpuHour'),
  })
  .readonly()
  .meta({ id: 'PlatformKpis', description: 'One platform over the horizon (spec §8).' });

export const kpisSchema = z
  .object({
    ...decimals(KPI_TOTALS),
    ...ratios(KPI_RATIOS),
    ...decimals(KPI_V2_TOTALS),
    ...ratios(KPI_V2_RATIOS),
    afterTax: labelled('afterTax', afterTaxKpisSchema.nullable()),
    platforms: list('platforms', platformKpisSchema),
  })
  .readonly()
  .meta({ id: 'Kpis', title: OUTPUT_LABELS.kpis.label, description: OUTPUT_LABELS.kpis.description });

export const applicationSummarySchema = z
  .object({
    id: text('id'),
    name: text('name'),
    team: text('team'),
    ...decimals(['demandTokens', 'servedTokens', 'unmetTokens', 'revenue', 'allocatedCost']),
    ...ratios(['costPerMTokens', 'costPerQuery', 'costPerTask', 'marginPct']),
  })
  .readonly()
  .meta({ id: 'ApplicationSummary', description: 'One application over the horizon.' });

export const projectionWarningSchema = z
  .object({ code: text('code'), message: text('message'), path: labelled('path', z.string().optional()) })
  .readonly()
  .meta({ id: 'ProjectionWarning' });

export const projectionSchema = z
  .object({
    scenarioName: text('scenarioName'),
    months: list('months', monthRowSchema),
    fiscalYears: list('fiscalYears', fiscalYearRowSchema),
    kpis: kpisSchema,
    applications: list('applications', applicationSummarySchema),
    warnings: list('warnings', projectionWarningSchema),
  })
  .readonly()
  .meta({
    id: 'Projection',
    description:
      'Month-by-month projection and KPIs (docs/model.md). Computed values are decimal strings in plain notation (null where a ratio has a zero denominator).',
  });
