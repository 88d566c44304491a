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

const escalation = () => decimalField({ min: '-0.5', max: '1' });

export const hostingSchema = z.strictObject({
  perKwMonth: decimalField({ min: '0', max: LIMITS.perKwMonth.max }),
  /** §8: yearly escalation of the facility charge (absent: 0). */
  annualEscalation: escalation().optional(),
});

/** §8 tax: rate, tax depreciation method, bonus (first-year) share. */
export const taxSchema = z.strictObject({
  rate: decimalField({ min: '0', max: '0.6' }),
  depreciation: z.enum(['book', 'macrs5']),
  bonusPct: share().optional(),
});

export const acquisitionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('own') }),
  z.strictObject({
    type: z.literal('rent'),
    pricePerGpuHour: decimalField({ gt: '0', max: LIMITS.pricePerGpuHour.max }),
    annualPriceDecline: share(),
    /** §9: reserved nodes at their own (non-declining) price, beside on-demand (auto fleets only). */
    reserved: z.strictObject({ nodes: nodeCount(), pricePerGpuHour: decimalField({ gt: '0', max: LIMITS.pricePerGpuHour.max }) }).optional(),
  }),
]);

const tokensPerSecond = () => decimalField(LIMITS.throughputPerGpu);

/** §9: a throughput figure is one number (all tokens), rates by class, or an interactivity curve. */
export const throughputClassSchema = z.strictObject({ input: tokensPerSecond(), output: tokensPerSecond() });
export const throughputCurveSchema = z.strictObject({
  curve: z
    .array(z.strictObject({ interactivity: decimalField({ gt: '0', max: LIMITS.interactivity.max }), tokensPerSecondPerGpu: tokensPerSecond() }))
    .min(2)
    .max(LIMITS.curvePoints.max)
    .superRefine((points, ctx) => {
      // Points strictly increasing in interactivity and non-increasing in throughput (read only parsed values).
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1], points[i]];
        const [ua, ub, ta, tb] = [a?.interactivity, b?.interactivity, a?.tokensPerSecondPerGpu, b?.tokensPerSecondPerGpu].map(parsedDecimal);
        if (ua == null || ub == null || ta == null || tb == null) continue;
        if (!ub.gt(ua) || tb.gt(ta)) {
          ctx.addIssue({ code: 'custom', path: [i], message: MESSAGES.invalidCurve, params: { code: CODES.invalidCurve } });
        }
      }
    }),
});
export const throughputSchema = z.union([tokensPerSecond(), throughputClassSchema, throughputCurveSchema], {
  error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.invalidThroughput),
});

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
/** §8 fields read only for an owned platform. */
export const OWNED_ONLY_FIELDS = ['deploymentLagMonths', 'usefulLifeMonths'] as const;

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
    /** §8 (owned): order and pay this many months before service; absent 0. */
    deploymentLagMonths: integerField(0, 24).optional(),
    /** §8 (owned): nodes retire this many months after service; absent: never. */
    usefulLifeMonths: integerField(1, 240).optional(),
    throughput: z.record(modelIdField(), throughputSchema),
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
  /** §9: price of cached input tokens (absent: the input price). */
  cachedInputPricePerMTokens: perMTokens().optional(),
  /** §9: discount on batch traffic (absent: 0). */
  batchDiscount: share().optional(),
  /** §9: committed spend: a monthly minimum owed, for a discount on usage. */
  commitment: z.strictObject({ monthlyMinimum: decimalField({ min: '0', max: LIMITS.moneyPerApplicationMonth.max }), discountPct: share() }).optional(),
});

/** Where an application is served: one platform or one API option. */
export const targetSchema = z.union([z.strictObject({ platform: id }), z.strictObject({ api: id })], {
  error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.invalidServedBy),
});

/** §8 migration path: from month `fromMonth` on, served by `target`; sorted, from 0, strictly increasing. */
export const servedByScheduleSchema = z
  .array(z.strictObject({ fromMonth: integerField(0, MAX_HORIZON_MONTHS - 1), target: targetSchema }))
  .min(1)
  .max(MAX_HORIZON_MONTHS)
  .superRefine((entries, ctx) => {
    entries.forEach((entry, i) => {
      const from: unknown = entry?.fromMonth;
      if (typeof from !== 'number') return;
      const previous: unknown = entries[i - 1]?.fromMonth;
      const bad = i === 0 ? from !== 0 : typeof previous === 'number' && from <= previous;
      if (bad) ctx.addIssue({ code: 'custom', path: [i, 'fromMonth'], message: MESSAGES.invalidSchedule, params: { code: CODES.invalidSchedule } });
    });
  });

export const servedBySchema = z.union([targetSchema, servedByScheduleSchema], {
  error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.invalidServedBy),
});

/** §9 seat-based demand: seats × tokens per seat, instead of tokensMonth0 + growth. */
export const seatsSchema = z.strictObject({
  seatsMonth0: decimalField({ min: '0', max: LIMITS.seats.max }),
  monthlyGrowth: decimalField({ gt: '-1', max: LIMITS.monthlyRate.max }),
  tokensPerSeatMonth0: tokensPerMonth(),
  tokensPerSeatAnnualGrowth: decimalField({ gt: '-1', max: LIMITS.tokensPerSeatAnnualGrowth.max }),
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
    /** Token demand (tokensMonth0 + growth) or, §9, seat demand (seats): exactly one of the two. */
    tokensMonth0: tokensPerMonth().optional(),
    outputShare: share(),
    growth: growthSchema.optional(),
    seats: seatsSchema.optional(),
    revenuePerMTokens: perMTokens(),
    /** §9: seat price or internal value per seat-month (read only with seats). */
    revenuePerSeatMonth: decimalField({ min: '0', max: LIMITS.revenuePerSeatMonth.max }).optional(),
    annualPriceErosion: share(),
    /** §9: share of input tokens read from a prompt cache; share sent through a batch API. */
    cachedInputShare: share().optional(),
    batchShare: share().optional(),
    /** §9: tokens/s per user the application must get (required on an interactivity curve). */
    minInteractivity: decimalField({ gt: '0', max: LIMITS.interactivity.max }).optional(),
    tokensPerQuery: decimalField(LIMITS.tokensPerQuery),
    queriesPerTask: decimalField({ min: '1', max: LIMITS.queriesPerTask.max }),
  })
  .superRefine(
    (application, ctx) => {
      const hasSeats = application.seats !== undefined;
      const demandFields = (['tokensMonth0', 'growth'] as const).filter((f) => application[f] !== undefined);
      if (hasSeats && demandFields.length > 0) {
        for (const field of demandFields) {
          ctx.addIssue({ code: 'custom', path: [field], message: MESSAGES.seatsOrTokens, params: { code: CODES.seatsOrTokens } });
        }
      } else if (!hasSeats) {
        for (const field of ['tokensMonth0', 'growth'] as const) {
          if (application[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: MESSAGES.requiredWithoutSeats, params: { code: CODES.required } });
        }
      }
    },
    { when: (payload) => isObject(payload.value) },
  )
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
  /** §8: yearly escalation of fixed opex (absent: 0). */
  fixedOpexAnnualEscalation: escalation().optional(),
  /** §8: book value of the fleet counted as a cash inflow at the horizon (absent: "none"). */
  terminalValue: z.enum(['none', 'bookValue']).optional(),
  /** §8: "costCentre" budgets the cost of serving demand: no revenue, cost headlines (absent: "revenue"). */
  revenueMode: z.enum(['revenue', 'costCentre']).optional(),
  /** §8: taxes; absent: pre-tax only (after-tax KPIs null). */
  tax: taxSchema.optional(),
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
export type Growth = NonNullable<Application['growth']>;
export type Target = z.output<typeof targetSchema>;
export type ServedBy = Application['servedBy'];
export type Throughput = Platform['throughput'][string];
export type Seats = NonNullable<Application['seats']>;
export type Tax = NonNullable<Scenario['tax']>;
