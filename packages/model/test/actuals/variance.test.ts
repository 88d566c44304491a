// Mapping, variance, rolling forecast and exhaustion on a hand-worked case (arithmetic in comments).
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAPPING_RULES,
  exhaustionOf,
  fiscalYearBounds,
  mapTarget,
  monthlyActuals,
  rollingForecast,
  varianceOf,
  type ActualFact,
  type MappingRule,
  type PlanMonth,
} from '../../src/actuals/index';

const rules: MappingRule[] = [
  { source: 'tag', key: 'application', value: 'a', target: { application: 'a' } },
  { source: 'tag', key: 'application', value: 'B', target: { application: 'b' } },
  { source: 'service', key: null, value: 'gpu', target: { platform: 'p' } },
  { source: 'tag', key: 'application', value: 'zzz', target: { application: 'zzz' } },
];

describe('mapping rules', () => {
  it('first match wins, values compare without case, unmatched rows stay unmapped', () => {
    const first: MappingRule[] = [
      { source: 'team', key: null, value: 'Eng', target: { application: 'x' } },
      { source: 'model', key: null, value: 'm', target: { application: 'y' } },
    ];
    expect(mapTarget(first, { team: 'eng', model: 'm' })).toEqual({ application: 'x' });
    expect(mapTarget(first, { team: 'ops', model: 'M' })).toEqual({ application: 'y' });
    expect(mapTarget(first, { team: 'ops' })).toBeNull();
  });
  it('a tag rule without key matches any tag value or a plain request tag', () => {
    const r: MappingRule[] = [{ source: 'tag', key: null, value: 'batch', target: { platform: 'p' } }];
    expect(mapTarget(r, { requestTags: ['batch'] })).toEqual({ platform: 'p' });
    expect(mapTarget(r, { tags: { kind: 'batch' } })).toEqual({ platform: 'p' });
    expect(mapTarget(r, { tags: { batch: 'no' } })).toBeNull();
  });
  it('default rules map the demo applications by tag, team alias and namespace', () => {
    expect(mapTarget(DEFAULT_MAPPING_RULES, { tags: { application: 'code-assistant' } })).toEqual({ application: 'code-assistant' });
    expect(mapTarget(DEFAULT_MAPPING_RULES, { team: 'customer-operations' })).toEqual({ application: 'support-assistant' });
    expect(mapTarget(DEFAULT_MAPPING_RULES, { namespace: 'document-search' })).toEqual({ application: 'document-search' });
    expect(mapTarget(DEFAULT_MAPPING_RULES, { team: 'data-science' })).toBeNull();
  });
});

// Plan: Jan opex 100 + capex 50 = 150; Feb and Mar opex 100 = 100 each. Apps a (60/month) and b
// (40/month), both team T; platform p cash cost Jan 10 + 5 + 5 + 0 + 50 = 70, Feb 10 + 5 + 5 = 20.
const platform = (capex: number, energy: number) => ({ id: 'p', energyCost: energy, hosting: 5, maintenance: 5, rentalCost: 0, capex, servedTokens: 1e6 });
const apps = [
  { id: 'a', servedTokens: 6e5, allocatedCost: 60 },
  { id: 'b', servedTokens: 4e5, allocatedCost: 40 },
];
const planMonths: PlanMonth[] = [
  { month: '2027-01', opex: 100, capex: 50, servedTokens: 1e6, platforms: [platform(50, 10)], applications: apps },
  { month: '2027-02', opex: '100', capex: '0', servedTokens: 1e6, platforms: [platform(0, 10)], applications: apps },
  { month: '2027-03', opex: '100', capex: '0', servedTokens: 1e6, platforms: [platform(0, 10)], applications: apps },
];
const plan = { months: planMonths, applications: [{ id: 'a', name: 'A', team: 'T' }, { id: 'b', name: 'B', team: 'T' }], platforms: [{ id: 'p', name: 'P' }] };
// Actuals: Jan a 70 (5e5 tokens) + unmapped 10; Feb b 30 (2e5) + platform p 25 + an application the plan lacks 5.
const facts: ActualFact[] = [
  { month: '2027-01', cost: '70', tokens: '500000', dimensions: { tags: { application: 'a' } } },
  { month: '2027-01', cost: '10', tokens: '0', dimensions: { team: 'nobody' } },
  { month: '2027-02', cost: '30', tokens: '200000', dimensions: { tags: { application: 'b' } } },
  { month: '2027-02', cost: '25', tokens: '0', dimensions: { service: 'GPU' } },
  { month: '2027-02', cost: '5', tokens: '0', dimensions: { tags: { application: 'zzz' } } },
];

describe('variance', () => {
  const actuals = monthlyActuals(facts, rules);
  const v = varianceOf(plan, actuals);

  it('months: plan opex + capex against every actual row of the month', () => {
    expect(actuals.map((m) => [m.month, m.cost.toString(), m.unmapped.cost.toString(), m.rows])).toEqual([
      ['2027-01', '80', '10', 2],
      ['2027-02', '60', '0', 3],
    ]);
    const [jan, feb, mar] = v.months;
    // Jan: 80 − 150 = −70, −70/150 = −0.4667; $/M: 150 / 1 = 150 plan, 80 / 0.5 = 160 actual.
    expect(jan).toMatchObject({ month: '2027-01', planCost: '150', actualCost: '80', varianceCost: '-70', cumulativePlanCost: '150', cumulativeActualCost: '80', planTokens: '1000000', actualTokens: '500000', varianceTokens: '-500000', planCostPerMTokens: '150', actualCostPerMTokens: '160', hasActuals: true });
    expect(Number(jan?.variancePct)).toBeCloseTo(-70 / 150, 12);
    // Feb: 30 + 25 + 5 = 60 against 100: −40, −0.4; cumulative 250 vs 140.
    expect(feb).toMatchObject({ planCost: '100', actualCost: '60', varianceCost: '-40', variancePct: '-0.4', cumulativePlanCost: '250', cumulativeActualCost: '140' });
    expect(mar).toMatchObject({ month: '2027-03', planCost: '100', actualCost: '0', varianceCost: null, variancePct: null, varianceTokens: null, cumulativePlanCost: '350', cumulativeActualCost: '140', hasActuals: false });
  });

  it('breakdowns sum the months with actuals (Jan, Feb)', () => {
    // a: plan 60 + 60 = 120, actual 70 → −50, −50/120; b: plan 80, actual 30 → −50, −0.625.
    expect(v.byApplication).toEqual([
      { id: 'a', name: 'A', team: 'T', planCost: '120', actualCost: '70', varianceCost: '-50', variancePct: expect.stringMatching(/^-0\.41666/), planTokens: '1200000', actualTokens: '500000' },
      { id: 'b', name: 'B', team: 'T', planCost: '80', actualCost: '30', varianceCost: '-50', variancePct: '-0.625', planTokens: '800000', actualTokens: '200000' },
    ]);
    // T = a + b: plan 200, actual 100 → −100, −0.5.
    expect(v.byTeam).toEqual([{ team: 'T', planCost: '200', actualCost: '100', varianceCost: '-100', variancePct: '-0.5', planTokens: '2000000', actualTokens: '700000' }]);
    // p: plan 70 + 20 = 90, actual 25 → −65.
    expect(v.byPlatform).toEqual([{ id: 'p', name: 'P', planCost: '90', actualCost: '25', varianceCost: '-65', variancePct: expect.stringMatching(/^-0\.72222/), planTokens: '2000000', actualTokens: '0' }]);
    // Unmapped 10 (no rule) + 5 (an application this plan lacks).
    expect(v.unmapped).toEqual({ cost: '15', tokens: '0' });
  });
});

describe('rolling forecast and exhaustion', () => {
  const planCosts = [
    { month: '2027-01', cost: 150 },
    { month: '2027-02', cost: 100 },
    { month: '2027-03', cost: 100 },
  ];
  const actualCosts = [
    { month: '2027-01', cost: '80' },
    { month: '2027-02', cost: '60' },
  ];

  it('actuals to date + plan; rescaled by Σ actual / Σ plan of the last months with actuals', () => {
    // 80 + 60 + 100 = 240.
    expect(rollingForecast(planCosts, actualCosts, false)).toEqual({
      rescaled: false,
      factor: '0.56',
      months: [
        { month: '2027-01', cost: '80', source: 'actual' },
        { month: '2027-02', cost: '60', source: 'actual' },
        { month: '2027-03', cost: '100', source: 'plan' },
      ],
      total: '240',
    });
    // factor (80 + 60) / (150 + 100) = 0.56; March 100 × 0.56 = 56; total 196.
    const r = rollingForecast(planCosts, actualCosts, true);
    expect(r).toMatchObject({ rescaled: true, factor: '0.56', total: '196' });
    expect(r.months[2]).toEqual({ month: '2027-03', cost: '56', source: 'plan' });
  });

  it('exhaustion at burn rate and at forecast inside the fiscal year', () => {
    const forecast = rollingForecast(planCosts, actualCosts, false).months;
    // Budget FY2027 = 150 + 100 + 100 = 350; spent 140; burn (80 + 60)/2 = 70: 210, 280, 350 (equal,
    // not over), 420 in June. Forecast: 80, 140, 240 never exceeds 350.
    expect(exhaustionOf(planCosts, actualCosts, forecast, 1)).toEqual({ budget: '350', atBurnRate: '2027-06', atForecast: null, fiscalYearEnd: '2027-12', withinFiscalYear: true });
    // Overspend: budget 300, actuals 150 + 150 = 300 (not over); burn 150: March 450 > 300. Forecast 150, 300, 400 → March.
    const plan3 = [{ month: '2027-01', cost: 100 }, { month: '2027-02', cost: 100 }, { month: '2027-03', cost: 100 }];
    const hot = [{ month: '2027-01', cost: 150 }, { month: '2027-02', cost: 150 }];
    expect(exhaustionOf(plan3, hot, rollingForecast(plan3, hot, false).months, 1)).toMatchObject({ budget: '300', atBurnRate: '2027-03', atForecast: '2027-03' });
  });

  it('no burn-rate date beyond 100 years (a tiny burn against a large budget)', () => {
    // Budget 1e9, burn 1 a month: 1e9 months away → null rather than a year 83 million.
    const e = exhaustionOf([{ month: '2027-01', cost: 1e9 }], [{ month: '2027-01', cost: 1 }], [], 1);
    expect(e.atBurnRate).toBeNull();
    // Budget 1,200, burn 1: spent 1, over at k = floor(1,199) + 1 = 1,200 months → 2027-01 + 1,200 = 2127-01 (kept).
    expect(exhaustionOf([{ month: '2027-01', cost: 1200 }], [{ month: '2027-01', cost: 1 }], [], 1).atBurnRate).toBe('2127-01');
  });

  it('fiscal years named by the year they end in', () => {
    expect(fiscalYearBounds(2028, 7)).toEqual({ first: '2027-07', last: '2028-06' });
    expect(fiscalYearBounds(2027, 1)).toEqual({ first: '2027-01', last: '2027-12' });
    // Latest actual 2027-08 with a July start: FY2028, whose plan is Jul 10 + Aug 10 = 20 (June 2027 is FY2027).
    const e = exhaustionOf([{ month: '2027-06', cost: 99 }, { month: '2027-07', cost: 10 }, { month: '2027-08', cost: 10 }], [{ month: '2027-08', cost: 1 }], [], 7);
    // Burn 1/month, spent 1, budget 20: over at 1 + 20 = 21 months total → 2027-08 + 20 = 2029-04, after the year's end.
    expect(e).toEqual({ budget: '20', atBurnRate: '2029-04', atForecast: null, fiscalYearEnd: '2028-06', withinFiscalYear: false });
  });
});
