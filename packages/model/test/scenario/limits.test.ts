// Validation limits (docs/model.md "Validation limits"): hard limits are errors naming the field,
// soft ones warnings; ids are restricted. Expected values worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/scenario/messages';
import { validateScenario, type ValidationIssue } from '../../src/scenario/validate';
import { application, ownedPlatform, rentedPlatform, scenarioInput } from '../helpers/build';
import type { ScenarioInput } from '../../src/scenario/schema';

function issuesOf(input: ScenarioInput): ValidationIssue[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the input to be invalid');
  return result.issues;
}

function warningsOf(input: ScenarioInput): ValidationIssue[] {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(`expected a valid input, got ${JSON.stringify(result.issues)}`);
  return result.warnings;
}

const appWith = (overrides: Parameters<typeof application>[0], horizonMonths = 120) =>
  scenarioInput({
    horizonMonths,
    platforms: [rentedPlatform({ id: 'p', fleet: { mode: 'auto', targetUtilization: 1, maxNodes: 10 } })],
    applications: [application(overrides)],
  });

describe('hard limits', () => {
  it('rejects compound growth of 100 (10,000 % a month) at its field', () => {
    const issues = issuesOf(appWith({ tokensMonth0: 1e6, growth: { type: 'compound', monthlyRate: 100 } }));
    expect(issues).toEqual([expect.objectContaining({ code: CODES.outOfRange, path: 'applications[0].growth.monthlyRate' })]);
  });

  it('rejects growth whose last month passes 1e18 tokens: 1e6 · 1.9^119 ≈ 1.5e39', () => {
    const issues = issuesOf(appWith({ tokensMonth0: 1e6, growth: { type: 'compound', monthlyRate: 0.9 } }));
    expect(issues).toEqual([expect.objectContaining({ code: CODES.demandTooHigh, path: 'applications[0].growth.monthlyRate' })]);
    // The same growth over 12 months ends at 1e6 · 1.9^11 ≈ 1.2e9 tokens: fine.
    expect(validateScenario(appWith({ tokensMonth0: 1e6, growth: { type: 'compound', monthlyRate: 0.9 } }, 12)).ok).toBe(true);
  });

  it('rejects linear growth past 1e18 tokens: 0 + 1e16 · 119 = 1.19e18', () => {
    const issues = issuesOf(appWith({ growth: { type: 'linear', monthlyIncrement: 1e16 } }));
    expect(issues).toEqual([expect.objectContaining({ code: CODES.demandTooHigh, path: 'applications[0].growth.monthlyIncrement' })]);
  });

  it('rejects tokens × price beyond $1e12 a month: 1e18 tokens at $10,000 per M = $1e16', () => {
    const issues = issuesOf(appWith({ tokensMonth0: '1e18', revenuePerMTokens: 10000 }));
    expect(issues).toEqual([expect.objectContaining({ code: CODES.moneyTooHigh, path: 'applications[0].revenuePerMTokens' })]);
  });

  it('rejects an auto fleet whose peak needs more than 1,000,000 nodes, and accepts it with maxNodes', () => {
    // 1e13 tokens / (1,000 tok/s · 3,600 s) = 2,777,778 busy GPU-hours; / (1 GPU · 672 h · 0.01) = 413,360 nodes: fine.
    // 1e15 tokens: 41,335,979 nodes: too many.
    const platform = ownedPlatform({ fleet: { mode: 'auto', targetUtilization: 0.01 } });
    const input = (tokensMonth0: string, p = platform) => scenarioInput({ platforms: [p], applications: [application({ tokensMonth0 })] });
    expect(validateScenario(input('1e13')).ok).toBe(true);
    expect(issuesOf(input('1e15'))).toEqual([expect.objectContaining({ code: CODES.fleetTooLarge, path: 'platforms[0].fleet' })]);
    expect(validateScenario(input('1e15', ownedPlatform({ fleet: { mode: 'auto', targetUtilization: 0.01, maxNodes: 1000 } }))).ok).toBe(true);
  });

  it('rejects software steps whose running product leaves 0.01 … 1000: 50 · 50 = 2,500', () => {
    const steps = [{ month: 0, multiplier: 50 }, { month: 1, multiplier: 50 }];
    const input = scenarioInput({ horizonMonths: 2, platforms: [ownedPlatform({ softwareCurve: { type: 'steps', steps } })] });
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ code: CODES.softwareMultiplierOutOfRange, path: 'platforms[0].softwareCurve.steps[1].multiplier' }),
    ]);
  });

  it.each([
    ['tokensMonth0', { tokensMonth0: '2e18' }, 'applications[0].tokensMonth0'],
    ['revenuePerMTokens', { revenuePerMTokens: 10001 }, 'applications[0].revenuePerMTokens'],
    ['monthlyRate below −50 %', { growth: { type: 'compound' as const, monthlyRate: -0.6 } }, 'applications[0].growth.monthlyRate'],
  ])('rejects %s out of range with a readable message', (_, overrides, path) => {
    const issues = issuesOf(appWith(overrides));
    expect(issues).toEqual([expect.objectContaining({ code: CODES.outOfRange, path })]);
    expect(issues[0]?.message).not.toMatch(/e[+-]?\d/);
  });

  it.each([
    ['gpusPerNode', ownedPlatform({ gpusPerNode: 577 }), 'platforms[0].gpusPerNode'],
    ['fixed nodes', ownedPlatform({ fleet: { mode: 'fixed', nodes: 1_000_001, targetUtilization: 1 } }), 'platforms[0].fleet.nodes'],
    ['maxNodes', ownedPlatform({ fleet: { mode: 'auto', targetUtilization: 1, maxNodes: 1_000_001 } }), 'platforms[0].fleet.maxNodes'],
    ['a GPU-hour price', rentedPlatform({ id: 'p', acquisition: { type: 'rent', pricePerGpuHour: 101, annualPriceDecline: 0 } }), 'platforms[0].acquisition.pricePerGpuHour'],
  ])('rejects %s out of range', (_, platform, path) => {
    expect(issuesOf(scenarioInput({ platforms: [platform] }))).toEqual([expect.objectContaining({ code: CODES.outOfRange, path })]);
  });

  it('rejects a PUE above 3', () => {
    const issues = issuesOf(scenarioInput({ energy: { pricePerMWh: 0, annualEscalation: 0, pue: 3.1 } }));
    expect(issues).toEqual([expect.objectContaining({ code: CODES.outOfRange, path: 'energy.pue' })]);
  });
});

describe('plausibility warnings', () => {
  it('warns above +30 % a month, 1e15 tokens a month, $200 per M tokens, 72 GPUs and 100,000 nodes', () => {
    const input = scenarioInput({
      horizonMonths: 2,
      platforms: [ownedPlatform({ gpusPerNode: 73, fleet: { mode: 'fixed', nodes: 100_001, targetUtilization: 1 } })],
      applications: [application({ tokensMonth0: '2e15', revenuePerMTokens: 201, growth: { type: 'compound', monthlyRate: 0.31 } })],
    });
    expect(warningsOf(input).map((w) => [w.code, w.path])).toEqual([
      [CODES.implausibleValue, 'platforms[0].gpusPerNode'],
      [CODES.implausibleValue, 'platforms[0].fleet.nodes'],
      [CODES.implausibleValue, 'applications[0].revenuePerMTokens'],
      [CODES.implausibleValue, 'applications[0].growth.monthlyRate'],
      [CODES.implausibleValue, 'applications[0].tokensMonth0'],
    ]);
  });

  it('has no warning for values at the soft limits', () => {
    const input = scenarioInput({
      platforms: [ownedPlatform({ gpusPerNode: 72, fleet: { mode: 'fixed', nodes: 100_000, targetUtilization: 1 } })],
      applications: [application({ tokensMonth0: '1e15', revenuePerMTokens: 200, growth: { type: 'compound', monthlyRate: 0.3 } })],
    });
    expect(warningsOf(input)).toEqual([]);
  });
});

describe('ids', () => {
  it.each([
    ['applications[0].id', { applications: [application({ id: '=HYPERLINK("x")' })] }],
    ['platforms[0].id', { platforms: [ownedPlatform({ id: 'p 1' })], applications: [application({ servedBy: { platform: 'p 1' } })] }],
    ['applications[0].model', { applications: [application({ model: 'llama 3.3/70b' })] }],
    ['applications[0].id', { applications: [application({ id: 'é' })] }],
    ['applications[0].id', { applications: [application({ id: 'a'.repeat(101) })] }],
  ])('rejects a bad id at %s with the id message', (path, overrides) => {
    const issues = issuesOf(scenarioInput(overrides as Partial<ScenarioInput>));
    expect(issues).toContainEqual(expect.objectContaining({ code: CODES.invalidId, path }));
  });

  it('rejects a throughput key that is not a model id', () => {
    const issues = issuesOf(scenarioInput({ platforms: [ownedPlatform({ throughput: { m: 1000, '+cmd': 5 } })] }));
    expect(issues).toContainEqual(expect.objectContaining({ code: CODES.invalidId, path: 'platforms[0].throughput["+cmd"]' }));
  });

  it('accepts letters, digits, - and _ (and dots inside model names)', () => {
    const input = scenarioInput({
      platforms: [ownedPlatform({ id: 'B200_own-1', throughput: { 'llama-3.3-70b': 1000 } })],
      applications: [application({ id: 'Support_2', model: 'llama-3.3-70b', servedBy: { platform: 'B200_own-1' } })],
    });
    expect(validateScenario(input).ok).toBe(true);
  });
});
