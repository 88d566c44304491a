import { describe, expect, it } from 'vitest';
import { project } from '../../src/projection/project';
import { WARNING_CODES } from '../../src/projection/warnings';
import { apiOption, application, closeTo, ownedPlatform, scenario } from '../helpers/build';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * Cash flows by construction: a fixed owned node bought in month 0 for $1000 (depreciated over
 * 10 months, no other platform cost) and an application on a free API that earns $400 a month
 * (1e6 tokens at $400 per M). Flows: −600, 400, 400, …
 */
function paybackScenario(overrides: Partial<ScenarioInput> = {}) {
  return scenario({
    horizonMonths: 3,
    platforms: [ownedPlatform({ fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } })],
    apiOptions: [apiOption({ inputPricePerMTokens: 0, outputPricePerMTokens: 0 })],
    applications: [application({ servedBy: { api: 'api' }, tokensMonth0: 1e6, revenuePerMTokens: 400 })],
    ...overrides,
  });
}

const monthly = (annual: number) => (1 + annual) ** (1 / 12) - 1;

describe('KPIs', () => {
  it('builds cash flow and its running sum: revenue − opex − capex', () => {
    const result = project(paybackScenario());
    expect(result.months.map((m) => m.cashFlow)).toEqual(['-600', '400', '400']);
    expect(result.months.map((m) => m.cumulativeCashFlow)).toEqual(['-600', '-200', '200']);
  });

  it('does not discount month 0: with one month, NPV is the month-0 cash flow', () => {
    const result = project(paybackScenario({ horizonMonths: 1, discountRateAnnual: 0.5 }));
    expect(result.kpis.npv).toBe('-600');
  });

  it('discounts month t by (1+m)^t with m = (1+r)^(1/12) − 1 (spreadsheet CF0 + NPV(m; CF1…))', () => {
    const result = project(paybackScenario({ discountRateAnnual: 0.1 }));
    const m = monthly(0.1);
    const expected = -600 + 400 / (1 + m) + 400 / (1 + m) ** 2; // float64, independent
    expect(closeTo(result.kpis.npv, expected, '1e-13')).toBe(true);
  });

  it('interpolates payback between month k − 1 and k (spec §4 v2): cumulative −600, −200, 200, k = 2, (2 − 1) + 200/400 = 1.5', () => {
    expect(project(paybackScenario()).kpis.paybackMonths).toBe('1.5');
  });

  it('gives payback 0 when month 0 is already non-negative', () => {
    const result = project(paybackScenario({ platforms: [] }));
    expect(result.kpis.paybackMonths).toBe('0');
    expect(result.kpis.discountedPaybackMonths).toBe('0');
  });

  it('gives payback null, with a warning, when the cumulative never recovers', () => {
    const result = project(
      paybackScenario({ applications: [application({ servedBy: { api: 'api' }, tokensMonth0: 1e6, revenuePerMTokens: 0 })] }),
    );
    expect(result.kpis.paybackMonths).toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain(WARNING_CODES.paybackBeyondHorizon);
  });

  it('computes discounted payback on discounted flows', () => {
    const result = project(paybackScenario({ discountRateAnnual: 0.2 }));
    const v = 1 / (1 + monthly(0.2));
    const [d0, d1, d2] = [-600, 400 * v, 400 * v * v];
    const expected = 2 - 1 + -(d0 + d1) / d2; // cumulative turns non-negative in month k = 2: (k − 1) + …
    expect(closeTo(result.kpis.discountedPaybackMonths, expected, '1e-13')).toBe(true);
  });

  it('finds the IRR of −600, 400, 400: 400v² + 400v − 600 = 0, v = (√7 − 1)/2', () => {
    const result = project(paybackScenario());
    const x = 2 / (Math.sqrt(7) - 1) - 1; // monthly IRR 0.2152504…
    expect(closeTo(result.kpis.irrAnnual, (1 + x) ** 12 - 1, '1e-12')).toBe(true);
  });

  it('gives MIRR as the spreadsheet does, finance and reinvestment at m', () => {
    const result = project(paybackScenario({ discountRateAnnual: 0.1 }));
    const m = monthly(0.1);
    const y = ((400 * (1 + m) + 400) / 600) ** (1 / 2) - 1;
    expect(closeTo(result.kpis.mirrAnnual, (1 + y) ** 12 - 1, '1e-12')).toBe(true);
  });

  it('shows no IRR and warns irr_multiple when the flows have two IRRs (1000, −2400, 200)', () => {
    // month 0: $1000 from an API app that then stops; month 1: a $2500 node for an app whose
    // demand grows 1e6 tokens a month at $100 per M: revenue 100 then 200
    const result = project(
      scenario({
        horizonMonths: 3,
        platforms: [ownedPlatform({ capexPerNode: 2500 })],
        apiOptions: [apiOption({ inputPricePerMTokens: 0, outputPricePerMTokens: 0 })],
        applications: [
          application({ id: 'once', servedBy: { api: 'api' }, tokensMonth0: 1e6, growth: { type: 'linear', monthlyIncrement: -1e6 }, revenuePerMTokens: 1000 }),
          application({ id: 'grows', tokensMonth0: 0, growth: { type: 'linear', monthlyIncrement: 1e6 }, revenuePerMTokens: 100 }),
        ],
      }),
    );
    expect(result.months.map((m) => m.cashFlow)).toEqual(['1000', '-2400', '200']);
    expect(result.kpis.irrAnnual).toBeNull();
    expect(result.kpis.mirrAnnual).not.toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain(WARNING_CODES.irrMultiple);
  });

  it('warns negative_cash_flow_tail when the last month loses money after profitable months', () => {
    // revenue 1000, 500, 0 (API app, demand falling 0.5e6 a month at $1000 per M), fixed opex 400
    const result = project(
      scenario({
        horizonMonths: 3,
        fixedOpexPerMonth: 400,
        platforms: [],
        apiOptions: [apiOption({ inputPricePerMTokens: 0, outputPricePerMTokens: 0 })],
        applications: [application({ servedBy: { api: 'api' }, tokensMonth0: 1e6, growth: { type: 'linear', monthlyIncrement: -5e5 }, revenuePerMTokens: 1000 })],
      }),
    );
    expect(result.months.map((m) => m.cashFlow)).toEqual(['600', '100', '-400']);
    expect(result.warnings.map((w) => w.code)).toEqual([WARNING_CODES.negativeCashFlowTail]);
  });

  it('computes the revenue multiple, ROI, margin and unit costs over the horizon', () => {
    const { kpis } = project(paybackScenario());
    expect(kpis.totalRevenue).toBe('1200');
    expect(kpis.totalCapex).toBe('1000');
    expect(kpis.totalDepreciation).toBe('300'); // 1000 / 10 a month
    expect(kpis.totalTokens).toBe('3000000');
    expect(kpis.revenueMultiple).toBe('1.2'); // 1200 / 1000
    expect(kpis.roi).toBe('0.2'); // (1200 − 0 − 1000) / 1000
    expect(kpis.grossMarginPct).toBe('0.75'); // (1200 − 300) / 1200
    expect(kpis.costPerMTokens).toBe('100'); // P&L cost 300 / 3 M tokens
    expect(kpis.cashCostPerMTokens).toBe('333.3333333333333333333333333333333'); // (0 + 1000) / 3
  });

  it('applies the contingency to the budget: (opex + capex) · (1 + contingencyPct)', () => {
    const result = project(paybackScenario({ fixedOpexPerMonth: 1000, contingencyPct: 0.15 }));
    expect(result.months.map((m) => m.budget)).toEqual(['2300', '1150', '1150']); // (1000 + 1000)·1.15, 1000·1.15
    expect(result.months[0]?.fixedOpex).toBe('1000');
    expect(result.months[0]?.opex).toBe('1000');
  });

  it('gives the break-even API price: self-hosted cost per M tokens served on platforms', () => {
    // 1 node, $100 hosting (1 kW · $100), $100 depreciation (1000 / 10): $200 for 2.592e9 tokens
    const { kpis } = project(
      scenario({ hosting: { perKwMonth: 100 }, applications: [application({ tokensMonth0: 2.592e9 })] }),
    );
    expect(kpis.breakEvenApiPricePerMTokens).toBe('0.07716049382716049382716049382716049'); // 200 / 2592
  });

  it('returns null for every ratio whose denominator is zero (no tokens, revenue, capex, energy)', () => {
    const result = project(
      scenario({
        horizonMonths: 2,
        platforms: [],
        apiOptions: [apiOption({ inputPricePerMTokens: 0, outputPricePerMTokens: 0 })],
        applications: [application({ servedBy: { api: 'api' } })],
      }),
    );
    const { kpis } = result;
    for (const key of [
      'irrAnnual', 'mirrAnnual', 'revenueMultiple', 'roi', 'costPerMTokens', 'cashCostPerMTokens',
      'energyCostPerMTokens', 'joulesPerToken', 'tokensPerMWh', 'energyCostPerRevenueDollar',
      'grossMarginPct', 'breakEvenApiPricePerMTokens',
    ] as const) {
      expect(kpis[key], key).toBeNull();
    }
    expect(kpis.npv).toBe('0');
    expect(kpis.paybackMonths).toBe('0');
    const app = result.applications[0];
    expect([app?.costPerMTokens, app?.costPerQuery, app?.costPerTask, app?.marginPct]).toEqual([null, null, null, null]);
  });

  it('gives tokens per MWh 0 but joules per token null for a fleet that burns energy and serves nothing', () => {
    const { kpis } = project(
      scenario({ platforms: [ownedPlatform({ idlePowerFraction: 0.5, fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } })] }),
    );
    expect(kpis.tokensPerMWh).toBe('0');
    expect(kpis.joulesPerToken).toBeNull();
  });

  it('derives cost per query and per task from the application’s cost per M tokens', () => {
    // API at $2 per M (in = out), 5e6 tokens, 2000 tokens per query, 3 queries per task, $5 per M revenue
    const result = project(
      scenario({
        platforms: [],
        apiOptions: [apiOption({ inputPricePerMTokens: 2, outputPricePerMTokens: 2 })],
        applications: [application({ servedBy: { api: 'api' }, tokensMonth0: 5e6, tokensPerQuery: 2000, queriesPerTask: 3, revenuePerMTokens: 5 })],
      }),
    );
    const app = result.applications[0];
    expect(app?.allocatedCost).toBe('10');
    expect(app?.costPerMTokens).toBe('2');
    expect(app?.costPerQuery).toBe('0.004'); // 2 · 2000 / 1e6
    expect(app?.costPerTask).toBe('0.012');
    expect(app?.marginPct).toBe('0.6'); // (25 − 10) / 25
  });
});
