// The Scenario's fields as the spec lists them (spec/model.md §2, §8, §9, transcribed by hand)
// against the fields the schema has: the list editor, export and label tests walk.
import { describe, expect, it } from 'vitest';
import { fieldPattern, scenarioFieldPaths } from '../../src/scenario/fieldPaths';

const P = 'platforms[].';
const A = 'applications[].';
const X = 'apiOptions[].';
const SPEC_FIELDS = [
  // §2 scenario
  'name', 'start', 'horizonMonths', 'discountRateAnnual', 'fiscalYearStartMonth', 'contingencyPct',
  'energy.pricePerMWh', 'energy.annualEscalation', 'energy.pue', 'hosting.perKwMonth', 'fixedOpexPerMonth', 'idlePolicy',
  // §8 scenario
  'terminalValue', 'revenueMode', 'tax.rate', 'tax.depreciation', 'tax.bonusPct', 'hosting.annualEscalation', 'fixedOpexAnnualEscalation',
  // §2 platform
  `${P}id`, `${P}name`, `${P}acquisition.type`, `${P}acquisition.pricePerGpuHour`, `${P}acquisition.annualPriceDecline`,
  `${P}gpusPerNode`, `${P}powerKwPerNode`, `${P}idlePowerFraction`, `${P}capexPerNode`, `${P}maintenancePctPerYear`,
  `${P}depreciationMonths`, `${P}residualValuePct`, `${P}throughput[model]`, `${P}softwareCurve.type`,
  `${P}softwareCurve.annualImprovement`, `${P}softwareCurve.cap`, `${P}softwareCurve.steps[].month`, `${P}softwareCurve.steps[].multiplier`,
  `${P}fleet.mode`, `${P}fleet.targetUtilization`, `${P}fleet.maxNodes`, `${P}fleet.nodes`, `${P}powerCapKw`,
  // §8 platform, §9 reserved rent and throughput by class or curve
  `${P}deploymentLagMonths`, `${P}usefulLifeMonths`, `${P}acquisition.reserved.nodes`, `${P}acquisition.reserved.pricePerGpuHour`,
  `${P}throughput[model].input`, `${P}throughput[model].output`,
  `${P}throughput[model].curve[].interactivity`, `${P}throughput[model].curve[].tokensPerSecondPerGpu`,
  // §2 API option, §9 classes and commitment
  `${X}id`, `${X}name`, `${X}inputPricePerMTokens`, `${X}outputPricePerMTokens`, `${X}annualPriceDecline`,
  `${X}cachedInputPricePerMTokens`, `${X}batchDiscount`, `${X}commitment.monthlyMinimum`, `${X}commitment.discountPct`,
  // §2 application
  `${A}id`, `${A}name`, `${A}team`, `${A}model`, `${A}servedBy.platform`, `${A}servedBy.api`, `${A}tokensMonth0`, `${A}outputShare`,
  `${A}growth.type`, `${A}growth.monthlyRate`, `${A}growth.monthlyIncrement`, `${A}growth.capacity`, `${A}growth.rate`,
  `${A}revenuePerMTokens`, `${A}annualPriceErosion`, `${A}tokensPerQuery`, `${A}queriesPerTask`,
  // §8 migration path, §9 seats and token classes
  `${A}servedBy[].fromMonth`, `${A}servedBy[].target.platform`, `${A}servedBy[].target.api`,
  `${A}seats.seatsMonth0`, `${A}seats.monthlyGrowth`, `${A}seats.tokensPerSeatMonth0`, `${A}seats.tokensPerSeatAnnualGrowth`,
  `${A}revenuePerSeatMonth`, `${A}cachedInputShare`, `${A}batchShare`, `${A}minInteractivity`,
];

describe('scenario field paths', () => {
  const leaves = scenarioFieldPaths().filter((f) => f.leaf).map((f) => f.path);

  it('are the fields the spec lists, no more, no fewer', () => {
    expect(new Set(SPEC_FIELDS).size).toBe(87);
    expect(SPEC_FIELDS.filter((f) => !leaves.includes(f))).toEqual([]);
    expect(leaves.filter((f) => !SPEC_FIELDS.includes(f))).toEqual([]);
  });

  it('name groups as fields that are not leaves', () => {
    const groups = scenarioFieldPaths().filter((f) => !f.leaf).map((f) => f.path);
    expect(groups).toEqual(expect.arrayContaining(['energy', 'tax', 'platforms[].acquisition', 'platforms[].throughput', 'applications[].seats']));
  });

  it('turn a concrete path into its pattern', () => {
    expect(fieldPattern('platforms[2].throughput["llama-3.3-70b"].curve[1].interactivity')).toBe('platforms[].throughput[model].curve[].interactivity');
    expect(fieldPattern('platforms[0].throughput.coder.input')).toBe('platforms[].throughput[model].input');
    expect(fieldPattern('applications[12].servedBy[3].target.api')).toBe('applications[].servedBy[].target.api');
    expect(fieldPattern('tax.rate')).toBe('tax.rate');
  });
});
