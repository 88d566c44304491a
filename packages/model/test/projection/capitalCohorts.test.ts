import { describe, expect, it } from 'vitest';
import { ownedPlatform, scenario } from '../helpers/build';
import { monthly, runPlatform, texts } from './capitalRun';

// Default platform (helpers/build.ts): capex 1000/node, residual 0, depreciation 10 months
// (100 a node-month), auto fleet. Demand is given in nodes (capitalRun.ts).

describe('§8 deployment lag', () => {
  it('pays an auto fleet L months before service, never delaying it', () => {
    // demand 1,1,1,1,3,3 nodes; L = 2: cohorts q(0) = 1, q(4) = 2
    // q(0) is ordered in max(0, 0 − 2) = 0, q(4) in 4 − 2 = 2
    const run = runPlatform(scenario({ horizonMonths: 6, platforms: [ownedPlatform({ deploymentLagMonths: 2 })] }), [1, 1, 1, 1, 3, 3]);
    expect(monthly(run, 'nodes')).toEqual([1, 1, 1, 1, 3, 3]);
    expect(monthly(run, 'nodesOrdered')).toEqual([1, 0, 2, 0, 0, 0]);
    expect(texts(run.costs.capex)).toEqual(['1000', '0', '2000', '0', '0', '0']);
    // depreciation starts at the service month: 100 from 0, + 2·100 from 4
    expect(texts(run.costs.depreciation)).toEqual(['100', '100', '100', '100', '300', '300']);
  });

  it('starts a fixed fleet at L, paid in month 0; with L ≥ H there are no nodes', () => {
    const fixed = (lag: number) => ownedPlatform({ deploymentLagMonths: lag, fleet: { mode: 'fixed', nodes: 2, targetUtilization: 1 } });
    const run = runPlatform(scenario({ horizonMonths: 5, platforms: [fixed(3)] }), [0, 0, 0, 0, 0]);
    expect(monthly(run, 'nodes')).toEqual([0, 0, 0, 2, 2]);
    expect(monthly(run, 'nodesOrdered')).toEqual([2, 0, 0, 0, 0]);
    expect(texts(run.costs.capex)).toEqual(['2000', '0', '0', '0', '0']);
    expect(texts(run.costs.depreciation)).toEqual(['0', '0', '0', '200', '200']);
    const late = runPlatform(scenario({ horizonMonths: 5, platforms: [fixed(5)] }), [0, 0, 0, 0, 0]);
    expect(monthly(late, 'nodes')).toEqual([0, 0, 0, 0, 0]);
    expect(texts(late.costs.capex)).toEqual(['0', '0', '0', '0', '0']);
  });
});

describe('§8 useful life', () => {
  it('replaces a fixed fleet at end of life and receives the book value', () => {
    // 1 node, L = 1, life 3: cohorts serve from 1, 4, 7 (ordered 0, 3, 6), retire at 4 and 7
    // book value at retirement: 1000 − 3 · 100 = 700
    const platform = ownedPlatform({ deploymentLagMonths: 1, usefulLifeMonths: 3, fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } });
    const run = runPlatform(scenario({ horizonMonths: 8, platforms: [platform] }), []);
    expect(monthly(run, 'nodes')).toEqual([0, 1, 1, 1, 1, 1, 1, 1]);
    expect(monthly(run, 'nodesOrdered')).toEqual([1, 0, 0, 1, 0, 0, 1, 0]);
    expect(monthly(run, 'nodesRetired')).toEqual([0, 0, 0, 0, 1, 0, 0, 1]);
    expect(texts(run.costs.depreciation)).toEqual(['0', '100', '100', '100', '100', '100', '100', '100']);
    expect(texts(run.costs.disposalProceeds)).toEqual(['0', '0', '0', '0', '700', '0', '0', '700']);
  });

  it('lets an auto fleet shrink when a cohort retires and buy again for the demand', () => {
    // demand 2,2,1,1,1; life 2: q(0) = 2 retire at 2; alive(2) = 0, want 1 → q(2) = 1; q(4) = 1
    const run = runPlatform(scenario({ horizonMonths: 5, platforms: [ownedPlatform({ usefulLifeMonths: 2 })] }), [2, 2, 1, 1, 1]);
    expect(monthly(run, 'nodes')).toEqual([2, 2, 1, 1, 1]);
    expect(monthly(run, 'nodesOrdered')).toEqual([2, 0, 1, 0, 1]);
    expect(monthly(run, 'nodesRetired')).toEqual([0, 0, 2, 0, 1]);
    // disposals: 2 · (1000 − 200) = 1600 at 2; 800 at 4
    expect(texts(run.costs.disposalProceeds)).toEqual(['0', '0', '1600', '0', '800']);
  });

  it('receives capex · residual for a cohort fully depreciated before it retires', () => {
    // depreciation 2 months, residual 25 %: 750 / 2 = 375 in months 0–1; retired at 4 for 250
    const platform = ownedPlatform({ depreciationMonths: 2, residualValuePct: 0.25, usefulLifeMonths: 4 });
    const run = runPlatform(scenario({ horizonMonths: 5, platforms: [platform] }), [1, 1, 1, 1, 0]);
    expect(texts(run.costs.depreciation)).toEqual(['375', '375', '0', '0', '0']);
    expect(texts(run.costs.disposalProceeds)).toEqual(['0', '0', '0', '0', '250']);
    expect(monthly(run, 'nodes')).toEqual([1, 1, 1, 1, 0]);
  });
});

describe('§8 terminal value', () => {
  it('values the fleet in service at H−1 at book value; a cohort retiring at H−1 is a disposal', () => {
    // fixed 1 node, life 5, H = 6: q(0) retires at 5 = H−1 → disposal 1000 − 500 = 500;
    // its replacement q(5) is in service at H−1: 1000 − 100 (month 5's depreciation) = 900
    const platform = ownedPlatform({ usefulLifeMonths: 5, fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } });
    const s = scenario({ horizonMonths: 6, terminalValue: 'bookValue', platforms: [platform] });
    const run = runPlatform(s, []);
    expect(texts(run.costs.disposalProceeds)).toEqual(['0', '0', '0', '0', '0', '500']);
    expect(texts(run.costs.terminalValue)).toEqual(['0', '0', '0', '0', '0', '900']);
    expect(texts(run.costs.capex)).toEqual(['1000', '0', '0', '0', '0', '1000']);
    // "none": the same disposal, no terminal value
    const none = runPlatform(scenario({ horizonMonths: 6, platforms: [platform] }), []);
    expect(texts(none.costs.disposalProceeds)).toEqual(texts(run.costs.disposalProceeds));
    expect(texts(none.costs.terminalValue)).toEqual(['0', '0', '0', '0', '0', '0']);
  });
});
