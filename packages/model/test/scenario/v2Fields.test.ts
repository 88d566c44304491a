/** Validation of the v2 input fields (spec §8, §9): accepted forms, and a clear issue naming the path otherwise. */
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/scenario/messages';
import { validateScenario, type ValidationIssue } from '../../src/scenario/validate';
import { apiOption, application, ownedPlatform, rentedPlatform, scenarioInput } from '../helpers/build';

function issuesOf(input: unknown): ValidationIssue[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the input to be invalid');
  return result.issues;
}
const codeAt = (issues: ValidationIssue[], path: string) => issues.filter((i) => i.path === path).map((i) => i.code);

describe('v2 fields (§8, §9)', () => {
  it('accepts every v2 field in its documented form', () => {
    const result = validateScenario(
      scenarioInput({
        horizonMonths: 24,
        terminalValue: 'bookValue',
        revenueMode: 'costCentre',
        tax: { rate: 0.25, depreciation: 'macrs5', bonusPct: 0.4 },
        hosting: { perKwMonth: 100, annualEscalation: 0.03 },
        fixedOpexAnnualEscalation: 0.02,
        platforms: [
          ownedPlatform({ deploymentLagMonths: 3, usefulLifeMonths: 48, throughput: { m: { input: 20000, output: 2000 } } }),
          rentedPlatform({
            acquisition: { type: 'rent', pricePerGpuHour: 3, annualPriceDecline: 0.1, reserved: { nodes: 2, pricePerGpuHour: 2 } },
            throughput: { m: { curve: [{ interactivity: 10, tokensPerSecondPerGpu: 5000 }, { interactivity: 50, tokensPerSecondPerGpu: 1000 }] } },
          }),
        ],
        apiOptions: [apiOption({ cachedInputPricePerMTokens: 0.1, batchDiscount: 0.5, commitment: { monthlyMinimum: 1000, discountPct: 0.2 } })],
        applications: [
          application({ servedBy: [{ fromMonth: 0, target: { platform: 'p' } }, { fromMonth: 12, target: { platform: 'r' } }], minInteractivity: 20 }),
          application({
            id: 'b',
            tokensMonth0: undefined,
            growth: undefined,
            seats: { seatsMonth0: 100, monthlyGrowth: 0.02, tokensPerSeatMonth0: 1e6, tokensPerSeatAnnualGrowth: 0.5 },
            revenuePerSeatMonth: 30,
            cachedInputShare: 0.3,
            batchShare: 0.1,
            servedBy: { api: 'api' },
          }),
        ],
      }),
    );
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('a migration path starts at month 0 and increases strictly; every target resolves', () => {
    const issues = issuesOf(
      scenarioInput({
        horizonMonths: 24,
        applications: [
          application({ servedBy: [{ fromMonth: 1, target: { platform: 'p' } }, { fromMonth: 1, target: { platform: 'nope' } }] }),
        ],
      }),
    );
    expect(codeAt(issues, 'applications[0].servedBy[0].fromMonth')).toEqual([CODES.invalidSchedule]);
    expect(codeAt(issues, 'applications[0].servedBy[1].fromMonth')).toEqual([CODES.invalidSchedule]);
  });

  it('a migration path target that does not resolve is named by its entry', () => {
    const issues = issuesOf(
      scenarioInput({ horizonMonths: 24, applications: [application({ servedBy: [{ fromMonth: 0, target: { platform: 'p' } }, { fromMonth: 6, target: { api: 'x' } }] })] }),
    );
    expect(codeAt(issues, 'applications[0].servedBy[1].target.api')).toEqual([CODES.unknownApiOption]);
  });

  it('seats or tokensMonth0 + growth, not both and not neither', () => {
    const seats = { seatsMonth0: 1, monthlyGrowth: 0, tokensPerSeatMonth0: 1, tokensPerSeatAnnualGrowth: 0 };
    const both = issuesOf(scenarioInput({ applications: [application({ seats })] }));
    expect(codeAt(both, 'applications[0].tokensMonth0')).toEqual([CODES.seatsOrTokens]);
    expect(codeAt(both, 'applications[0].growth')).toEqual([CODES.seatsOrTokens]);
    const neither = issuesOf(scenarioInput({ applications: [application({ tokensMonth0: undefined, growth: undefined })] }));
    expect(codeAt(neither, 'applications[0].tokensMonth0')).toEqual([CODES.required]);
    expect(codeAt(neither, 'applications[0].growth')).toEqual([CODES.required]);
  });

  it('a curve rises in interactivity and never in throughput; a bad figure names the throughput key', () => {
    const curve = [{ interactivity: 10, tokensPerSecondPerGpu: 100 }, { interactivity: 10, tokensPerSecondPerGpu: 200 }];
    const issues = issuesOf(scenarioInput({ platforms: [ownedPlatform({ throughput: { m: { curve } } })], applications: [application({ minInteractivity: 5 })] }));
    expect(codeAt(issues, 'platforms[0].throughput.m.curve[1]')).toEqual([CODES.invalidCurve]);
    const bad = issuesOf(scenarioInput({ platforms: [ownedPlatform({ throughput: { m: { input: 1 } } as never })] }));
    expect(bad).toEqual([{ code: CODES.required, path: 'platforms[0].throughput.m.output', message: expect.any(String) }]);
  });

  it('an application on a curve states its interactivity, within the curve (interactivity_unreachable names the application)', () => {
    const curve = [{ interactivity: 10, tokensPerSecondPerGpu: 100 }, { interactivity: 40, tokensPerSecondPerGpu: 50 }];
    const platforms = [ownedPlatform({ throughput: { m: { curve } } })];
    expect(codeAt(issuesOf(scenarioInput({ platforms })), 'applications[0].minInteractivity')).toEqual([CODES.interactivityRequired]);
    const over = issuesOf(scenarioInput({ platforms, applications: [application({ minInteractivity: 40.5 })] }));
    expect(codeAt(over, 'applications[0].minInteractivity')).toEqual([CODES.interactivityUnreachable]);
    expect(validateScenario(scenarioInput({ platforms, applications: [application({ minInteractivity: 40 })] })).ok).toBe(true);
    expect(validateScenario(scenarioInput({ platforms, applications: [application({ minInteractivity: 1 })] })).ok).toBe(true); // below the first point: allowed
  });

  it('reserved nodes only on a rented auto fleet; tax rate at most 0.6; lag at most 24 months', () => {
    const reserved = { type: 'rent' as const, pricePerGpuHour: 3, annualPriceDecline: 0, reserved: { nodes: 1, pricePerGpuHour: 2 } };
    const fixed = issuesOf(
      scenarioInput({ platforms: [rentedPlatform({ id: 'p', acquisition: reserved, fleet: { mode: 'fixed', nodes: 2, targetUtilization: 1 } })] }),
    );
    expect(codeAt(fixed, 'platforms[0].acquisition.reserved')).toEqual([CODES.reservedNeedsAuto]);
    expect(codeAt(issuesOf(scenarioInput({ tax: { rate: 0.61, depreciation: 'book' } })), 'tax.rate')).toEqual([CODES.outOfRange]);
    expect(codeAt(issuesOf(scenarioInput({ platforms: [ownedPlatform({ deploymentLagMonths: 25 })] })), 'platforms[0].deploymentLagMonths')).toEqual([
      CODES.outOfRange,
    ]);
  });
});
