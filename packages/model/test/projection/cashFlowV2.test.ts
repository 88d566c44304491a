/**
 * Spec §8 month totals, by hand: cash flow with disposal proceeds and terminal value, tax (MACRS
 * with a negative tax: a shield), after-tax cash flow, fixed opex escalation, cost centre. The
 * platform lines (disposals, terminal value, tax depreciation, basis released, capital charge)
 * are built by hand here, so these tests check the month totals alone; the cohorts that produce
 * them are tested with the fleet.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../src/decimal';
import { monthTotals, type ApplicationSeries, type MonthTotalsOptions, type PlatformSeries } from '../../src/projection/monthTotals';
import { project } from '../../src/projection/project';
import { apiOption, application, closeTo, ownedPlatform, scenario } from '../helpers/build';

const d = (xs: readonly (number | string)[]) => xs.map((x) => new Decimal(x));
const zeros = (n: number) => d(new Array<number>(n).fill(0));
const text = (xs: readonly Decimal[]) => xs.map((x) => x.toFixed());

/** A platform-month series: every line 0 except those given. */
function platform(n: number, lines: Partial<Record<keyof PlatformSeries, readonly (number | string)[]>>): PlatformSeries {
  const keys = [
    'energyCost', 'hosting', 'maintenance', 'rentalCost', 'capex', 'depreciation', 'disposalProceeds', 'terminalValue',
    'taxDepreciation', 'taxBasisReleased', 'capitalCharge', 'demandTokens', 'servedTokens', 'energyMWh',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, lines[k] ? d(lines[k]) : zeros(n)])) as unknown as PlatformSeries;
}

/** An application on a platform (its tokens are the platform's) earning `revenue` a month. */
function app(revenue: readonly number[]): ApplicationSeries {
  const n = revenue.length;
  return { onApi: false, demand: zeros(n), served: zeros(n), revenue: d(revenue), apiCost: zeros(n), allocated: zeros(n) };
}

const options = (overrides: Partial<MonthTotalsOptions> = {}): MonthTotalsOptions => ({
  fixedOpexPerMonth: new Decimal(0),
  fixedOpexEscalation: ZERO,
  contingencyPct: ZERO,
  taxRate: null,
  costCentre: false,
  ...overrides,
});

describe('§8 cash flow: revenue − opex − capex + disposal proceeds + terminal value', () => {
  // Revenue 500 a month; energy 100 and fixed opex 50 (opex 150); capex 1000 in month 0; a
  // cohort retired in month 1 for its book value 250; terminal value 400 in the last month.
  const rows = monthTotals(
    3,
    [app([500, 500, 500])],
    [platform(3, { energyCost: [100, 100, 100], capex: [1000, 0, 0], disposalProceeds: [0, 250, 0], terminalValue: [0, 0, 400] })],
    options({ fixedOpexPerMonth: new Decimal(50) }),
  );

  it('adds disposals and terminal value to the pre-tax cash flow', () => {
    // t0: 500 − 150 − 1000 = −650; t1: 500 − 150 + 250 = 600; t2: 500 − 150 + 400 = 750.
    expect(text(rows.map((r) => r.cashFlow))).toEqual(['-650', '600', '750']);
    // Running sum: −650, −50, 700.
    expect(text(rows.map((r) => r.cumulativeCashFlow))).toEqual(['-650', '-50', '700']);
    expect(text(rows.map((r) => r.disposalProceeds))).toEqual(['0', '250', '0']);
    expect(text(rows.map((r) => r.terminalValue))).toEqual(['0', '0', '400']);
  });

  it('leaves opex, P&L cost and budget as in v1 (no disposals in them)', () => {
    expect(text(rows.map((r) => r.opex))).toEqual(['150', '150', '150']);
    expect(text(rows.map((r) => r.budget))).toEqual(['1150', '150', '150']);
  });

  it('without tax: tax and tax depreciation 0, after-tax cash flow = cash flow', () => {
    const untaxed = monthTotals(2, [app([10, 10])], [platform(2, { taxDepreciation: [7, 7], taxBasisReleased: [0, 3] })], options());
    expect(text(untaxed.map((r) => r.tax))).toEqual(['0', '0']);
    expect(text(untaxed.map((r) => r.taxDepreciation))).toEqual(['0', '0']);
    expect(text(untaxed.map((r) => r.afterTaxCashFlow))).toEqual(text(untaxed.map((r) => r.cashFlow)));
  });
});

describe('§8 tax on MACRS depreciation, with a negative tax (shield) and a terminal value', () => {
  // A 1200 node bought in month 0, MACRS 5-year, no bonus: tax year 0 takes 20 % = 240, spread
  // evenly over its 12 months: 20 a month. Tax rate 25 %. Revenue 0, 100, 200; no opex.
  // Month 2 is the horizon's last: terminal value 1000 (book), tax basis released 1200 − 3·20 = 1140.
  const rows = monthTotals(
    3,
    [app([0, 100, 200])],
    [platform(3, { capex: [1200, 0, 0], taxDepreciation: [20, 20, 20], terminalValue: [0, 0, 1000], taxBasisReleased: [0, 0, 1140] })],
    options({ taxRate: new Decimal('0.25') }),
  );

  it('taxes revenue − opex − tax depreciation + (proceeds − basis released)', () => {
    // t0: 0.25 · (0 − 20) = −5 (a shield: the company pays 5 less elsewhere);
    // t1: 0.25 · (100 − 20) = 20; t2: 0.25 · (200 − 20 + (1000 − 1140)) = 0.25 · 40 = 10.
    expect(text(rows.map((r) => r.tax))).toEqual(['-5', '20', '10']);
    expect(text(rows.map((r) => r.taxDepreciation))).toEqual(['20', '20', '20']);
  });

  it('after-tax cash flow = cash flow − tax', () => {
    // Cash flow −1200, 100, 1200; after tax −1200 + 5 = −1195, 100 − 20 = 80, 1200 − 10 = 1190.
    expect(text(rows.map((r) => r.cashFlow))).toEqual(['-1200', '100', '1200']);
    expect(text(rows.map((r) => r.afterTaxCashFlow))).toEqual(['-1195', '80', '1190']);
  });
});

describe('§8 fixed opex escalation: fixedOpexPerMonth · (1 + esc)^year(t)', () => {
  it('steps once a model year: 1000, then 1100 from month 12, 1210 from month 24', () => {
    const s = scenario({
      horizonMonths: 25,
      fixedOpexPerMonth: 1000,
      fixedOpexAnnualEscalation: 0.1,
      platforms: [],
      apiOptions: [apiOption()],
      applications: [application({ servedBy: { api: 'api' } })],
    });
    const months = project(s).months;
    expect([0, 11, 12, 23, 24].map((t) => months[t]?.fixedOpex)).toEqual(['1000', '1000', '1100', '1100', '1210']);
    expect(months[24]?.opex).toBe('1210'); // the only opex: no tokens, no platform
    // Fiscal years (calendar, from June 2027): 2027 = 7 × 1000; 2028 = 5 × 1000 + 7 × 1100 = 12700.
    expect(project(s).fiscalYears.slice(0, 2).map((y) => y.fixedOpex)).toEqual(['7000', '12700']);
  });

  it('is the constant amount without escalation', () => {
    const s = scenario({ horizonMonths: 13, fixedOpexPerMonth: 1000, platforms: [], apiOptions: [apiOption()], applications: [application({ servedBy: { api: 'api' } })] });
    expect(project(s).months.map((m) => m.fixedOpex)).toEqual(new Array(13).fill('1000'));
  });
});

describe('§8 cost centre: revenue 0 whatever the prices', () => {
  // One fixed owned node bought in month 0 for 1000 (unused, free energy and hosting); an application
  // on an API priced 3 per M tokens (1e6 tokens a month: API cost 3), revenue price 400 per M.
  const s = scenario({
    horizonMonths: 3,
    discountRateAnnual: 0.1,
    revenueMode: 'costCentre',
    platforms: [ownedPlatform({ fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } })],
    apiOptions: [apiOption({ inputPricePerMTokens: 3, outputPricePerMTokens: 3 })],
    applications: [application({ servedBy: { api: 'api' }, tokensMonth0: 1e6, revenuePerMTokens: 400 })],
  });
  const result = project(s);

  it('has no revenue in any month, fiscal year or application', () => {
    expect(result.months.map((m) => m.revenue)).toEqual(['0', '0', '0']);
    expect(result.months.map((m) => m.applications[0]?.revenue)).toEqual(['0', '0', '0']);
    expect(result.fiscalYears.map((y) => y.revenue)).toEqual(['0']);
    expect(result.applications[0]?.revenue).toBe('0');
    expect(result.kpis.totalRevenue).toBe('0');
    // Cash flow −(opex + capex): −1003, −3, −3.
    expect(result.months.map((m) => m.cashFlow)).toEqual(['-1003', '-3', '-3']);
  });

  it('has null return measures but an NPV, which is −presentValueOfCost', () => {
    const k = result.kpis;
    for (const key of ['irrAnnual', 'mirrAnnual', 'paybackMonths', 'discountedPaybackMonths', 'revenueMultiple', 'roi', 'grossMarginPct', 'energyCostPerRevenueDollar'] as const) {
      expect(k[key], key).toBeNull();
    }
    expect(result.applications[0]?.marginPct).toBeNull();
    expect(k.totalCost).toBe('1009'); // (0 + 1000) + 3 + 3 + 3
    const m = 1.1 ** (1 / 12) - 1;
    const pv = 1003 + 3 / (1 + m) + 3 / (1 + m) ** 2; // float64, independent
    expect(closeTo(k.presentValueOfCost, pv, '1e-12')).toBe(true);
    expect(new Decimal(k.npv).neg().toFixed()).toBe(k.presentValueOfCost);
    // No payback to miss: a cost centre does not warn payback_beyond_horizon.
    expect(result.warnings.map((w) => w.code)).not.toContain('payback_beyond_horizon');
  });

  it('keeps the prices in revenue mode (the same scenario earns 400 a month)', () => {
    const earning = project({ ...s, revenueMode: 'revenue' });
    expect(earning.months.map((m) => m.revenue)).toEqual(['400', '400', '400']);
    expect(earning.kpis.paybackMonths).not.toBeNull();
  });
});
