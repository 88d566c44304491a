/**
 * Properties of every projection, on random valid scenarios (fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/decimal';
import { project } from '../../src/projection/project';
import type { Projection } from '../../src/projection/types';
import { validateScenario } from '../../src/scenario/validate';
import { CODES } from '../../src/scenario/messages';
import type { ScenarioInput } from '../../src/scenario/schema';

type PlatformInput = ScenarioInput['platforms'][number];
type ApplicationInput = ScenarioInput['applications'][number];

const MODELS = ['m1', 'm2'];
const rate = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((x) => String(x / 100));
const positive = (max: number) => fc.integer({ min: 1, max }).map(String);

const softwareCurve = fc.oneof(
  fc.constant({ type: 'none' as const }),
  fc.record({ type: fc.constant('compound' as const), annualImprovement: rate(1), cap: fc.integer({ min: 1, max: 5 }).map(String) }),
  fc.record({
    type: fc.constant('steps' as const),
    steps: fc.array(fc.record({ month: fc.integer({ min: 0, max: 30 }), multiplier: fc.integer({ min: 5, max: 30 }).map((x) => String(x / 10)) }), { maxLength: 3 }),
  }),
);

const fleet = fc.oneof(
  fc.record({ mode: fc.constant('auto' as const), targetUtilization: fc.integer({ min: 1, max: 100 }).map((x) => String(x / 100)), maxNodes: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }) }),
  fc.record({ mode: fc.constant('fixed' as const), nodes: fc.integer({ min: 0, max: 20 }), targetUtilization: fc.integer({ min: 1, max: 100 }).map((x) => String(x / 100)) }),
).map((f) => (f.mode === 'auto' && f.maxNodes === undefined ? { mode: f.mode, targetUtilization: f.targetUtilization } : f));

function platform(index: number): fc.Arbitrary<PlatformInput> {
  return fc.record({
    rented: fc.boolean(),
    gpusPerNode: fc.integer({ min: 1, max: 72 }),
    powerKwPerNode: positive(120),
    idlePowerFraction: rate(1),
    capexPerNode: positive(500000),
    maintenancePctPerYear: rate(1),
    depreciationMonths: fc.integer({ min: 1, max: 60 }),
    residualValuePct: rate(1),
    price: positive(10),
    decline: rate(1),
    t1: positive(50000),
    t2: positive(50000),
    softwareCurve,
    fleet,
    powerCapKw: fc.option(positive(5000), { nil: undefined }),
  }).map((p) => ({
    id: `p${index}`,
    name: `P${index}`,
    ...(p.rented ? { acquisition: { type: 'rent' as const, pricePerGpuHour: p.price, annualPriceDecline: p.decline } } : {}),
    gpusPerNode: p.gpusPerNode,
    powerKwPerNode: p.powerKwPerNode,
    idlePowerFraction: p.idlePowerFraction,
    capexPerNode: p.capexPerNode,
    maintenancePctPerYear: p.maintenancePctPerYear,
    depreciationMonths: p.depreciationMonths,
    residualValuePct: p.residualValuePct,
    throughput: { m1: p.t1, m2: p.t2 },
    softwareCurve: p.softwareCurve,
    fleet: p.fleet,
    ...(p.powerCapKw === undefined ? {} : { powerCapKw: p.powerCapKw }),
  }));
}

function application(index: number, platforms: number, apis: number): fc.Arbitrary<ApplicationInput> {
  const growth = fc.oneof(
    fc.integer({ min: -20, max: 30 }).map((x) => ({ type: 'compound' as const, monthlyRate: String(x / 100) })),
    fc.integer({ min: -1e10, max: 1e10 }).map((x) => ({ type: 'linear' as const, monthlyIncrement: String(x) })),
    fc.integer({ min: 1, max: 100 }).map((x) => ({ type: 'logistic' as const, capacity: '2e12', rate: String(x / 100) })),
  );
  const target = fc.integer({ min: 0, max: platforms + apis - 1 });
  return fc.record({ target, growth, tokens: fc.integer({ min: 0, max: 1e12 }), share: rate(1), price: fc.constantFrom('0', '3', '6', '45', '150'), erosion: rate(1), model: fc.constantFrom(...MODELS) })
    .map((a) => ({
      id: `a${index}`,
      name: `A${index}`,
      team: `T${index % 3}`,
      model: a.model,
      servedBy: a.target < platforms ? { platform: `p${a.target}` } : { api: `o${a.target - platforms}` },
      tokensMonth0: String(a.tokens),
      outputShare: a.share,
      growth: a.growth,
      revenuePerMTokens: a.price,
      annualPriceErosion: a.erosion,
      tokensPerQuery: '1500',
      queriesPerTask: '3',
    }));
}

const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({ platforms: fc.integer({ min: 0, max: 3 }), apis: fc.integer({ min: 0, max: 2 }), apps: fc.integer({ min: 1, max: 5 }) })
  .filter((n) => n.platforms + n.apis > 0)
  .chain((n) =>
    fc.record({
      name: fc.constant('Random'),
      start: fc.constantFrom('2027-01', '2027-11', '2028-02'),
      horizonMonths: fc.integer({ min: 1, max: 30 }),
      discountRateAnnual: rate(1),
      fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
      contingencyPct: rate(1),
      energy: fc.record({ pricePerMWh: positive(300), annualEscalation: fc.integer({ min: -50, max: 100 }).map((x) => String(x / 100)), pue: fc.integer({ min: 100, max: 300 }).map((x) => String(x / 100)) }),
      hosting: fc.record({ perKwMonth: positive(250) }),
      fixedOpexPerMonth: positive(100000),
      idlePolicy: fc.constantFrom('separate' as const, 'spread' as const),
      platforms: fc.tuple(...Array.from({ length: n.platforms }, (_, i) => platform(i))),
      apiOptions: fc.tuple(...Array.from({ length: n.apis }, (_, i) => fc.record({ id: fc.constant(`o${i}`), name: fc.constant(`O${i}`), inputPricePerMTokens: rate(10), outputPricePerMTokens: rate(60), annualPriceDecline: rate(1) }))),
      applications: fc.tuple(...Array.from({ length: n.apps }, (_, i) => application(i, n.platforms, n.apis))),
    }),
  );

/** Codes of the validation limits that need several fields (a fleet sized from its demand …). */
const LIMIT_CODES = new Set<string>([CODES.fleetTooLarge, CODES.demandTooHigh, CODES.moneyTooHigh]);

/** Project a random scenario, ensuring it is valid first (the arbitrary builds valid ones, bar the limits' rejections, skipped). */
function projected(input: ScenarioInput): Projection {
  const result = validateScenario(input);
  if (!result.ok) fc.pre(!result.issues.every((issue) => LIMIT_CODES.has(issue.code)));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return project(result.scenario);
}

const D = (text: string) => new Decimal(text);
const sum = (texts: readonly string[]) => texts.reduce((a, t) => a.plus(t), new Decimal(0));
const RUNS = { numRuns: 60 };
/** Property runs take ~1 s; a loaded CI machine may need far more than vitest's 5 s default. */
const PROPERTY_TIMEOUT = 120_000;

describe('projection properties', () => {
  it('serves no more than is demanded, and served + unmet = demand, per application and month', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (input) => {
        const result = projected(input);
        for (const month of result.months) {
          expect(D(month.servedTokens).lte(month.demandTokens)).toBe(true);
          expect(D(month.servedTokens).plus(month.unmetTokens).eq(month.demandTokens)).toBe(true);
          for (const app of month.applications) expect(D(app.servedTokens).lte(app.demandTokens)).toBe(true);
          expect(sum(month.applications.map((a) => a.servedTokens)).eq(month.servedTokens)).toBe(true);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('allocates exactly: Σ allocatedCost + Σ idleCost = Σ self-hosted cost + apiCost, every month', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (input) => {
        const result = projected(input);
        for (const month of result.months) {
          const parts = sum(month.applications.map((a) => a.allocatedCost)).plus(sum(month.platforms.map((p) => p.idleCost)));
          const selfHosted = sum(month.platforms.flatMap((p) => [p.energyCost, p.hosting, p.maintenance, p.depreciation, p.rentalCost]));
          expect(parts.eq(selfHosted.plus(month.apiCost))).toBe(true);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('keeps the cumulative cash flow the running sum of cash flow = revenue − opex − capex', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (input) => {
        const result = projected(input);
        let running = new Decimal(0);
        for (const month of result.months) {
          expect(D(month.revenue).minus(month.opex).minus(month.capex).eq(month.cashFlow)).toBe(true);
          running = running.plus(month.cashFlow);
          expect(running.eq(month.cumulativeCashFlow)).toBe(true);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('never lets an owned auto fleet shrink', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (input) => {
        const result = projected(input);
        input.platforms.forEach((platform, p) => {
          if (platform.fleet.mode !== 'auto' || platform.acquisition?.type === 'rent') return;
          const nodes = result.months.map((m) => m.platforms[p]?.nodes ?? 0);
          nodes.forEach((n, t) => expect(n).toBeGreaterThanOrEqual(nodes[t - 1] ?? 0));
        });
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('sums fiscal years to the horizon totals and writes every value as a plain decimal string', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (input) => {
        const result = projected(input);
        expect(sum(result.fiscalYears.map((y) => y.revenue)).eq(result.kpis.totalRevenue)).toBe(true);
        expect(sum(result.fiscalYears.map((y) => y.capex)).eq(result.kpis.totalCapex)).toBe(true);
        const text = JSON.stringify(result.kpis) + JSON.stringify(result.months[0]);
        expect(text).not.toMatch(/e[+-]?\d|NaN|Infinity/);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);
});
