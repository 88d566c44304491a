/**
 * The worked example of docs/model.md, end to end: three months (Jan–Mar 2028, a leap
 * February), one owned platform, one application. Every expected value below is worked by
 * hand in docs/model.md §"Worked example"; irrational ones are checked against float64.
 */
import { describe, expect, it } from 'vitest';
import { project } from '../../src/projection/project';
import { closeTo, scenario } from '../helpers/build';

export const workedExample = scenario({
  name: 'Worked example',
  start: '2028-01',
  horizonMonths: 3,
  discountRateAnnual: 0.1,
  fiscalYearStartMonth: 1,
  contingencyPct: 0.1,
  energy: { pricePerMWh: 100, annualEscalation: 0.05, pue: 1.25 },
  hosting: { perKwMonth: 150 },
  fixedOpexPerMonth: 1000,
  idlePolicy: 'separate',
  platforms: [
    {
      id: 'h', name: 'Owned 8-GPU nodes', gpusPerNode: 8, powerKwPerNode: 10, idlePowerFraction: 0.2,
      capexPerNode: 240000, maintenancePctPerYear: 0.06, depreciationMonths: 24, residualValuePct: 0.1,
      throughput: { m: 1000 }, softwareCurve: { type: 'none' }, fleet: { mode: 'auto', targetUtilization: 0.5 },
    },
  ],
  apiOptions: [],
  applications: [
    {
      id: 'chat', name: 'Chat', team: 'Product', model: 'm', servedBy: { platform: 'h' }, tokensMonth0: 7.2e9,
      outputShare: 0.3, growth: { type: 'compound', monthlyRate: 0.1 }, revenuePerMTokens: 20, annualPriceErosion: 0,
      tokensPerQuery: 2000, queriesPerTask: 5,
    },
  ],
});

describe('worked example (docs/model.md)', () => {
  const result = project(workedExample);
  const months = result.months;
  const column = (line: keyof (typeof months)[number]) => months.map((m) => m[line]);

  it('step 1–2: hours, demand and busy GPU-hours', () => {
    expect(column('hours')).toEqual(['744', '696', '744']);
    expect(column('demandTokens')).toEqual(['7200000000', '7920000000', '8712000000']);
    expect(months.map((m) => m.platforms[0]?.busyGpuHours)).toEqual(['2000', '2200', '2420']);
  });

  it('step 3: one node suffices (capacity 2976, 2784, 2976 busy hours at 50 %)', () => {
    expect(months.map((m) => m.platforms[0]?.nodes)).toEqual([1, 1, 1]);
    const u = [2000 / 5952, 2200 / 5568, 2420 / 5952];
    months.forEach((m, t) => expect(closeTo(m.platforms[0]?.utilization, u[t] ?? 0, '1e-15')).toBe(true));
  });

  it('step 4: energy 4.36, 4.49, 4.885 MWh and its cost at $100/MWh', () => {
    [4.36, 4.49, 4.885].forEach((e, t) => expect(closeTo(months[t]?.energyMWh, e, '1e-30')).toBe(true));
    expect(column('energyCost')).toEqual(['436', '449', '488.5']);
  });

  it('step 5: hosting, maintenance, capex, depreciation', () => {
    expect(column('hosting')).toEqual(['1500', '1500', '1500']);
    expect(column('maintenance')).toEqual(['1200', '1200', '1200']);
    expect(column('capex')).toEqual(['240000', '0', '0']);
    expect(column('depreciation')).toEqual(['9000', '9000', '9000']);
  });

  it('step 6: revenue, opex, cash flow, P&L cost, budget', () => {
    expect(column('revenue')).toEqual(['144000', '158400', '174240']);
    expect(column('fixedOpex')).toEqual(['1000', '1000', '1000']);
    expect(column('opex')).toEqual(['4136', '4149', '4188.5']);
    expect(column('cashFlow')).toEqual(['-100136', '154251', '170051.5']);
    expect(column('cumulativeCashFlow')).toEqual(['-100136', '54115', '224166.5']);
    expect(column('pnlCost')).toEqual(['13136', '13149', '13188.5']);
    expect(column('budget')).toEqual(['268549.6', '4563.9', '4607.35']);
  });

  it('step 7: allocation, separate idle: U · cost to the application, the rest idle', () => {
    expect(months.map((m) => m.applications[0]?.allocatedCost)).toEqual([
      '4077.95698924731182795699', // 12136 · 2000/5952
      '4800.2514367816091954023', // 12149 · 2200/5568
      '4955.67372311827956989247', // 12188.5 · 2420/5952
    ]);
    expect(months.map((m) => m.platforms[0]?.idleCost)).toEqual([
      '8058.04301075268817204301',
      '7348.7485632183908045977',
      '7232.82627688172043010753',
    ]);
  });

  it('step 8: KPIs', () => {
    const { kpis } = result;
    expect(kpis.totalRevenue).toBe('476640');
    expect(kpis.totalOpex).toBe('12473.5');
    expect(kpis.totalCapex).toBe('240000');
    expect(kpis.totalDepreciation).toBe('27000');
    expect(kpis.totalTokens).toBe('23832000000');
    expect(kpis.unmetTokens).toBe('0');
    const m = 1.1 ** (1 / 12) - 1;
    expect(closeTo(kpis.npv, -100136 + 154251 / (1 + m) + 170051.5 / (1 + m) ** 2, '1e-13')).toBe(true); // 220266.28…
    // Cumulative −100136, 54115: k = 1, (k − 1) + 100136/154251 (spec §4 v2; v1 said 1 + …).
    expect(closeTo(kpis.paybackMonths, 100136 / 154251, '1e-15')).toBe(true); // 0.6492…
    const v = (-154251 + Math.sqrt(154251 ** 2 + 4 * 170051.5 * 100136)) / (2 * 170051.5); // NPV(x) = 0, v = 1/(1+x)
    expect(closeTo(kpis.irrAnnual, (1 / v) ** 12 - 1, '1e-12')).toBe(true); // x = 128.4 % a month
    const y = Math.sqrt((154251 * (1 + m) + 170051.5) / 100136) - 1;
    expect(closeTo(kpis.mirrAnnual, (1 + y) ** 12 - 1, '1e-12')).toBe(true);
    expect(closeTo(kpis.discountedPaybackMonths, 100136 / (154251 / (1 + m)), '1e-15')).toBe(true);
    expect(kpis.revenueMultiple).toBe('1.986');
    expect(closeTo(kpis.roi, 224166.5 / 240000, '1e-15')).toBe(true);
    expect(closeTo(kpis.costPerMTokens, 39473.5 / 23832, '1e-15')).toBe(true);
    expect(closeTo(kpis.cashCostPerMTokens, 252473.5 / 23832, '1e-15')).toBe(true);
    expect(closeTo(kpis.energyCostPerMTokens, 1373.5 / 23832, '1e-15')).toBe(true);
    expect(closeTo(kpis.joulesPerToken, (13.735 * 3.6e9) / 2.3832e10, '1e-15')).toBe(true); // 2.0747…
    expect(closeTo(kpis.tokensPerMWh, 2.3832e10 / 13.735, '1e-15')).toBe(true);
    expect(closeTo(kpis.energyCostPerRevenueDollar, 1373.5 / 476640, '1e-15')).toBe(true);
    expect(closeTo(kpis.grossMarginPct, (476640 - 39473.5) / 476640, '1e-15')).toBe(true);
    expect(closeTo(kpis.breakEvenApiPricePerMTokens, 36473.5 / 23832, '1e-15')).toBe(true);
  });

  it('step 9: the application’s unit costs', () => {
    const app = result.applications[0];
    expect(app?.allocatedCost).toBe('13833.88214914720059325176');
    expect(closeTo(app?.costPerMTokens, '0.5804750817869755200256696878147029', '1e-30')).toBe(true); // 13833.88…/23832
    expect(closeTo(app?.costPerQuery, 0.5804750817869755 * 0.002, '1e-15')).toBe(true);
    expect(closeTo(app?.costPerTask, 0.5804750817869755 * 0.01, '1e-15')).toBe(true);
    expect(closeTo(app?.marginPct, (476640 - 13833.882149147201) / 476640, '1e-15')).toBe(true);
  });

  it('one fiscal year (calendar 2028) holds the three months', () => {
    expect(result.fiscalYears.map((y) => [y.fiscalYear, y.revenue, y.cashFlow, y.cumulativeCashFlow])).toEqual([
      [2028, '476640', '224166.5', '224166.5'],
    ]);
    expect(result.warnings).toEqual([]);
  });
});
