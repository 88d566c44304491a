/**
 * "Valid but unprojectable" cannot come back: any scenario the schema accepts projects without
 * throwing, and its Projection is representable (node counts are safe JSON integers, every
 * decimal string is short plain notation). Values are drawn at the edges of the validation
 * limits (docs/model.md "Validation limits"): each bound, just inside it, and a middle value.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { project } from '../../src/projection/project';
import { LIMITS } from '../../src/scenario/limits';
import { validateScenario } from '../../src/scenario/validate';

/** A decimal string at or near the edges of [min, max] (the smallest step the schema allows above 0). */
const edge = (min: string, max: string, extra: string[] = []) => fc.constantFrom(min, max, ...extra);
const share = edge('0', '1', ['0.5', '0.999999']);
const tokens = edge('0', LIMITS.tokensPerMonth.max, ['1e-30', '1', '1e12', LIMITS.tokensPerMonth.warnAbove]);
const price = edge('0', LIMITS.pricePerMTokens.max, ['1e-30', '0.15', LIMITS.pricePerMTokens.warnAbove]);
const positive = (max: string) => edge('1e-30', max, ['1']);

const growth = fc.oneof(
  fc.record({ type: fc.constant('compound' as const), monthlyRate: edge(LIMITS.monthlyRate.min, LIMITS.monthlyRate.max, ['0', '0.05', LIMITS.monthlyRate.warnAbove]) }),
  fc.record({ type: fc.constant('linear' as const), monthlyIncrement: edge(`-${LIMITS.tokensPerMonth.max}`, LIMITS.tokensPerMonth.max, ['0', '1e9', '1e-30']) }),
  fc.record({ type: fc.constant('logistic' as const), capacity: edge('1e-30', LIMITS.tokensPerMonth.max, ['1e13']), rate: edge('1e-30', LIMITS.logisticRate.max, ['0.1']) }),
);

const curve = fc.oneof(
  fc.constant({ type: 'none' as const }),
  fc.record({ type: fc.constant('compound' as const), annualImprovement: edge('0', LIMITS.softwareImprovement.max, ['0.3']), cap: edge('1', LIMITS.softwareMultiplier.max) }),
  fc.record({
    type: fc.constant('steps' as const),
    steps: fc.array(fc.record({ month: fc.constantFrom(0, 1, 60, 119), multiplier: edge(LIMITS.softwareMultiplier.min, LIMITS.softwareMultiplier.max, ['1.5']) }), { maxLength: 3 }),
  }),
);

const platform = (i: number) =>
  fc.record({
    id: fc.constant(`p${i}`),
    name: fc.constant(`P${i}`),
    acquisition: fc.oneof(
      fc.constant({ type: 'own' as const }),
      fc.record({ type: fc.constant('rent' as const), pricePerGpuHour: positive(LIMITS.pricePerGpuHour.max), annualPriceDecline: share }),
    ),
    gpusPerNode: fc.constantFrom(LIMITS.gpusPerNode.min, 8, LIMITS.gpusPerNode.max),
    powerKwPerNode: positive(LIMITS.powerKwPerNode.max),
    idlePowerFraction: share,
    capexPerNode: positive(LIMITS.capexPerNode.max),
    maintenancePctPerYear: share,
    depreciationMonths: fc.constantFrom(1, 60, 120),
    residualValuePct: share,
    throughput: fc.record({ m: edge(LIMITS.throughputPerGpu.min, LIMITS.throughputPerGpu.max, ['1000']) }),
    softwareCurve: curve,
    fleet: fc.oneof(
      fc.record({ mode: fc.constant('auto' as const), targetUtilization: edge(LIMITS.targetUtilization.min, '1') }),
      fc.record({ mode: fc.constant('auto' as const), targetUtilization: edge(LIMITS.targetUtilization.min, '1'), maxNodes: fc.constantFrom(0, 1, LIMITS.nodes.max) }),
      fc.record({ mode: fc.constant('fixed' as const), nodes: fc.constantFrom(0, 1, LIMITS.nodes.max), targetUtilization: edge(LIMITS.targetUtilization.min, '1') }),
    ),
    powerCapKw: positive(LIMITS.powerCapKw.max),
  });

const application = (i: number, platforms: number) =>
  fc.record({
    id: fc.constant(`a${i}`),
    name: fc.constant(`A${i}`),
    team: fc.constant('T'),
    model: fc.constant('m'),
    servedBy: platforms === 0 ? fc.constant({ api: 'o' }) : fc.oneof(fc.constant({ api: 'o' }), fc.integer({ min: 0, max: platforms - 1 }).map((k) => ({ platform: `p${k}` }))),
    tokensMonth0: tokens,
    outputShare: share,
    growth,
    revenuePerMTokens: price,
    annualPriceErosion: share,
    tokensPerQuery: edge(LIMITS.tokensPerQuery.min, LIMITS.tokensPerQuery.max, ['1500']),
    queriesPerTask: edge('1', LIMITS.queriesPerTask.max),
  });

const scenarioAtEdges = fc.record({ platforms: fc.integer({ min: 0, max: 2 }), apps: fc.integer({ min: 1, max: 3 }) }).chain((n) =>
  fc.record({
    name: fc.constant('edges'),
    start: fc.constantFrom('1900-01', '2027-02', '2199-12'),
    horizonMonths: fc.constantFrom(1, 2, 60, 120),
    discountRateAnnual: share,
    fiscalYearStartMonth: fc.constantFrom(1, 12),
    contingencyPct: share,
    energy: fc.record({ pricePerMWh: edge('0', LIMITS.pricePerMWh.max), annualEscalation: edge('-0.5', '1', ['0']), pue: edge('1', '3') }),
    hosting: fc.record({ perKwMonth: edge('0', LIMITS.perKwMonth.max) }),
    fixedOpexPerMonth: edge('0', LIMITS.fixedOpexPerMonth.max),
    idlePolicy: fc.constantFrom('separate' as const, 'spread' as const),
    platforms: fc.tuple(...Array.from({ length: n.platforms }, (_, i) => platform(i))),
    apiOptions: fc.tuple(fc.record({ id: fc.constant('o'), name: fc.constant('API'), inputPricePerMTokens: price, outputPricePerMTokens: price, annualPriceDecline: share })),
    applications: fc.tuple(...Array.from({ length: n.apps }, (_, i) => application(i, n.platforms))),
  }),
);

/**
 * Every value that would make the Projection unrepresentable: non-safe integers, non-plain or huge
 * decimal strings. Bounded by the limits, the longest value is an annualised rate of a one-month
 * horizon (MIRR ≈ (FV/PV)^12 with PV on the 1e-20 money grid: a few hundred digits), hence 600.
 */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
function unrepresentable(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    const numeric = /^[-\d.]|NaN|Infinity/.test(value) && !/^\d{4}-\d{2}$/.test(value);
    return numeric && (!PLAIN_DECIMAL.test(value) || value.length > 600) ? [`${path}: ${value.slice(0, 40)}… (${value.length} chars)`] : [];
  }
  if (typeof value === 'number') return Number.isSafeInteger(value) ? [] : [`${path}: ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => unrepresentable(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    // Warnings are sentences; ids and names are the user's text.
    return Object.entries(value).flatMap(([k, v]) => (['message', 'id', 'name', 'scenarioName', 'label'].includes(k) ? [] : unrepresentable(v, `${path}.${k}`)));
  }
  return [];
}

describe('any scenario the schema accepts projects', () => {
  it('without throwing, to a representable Projection (values at the validation limits)', { timeout: 120_000 }, () => {
    let accepted = 0;
    fc.assert(
      fc.property(scenarioAtEdges, (input) => {
        const result = validateScenario(input);
        if (!result.ok) return;
        accepted++;
        const projection = project(result.scenario);
        expect(unrepresentable(projection)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261203 },
    );
    expect(accepted).toBeGreaterThan(30); // the property was exercised, not filtered away
  });
});
