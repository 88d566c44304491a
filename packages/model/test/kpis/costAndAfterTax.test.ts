/**
 * Spec §8 KPIs by hand, on month totals built from hand-made series (monthTotals): NPV and
 * payback on the cash flow with disposals and terminal value; total cost, its present value and
 * the economic cost per M tokens; after-tax NPV, IRR, MIRR and payback; a cost centre's nulls;
 * the after-tax irr_multiple warning.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../src/decimal';
import { summarizeKpis, type KpiOptions } from '../../src/kpis/summary';
import { buildCalendar } from '../../src/projection/calendar';
import { collectWarnings } from '../../src/projection/collectWarnings';
import { monthTotals, type ApplicationSeries, type PlatformSeries } from '../../src/projection/monthTotals';

const d = (xs: readonly (number | string)[]) => xs.map((x) => new Decimal(x));
const zeros = (n: number) => d(new Array<number>(n).fill(0));

function platform(n: number, lines: Partial<Record<keyof PlatformSeries, readonly (number | string)[]>>): PlatformSeries {
  const keys = [
    'energyCost', 'hosting', 'maintenance', 'rentalCost', 'capex', 'depreciation', 'disposalProceeds', 'terminalValue',
    'taxDepreciation', 'taxBasisReleased', 'capitalCharge', 'demandTokens', 'servedTokens', 'energyMWh',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, lines[k] ? d(lines[k]) : zeros(n)])) as unknown as PlatformSeries;
}
function app(revenue: readonly number[]): ApplicationSeries {
  const n = revenue.length;
  return { onApi: false, demand: zeros(n), served: zeros(n), revenue: d(revenue), apiCost: zeros(n), allocated: zeros(n) };
}
const NO_PLATFORM_TOTALS = { selfHostedCost: ZERO, servedTokens: ZERO, energyMWh: ZERO };
const kpiOptions = (o: Partial<KpiOptions> = {}): KpiOptions => ({ discountRateAnnual: ZERO, costCentre: false, taxed: false, ...o });
const monthsOf = (revenue: readonly number[], lines: Parameters<typeof platform>[1], taxRate: string | null = null, fixed = 0) =>
  monthTotals(revenue.length, [app(revenue)], [platform(revenue.length, lines)], {
    fixedOpexPerMonth: new Decimal(fixed), fixedOpexEscalation: ZERO, contingencyPct: ZERO, taxRate: taxRate === null ? null : new Decimal(taxRate), costCentre: false,
  });
const near = (actual: Decimal | null | undefined, expected: number, tolerance = 1e-12) =>
  actual !== null && actual !== undefined && Math.abs(actual.toNumber() - expected) <= tolerance * Math.max(1, Math.abs(expected));

describe('§8 KPIs on the cash flow with a disposal and a terminal value', () => {
  // Revenue 500 a month; opex 150 (energy 100 + fixed 50); capex 1000 in month 0; disposal 250 in
  // month 1; terminal value 400 in month 2; capital charge 310 a month; 1e6 tokens served a month.
  const months = monthsOf([500, 500, 500], {
    energyCost: [100, 100, 100], capex: [1000, 0, 0], disposalProceeds: [0, 250, 0], terminalValue: [0, 0, 400],
    capitalCharge: [310, 310, 310], servedTokens: [1e6, 1e6, 1e6],
  }, null, 50);
  const { kpis } = summarizeKpis(months, NO_PLATFORM_TOTALS, kpiOptions());

  it('NPV and payback use the flows −650, 600, 750', () => {
    expect(kpis.npv?.toFixed()).toBe('700'); // at 0 %: −650 + 600 + 750
    // Cumulative −650, −50, 700: k = 2, (2 − 1) + 50/750 = 16/15.
    expect(kpis.paybackMonths?.eq(new Decimal(16).div(15))).toBe(true);
  });

  it('total cost Σ(opex + capex − disposals − terminal value) = 800; at 0 % its present value too', () => {
    // (150 + 1000) + (150 − 250) + (150 − 400) = 1150 − 100 − 250 = 800 = revenue 1500 − NPV 700.
    expect(kpis.totalCost?.toFixed()).toBe('800');
    expect(kpis.presentValueOfCost?.toFixed()).toBe('800');
  });

  it('economic cost per M tokens = Σ(opex + capital charge) / (Σ served / 1e6)', () => {
    // (3 · 150 + 3 · 310) / 3 = 1380 / 3 = 460.
    expect(kpis.economicCostPerMTokens?.toFixed()).toBe('460');
  });

  it('revenue multiple, ROI and cash cost per M tokens keep their v1 totals (no disposals)', () => {
    expect(kpis.revenueMultiple?.toFixed()).toBe('1.5'); // 1500 / 1000
    expect(kpis.roi?.toFixed()).toBe('0.05'); // (1500 − 450 − 1000) / 1000
    expect(kpis.cashCostPerMTokens?.eq(new Decimal(1450).div(3))).toBe(true); // (450 + 1000) / 3
  });

  it('present value of cost discounts the cost flows 1150, −100, −250 as NPV does', () => {
    const discounted = summarizeKpis(months, NO_PLATFORM_TOTALS, kpiOptions({ discountRateAnnual: new Decimal('0.1') })).kpis;
    const v = 1 / 1.1 ** (1 / 12); // float64, independent
    expect(near(discounted.presentValueOfCost, 1150 - 100 * v - 250 * v * v)).toBe(true);
    expect(near(discounted.npv, -650 + 600 * v + 750 * v * v)).toBe(true);
    expect(kpis.afterTax).toBeNull(); // no tax
  });
});

describe('§8 after-tax KPIs (MACRS shield month, terminal value)', () => {
  // cashFlow −1200, 100, 1200; tax −5, 20, 10 (see test/projection/cashFlowV2.test.ts);
  // after-tax flows −1195, 80, 1190.
  const months = monthsOf([0, 100, 200], { capex: [1200, 0, 0], taxDepreciation: [20, 20, 20], terminalValue: [0, 0, 1000], taxBasisReleased: [0, 0, 1140] }, '0.25');

  it('NPV, payback, IRR and MIRR on the after-tax flows', () => {
    const { kpis } = summarizeKpis(months, NO_PLATFORM_TOTALS, kpiOptions({ taxed: true }));
    const afterTax = kpis.afterTax;
    expect(afterTax?.npv.toFixed()).toBe('75'); // −1195 + 80 + 1190
    // Cumulative −1195, −1115, 75: k = 2, (2 − 1) + 1115/1190.
    expect(afterTax?.paybackMonths?.eq(new Decimal(1115).div(1190).plus(1))).toBe(true);
    // IRR: −1195 + 80v + 1190v² = 0, v = 1/(1+x) = (−80 + √(80² + 4·1190·1195)) / (2·1190).
    const v = (-80 + Math.sqrt(80 ** 2 + 4 * 1190 * 1195)) / (2 * 1190);
    expect(near(afterTax?.irrAnnual, (1 / v) ** 12 - 1, 1e-10)).toBe(true);
    // MIRR at 0 %: y = ((80 + 1190) / 1195)^(1/2) − 1, annual (1+y)^12 − 1 = (1270/1195)^6 − 1.
    expect(near(afterTax?.mirrAnnual, (1270 / 1195) ** 6 - 1)).toBe(true);
    // Pre-tax: cumulative −1200, −1100, 100: (2 − 1) + 1100/1200.
    expect(kpis.paybackMonths?.eq(new Decimal(1100).div(1200).plus(1))).toBe(true);
  });

  it('after-tax NPV discounts the after-tax flows', () => {
    const { kpis } = summarizeKpis(months, NO_PLATFORM_TOTALS, kpiOptions({ taxed: true, discountRateAnnual: new Decimal('0.1') }));
    const v = 1 / 1.1 ** (1 / 12);
    expect(near(kpis.afterTax?.npv, -1195 + 80 * v + 1190 * v * v)).toBe(true);
  });

  it('is null for a cost centre except NPV', () => {
    const { kpis } = summarizeKpis(months, NO_PLATFORM_TOTALS, kpiOptions({ taxed: true, costCentre: true }));
    expect(kpis.afterTax).toEqual({ npv: new Decimal(75), irrAnnual: null, mirrAnnual: null, paybackMonths: null });
    for (const key of ['irrAnnual', 'mirrAnnual', 'paybackMonths', 'discountedPaybackMonths', 'revenueMultiple', 'roi', 'grossMarginPct', 'energyCostPerRevenueDollar'] as const) {
      expect(kpis[key], key).toBeNull();
    }
    expect(kpis.npv?.toFixed()).toBe('100'); // −1200 + 100 + 1200
    // Cost flows: 1200, −100 (revenue is not a cost... opex 0, capex 0), 0 − 1000: Σ = 1200 − 1000 = 200.
    expect(kpis.totalCost?.toFixed()).toBe('200');
  });

  it('after-tax NPV at 0 % is the sum of the after-tax flows (property)', () => {
    const month = fc.record({
      revenue: fc.integer({ min: 0, max: 10_000 }),
      capex: fc.integer({ min: 0, max: 10_000 }),
      energy: fc.integer({ min: 0, max: 1000 }),
      taxDep: fc.integer({ min: 0, max: 1000 }),
      terminal: fc.integer({ min: 0, max: 5000 }),
      basis: fc.integer({ min: 0, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 24 }), fc.integer({ min: 0, max: 60 }), (rows, ratePct) => {
        const m = monthsOf(rows.map((r) => r.revenue), {
          capex: rows.map((r) => r.capex), energyCost: rows.map((r) => r.energy), taxDepreciation: rows.map((r) => r.taxDep),
          terminalValue: rows.map((r) => r.terminal), taxBasisReleased: rows.map((r) => r.basis),
        }, String(ratePct / 100));
        // Independent, in integers (× 100, exact): tax = rate · (revenue − energy − taxDep + terminal − basis),
        // after tax = cash flow − tax.
        let expected100 = 0;
        for (const r of rows) {
          const cash = r.revenue - r.energy - r.capex + r.terminal;
          expected100 += 100 * cash - ratePct * (r.revenue - r.energy - r.taxDep + r.terminal - r.basis);
        }
        const { kpis } = summarizeKpis(m, NO_PLATFORM_TOTALS, kpiOptions({ taxed: true }));
        expect(kpis.afterTax?.npv.times(100).toFixed()).toBe(String(expected100));
      }),
      { numRuns: 60, seed: 20261203 },
    );
  });
});

describe('irr_multiple on the after-tax flows', () => {
  it('warns at kpis.afterTax.irrAnnual when the after-tax flows have two IRRs', () => {
    // Tax rate 0: after-tax = pre-tax = −100, 230, −132 (roots 10 % and 20 % a month: 1+x = (230 ± 10)/200).
    const months = monthsOf([0, 230, 0], { capex: [100, 0, 0], energyCost: [0, 0, 132] }, '0');
    const { kpis, irrMultiple, afterTaxIrrMultiple } = summarizeKpis(months, NO_PLATFORM_TOTALS, kpiOptions({ taxed: true }));
    expect([irrMultiple, afterTaxIrrMultiple]).toEqual([true, true]);
    expect(kpis.afterTax?.irrAnnual).toBeNull();
    const warnings = collectWarnings([], months, kpis, { irrMultiple: false, afterTaxIrrMultiple: true, costCentre: false }, buildCalendar('2027-01', 3, 1));
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'irr_multiple', path: 'kpis.afterTax.irrAnnual' }));
  });
});
