/**
 * §8 migration path: at month t an application is served by the entry with the largest
 * fromMonth ≤ t; its demand goes to that target only, and its served tokens, revenue, API cost
 * and allocated cost follow it month by month. Owned nodes left without demand stay (idle).
 */
import { describe, expect, it } from 'vitest';
import { project } from '../../src/projection/project';
import { runProjection } from '../../src/projection/run';
import { apiOption, application, ownedPlatform, rentedPlatform, scenario } from '../helpers/build';

describe('migration path', () => {
  // June 2027 start: months of 720, 744, 744, 720 hours. 1e9 tokens a month at $1 per M (revenue 1000).
  // p owned (capex 1000 over 10 months: 100 a month), q rented at $2 per GPU-hour; 1 GPU per node,
  // 1000 tokens/s: 1e9 tokens = 277.8 busy hours, one node on either.
  const platformToPlatform = scenario({
    horizonMonths: 4,
    idlePolicy: 'spread',
    platforms: [ownedPlatform({ id: 'p' }), rentedPlatform({ id: 'q' })],
    applications: [
      application({ tokensMonth0: 1e9, revenuePerMTokens: 1, servedBy: [{ fromMonth: 0, target: { platform: 'p' } }, { fromMonth: 2, target: { platform: 'q' } }] }),
    ],
  });

  it('moves demand, service and allocated cost from one platform to another at fromMonth', () => {
    const result = project(platformToPlatform);
    const rows = result.months.map((m) => ({
      p: [m.platforms[0]?.nodes, m.platforms[0]?.servedTokens, m.platforms[0]?.idleCost],
      q: [m.platforms[1]?.nodes, m.platforms[1]?.servedTokens, m.platforms[1]?.rentalCost],
      app: [m.applications[0]?.servedTokens, m.applications[0]?.revenue, m.applications[0]?.allocatedCost],
      demand: m.demandTokens,
    }));
    // months 0–1 on p: its depreciation 100 goes to the application (spread); q has no demand, no nodes
    // months 2–3 on q: one rented node, 744 · 2 = 1488 and 720 · 2 = 1440; p keeps its node, idle: 100
    expect(rows).toEqual([
      { p: [1, '1000000000', '0'], q: [0, '0', '0'], app: ['1000000000', '1000', '100'], demand: '1000000000' },
      { p: [1, '1000000000', '0'], q: [0, '0', '0'], app: ['1000000000', '1000', '100'], demand: '1000000000' },
      { p: [1, '0', '100'], q: [1, '1000000000', '1488'], app: ['1000000000', '1000', '1488'], demand: '1000000000' },
      { p: [1, '0', '100'], q: [1, '1000000000', '1440'], app: ['1000000000', '1000', '1440'], demand: '1000000000' },
    ]);
  });

  it('exposes the month target of each application', () => {
    const targets = runProjection(platformToPlatform).applications[0]?.target;
    expect(targets).toEqual([{ platform: 'p' }, { platform: 'p' }, { platform: 'q' }, { platform: 'q' }]);
  });

  it('moves from an API to a capped platform: API cost stops, the platform serves what it can', () => {
    // 5.184e9 tokens a month; month 0 on the API at $1 per M: cost 5184, served in full, revenue 5184.
    // month 1 (July, 744 h) on p capped at 1 node: 1000 · 3600 · 744 = 2.6784e9 served, 2.5056e9 unmet,
    // revenue 2678.4; p's depreciation 100 goes to the application (utilisation 1).
    const s = scenario({
      horizonMonths: 2,
      platforms: [ownedPlatform({ id: 'p', fleet: { mode: 'auto', targetUtilization: 1, maxNodes: 1 } })],
      apiOptions: [apiOption()],
      applications: [application({ tokensMonth0: 5.184e9, revenuePerMTokens: 1, servedBy: [{ fromMonth: 0, target: { api: 'api' } }, { fromMonth: 1, target: { platform: 'p' } }] })],
    });
    const [m0, m1] = project(s).months;
    expect([m0?.apiCost, m0?.servedTokens, m0?.unmetTokens, m0?.revenue, m0?.applications[0]?.allocatedCost]).toEqual(['5184', '5184000000', '0', '5184', '5184']);
    expect([m0?.platforms[0]?.nodes, m0?.platforms[0]?.servedTokens, m0?.capex]).toEqual([0, '0', '0']);
    expect([m1?.apiCost, m1?.demandTokens, m1?.servedTokens, m1?.unmetTokens, m1?.revenue]).toEqual(['0', '5184000000', '2678400000', '2505600000', '2678.4']);
    expect([m1?.platforms[0]?.nodes, m1?.capex, m1?.applications[0]?.servedTokens, m1?.applications[0]?.allocatedCost]).toEqual([1, '1000', '2678400000', '100']);
    expect(runProjection(s).applications[0]?.target).toEqual([{ api: 'api' }, { platform: 'p' }]);
  });

  it('a path of one entry projects byte-identically to the plain target', () => {
    const base = { horizonMonths: 6, platforms: [ownedPlatform({ id: 'p' })] };
    const app = { tokensMonth0: 3e9, growth: { type: 'compound' as const, monthlyRate: 0.13 }, revenuePerMTokens: 2.5 };
    const plain = project(scenario({ ...base, applications: [application({ ...app, servedBy: { platform: 'p' } })] }));
    const path = project(scenario({ ...base, applications: [application({ ...app, servedBy: [{ fromMonth: 0, target: { platform: 'p' } }] })] }));
    expect(JSON.stringify(path)).toBe(JSON.stringify(plain));
  });
});
