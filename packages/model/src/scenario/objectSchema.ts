/**
 * The Scenario (spec §2) as a zod 4 schema: every field and range as the spec names it,
 * strict objects (unknown keys are errors), the spec's defaults. Decimal inputs (JSON numbers
 * or decimal strings) parse to canonical decimal strings; integers stay JSON integers.
 * Cross-checks between lists (duplicate ids, ids that do not resolve, missing throughput)
 * run on the root once every field is valid: schema.ts adds them (crossChecks.ts reads this
 * module's types, so the fields live apart from the checks and no import cycle forms).
 * The schema converts to JSON Schema: `z.toJSONSchema(scenarioSchema, { io: 'input' })`.
 */
import { z } from 'zod';
import { Decimal } from '../decimal';
import { DECIMAL_PATTERN, decimalField, idField, integerField, modelIdField, textField } from './fields';
import { LIMITS } from './limits';
import { withSafeText } from '../text';
import { CODES, MESSAGES } from './messages';

/** Latest month a software step may name: the last month of the longest horizon. */
export const MAX_HORIZON_MONTHS = 120;
export const START_PATTERN = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A field value that parsed to a canonical decimal string, else null (it failed and was reported). */
function parsedDecimal(value: unknown): Decimal | null {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value) ? new Decimal(value) : null;
}

const id = idField();
const name = withSafeText(textField(120));
const share = () => decimalField({ min: '0', max: '1' });
const utilization = () => decimalField({ min: LIMITS.targetUtilization.min, max: '1' });
const nodeCount = () => integerField(0, LIMITS.nodes.max);
const multiplierRange = { min: LIMITS.softwareMultiplier.min, max: LIMITS.softwareMultiplier.max };
const perMTokens = () => decimalField({ min: '0', max: LIMITS.pricePerMTokens.max });
const tokensPerMonth = () => decimalField({ min: '0', max: LIMITS.tokensPerMonth.max });

export const energySchema = z.strictObject({
  pricePerMWh: decimalField({ min: '0', max: LIMITS.pricePerMWh.max }),
  annualEscalation: decimalField({ min: '-0.5', max: '1' }),
  pue: decimalField({ min: '1', max: '3' }),
});

export const hostingSchema = z.strictObject({ perKwMonth: decimalField({ min: '0', max: LIMITS.perKwMonth.max }) });

export const acquisitionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('own') }),
  z.strictObject({
    type: z.literal('rent'),
    pricePerGpuHour: decimalField({ gt: '0', max: LIMITS.pricePerGpuHour.max }),
    annualPriceDecline: share(),
  }),
]);

export const softwareCurveSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({
    type: z.literal('compound'),
    annualImprovement: decimalField({ min: '0', max: LIMITS.softwareImprovement.max }),
    cap: decimalField({ min: '1', max: LIMITS.softwareMultiplier.max }),
  }),
  z.strictObject({
    type: z.literal('steps'),
    steps: z
      .array(z.strictObject({ month: integerField(0, MAX_HORIZON_MONTHS - 1), multiplier: decimalField(multiplierRange) }))
      .max(MAX_HORIZON_MONTHS),
  }),
]);

export const fleetSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('auto'), targetUtilization: utilization(), maxNodes: nodeCount().optional() }),
  z.strictObject({ mode: z.literal('fixed'), nodes: nodeCount(), targetUtilization: utilization() }),
]);

/** Fields an owned platform needs (capex, upkeep, depreciation); ignored when rented. */
export const OWNED_PLATFORM_FIELDS = [
  'capexPerNode',
  'maintenancePctPerYear',
  'depreciationMonths',
  'residualValuePct',
] as const;

export const platformSchema = z
  .strictObject({
    id,
    name,
    acquisition: acquisitionSchema.default({ type: 'own' }),
    gpusPerNode: integerField(LIMITS.gpusPerNode.min, LIMITS.gpusPerNode.max),
    powerKwPerNode: decimalField({ gt: '0', max: LIMITS.powerKwPerNode.max }),
    idlePowerFraction: share(),
    capexPerNode: decimalField({ gt: '0', max: LIMITS.capexPerNode.max }).optional(),
    maintenancePctPerYear: share().optional(),
    depreciationMonths: integerField(1, MAX_HORIZON_MONTHS).optional(),
    residualValuePct: share().optional(),
    throughput: z.record(modelIdField(), decimalField(LIMITS.throughputPerGpu)),
    softwareCurve: softwareCurveSchema,
    fleet: fleetSchema,
    powerCapKw: decimalField({ gt: '0', max: LIMITS.powerCapKw.max }).optional(),
  })
  .superRefine(
    (platform, ctx) => {
      // Runs even when other fields of the platform failed, so the user sees every gap at once.
      if (platform.acquisition?.type !== 'own') return;
      for (const field of OWNED_PLATFORM_FIELDS) {
        if (platform[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: MESSAGES.ownedFieldRequired,
            params: { code: CODES.ownedFieldRequired },
          });
        }
      }
    },
    { when: (payload) => isObject(payload.value) },
  );

export const apiOptionSchema = z.strictObject({
  id,
  name,
  inputPricePerMTokens: perMTokens(),
  outputPricePerMTokens: perMTokens(),
  annualPriceDecline: share(),
});

export const servedBySchema = z.union([z.strictObject({ platform: id }), z.strictObject({ api: id })], {
  error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.invalidServedBy),
});

export const growthSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('compound'), monthlyRate: decimalField({ min: LIMITS.monthlyRate.min, max: LIMITS.monthlyRate.max }) }),
  z.strictObject({
    type: z.literal('linear'),
    monthlyIncrement: decimalField({ min: `-${LIMITS.tokensPerMonth.max}`, max: LIMITS.tokensPerMonth.max }),
  }),
  z.strictObject({
    type: z.literal('logistic'),
    capacity: decimalField({ gt: '0', max: LIMITS.tokensPerMonth.max }),
    rate: decimalField({ gt: '0', max: LIMITS.logisticRate.max }),
  }),
]);

export const applicationSchema = z
  .strictObject({
    id,
    name,
    team: withSafeText(textField(120)),
    model: modelIdField(),
    servedBy: servedBySchema,
    tokensMonth0: tokensPerMonth(),
    outputShare: share(),
    growth: growthSchema,
    revenuePerMTokens: perMTokens(),
    annualPriceErosion: share(),
    tokensPerQuery: decimalField(LIMITS.tokensPerQuery),
    queriesPerTask: decimalField({ min: '1', max: LIMITS.queriesPerTask.max }),
  })
  .superRefine(
    (application, ctx) => {
      // Runs even when other fields failed: reads only values that parsed to decimal strings.
      const growth: unknown = application.growth;
      if (!isObject(growth) || growth['type'] !== 'logistic') return;
      const capacity = parsedDecimal(growth['capacity']);
      const tokensMonth0 = parsedDecimal(application.tokensMonth0);
      if (capacity !== null && tokensMonth0 !== null && capacity.lte(tokensMonth0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['growth', 'capacity'],
          message: MESSAGES.logisticCapacityTooLow,
          params: { code: CODES.logisticCapacityTooLow },
        });
      }
    },
    { when: (payload) => isObject(payload.value) },
  );

/** The Scenario's fields without the cross-checks (the type source). */
export const scenarioObjectSchema = z.strictObject({
  name,
  start: z.string().regex(START_PATTERN, { error: MESSAGES.invalidMonth }),
  horizonMonths: integerField(1, MAX_HORIZON_MONTHS),
  discountRateAnnual: share(),
  fiscalYearStartMonth: integerField(1, 12),
  contingencyPct: share().default('0'),
  energy: energySchema,
  hosting: hostingSchema,
  fixedOpexPerMonth: decimalField({ min: '0', max: LIMITS.fixedOpexPerMonth.max }).default('0'),
  idlePolicy: z.enum(['separate', 'spread']).default('separate'),
  platforms: z.array(platformSchema).max(20),
  apiOptions: z.array(apiOptionSchema).max(20),
  applications: z.array(applicationSchema).min(1).max(200),
});

/** A parsed, valid Scenario: plain JSON, decimals as canonical strings, defaults applied. */
export type Scenario = z.output<typeof scenarioObjectSchema>;
/** What a client may send: decimals as numbers or strings, defaulted fields optional. */
export type ScenarioInput = z.input<typeof scenarioObjectSchema>;
export type Platform = Scenario['platforms'][number];
export type ApiOption = Scenario['apiOptions'][number];
export type Application = Scenario['applications'][number];
export type SoftwareCurve = Platform['softwareCurve'];
export type Fleet = Platform['fleet'];
export type Growth = Application['growth'];
