import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { depreciationSeries } from '../../src/projection/depreciation';
import { project } from '../../src/projection/project';
import { application, ownedPlatform, scenario } from '../helpers/build';

const dec = (values: (number | string)[]) => values.map((v) => new Decimal(v));
const texts = (series: readonly Decimal[]) => series.map((x) => x.toFixed());

describe('depreciation', () => {
  it('writes each cohort off straight-line to its residual value, from its purchase month', () => {
    // 1200 in month 0 and 600 in month 2, residual 25 %, life 3 months:
    // cohort 0: 900 / 3 = 300 in months 0–2; cohort 2: 450 / 3 = 150 in months 2–4
    const series = depreciationSeries(dec([1200, 0, 600, 0, 0, 0]), new Decimal('0.25'), 3);
    expect(texts(series)).toEqual(['300', '300', '450', '150', '150', '0']);
  });

  it('cuts cohorts at the horizon (nothing pulled forward)', () => {
    const series = depreciationSeries(dec([1200, 0, 600, 0]), new Decimal('0.25'), 3);
    expect(texts(series)).toEqual(['300', '300', '450', '150']);
  });

  it('lets the last month take the rounding remainder, so a cohort sums to its base exactly', () => {
    const series = depreciationSeries(dec([1000, 0, 0]), new Decimal(0), 3);
    expect(texts(series)).toEqual(['333.33333333333333333333', '333.33333333333333333333', '333.33333333333333333334']);
    expect(series.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed()).toBe('1000');
  });

  it('depreciates the nodes an owned auto fleet adds, each from its own month', () => {
    // capex 1200/node, residual 0.1, 12 months: 1200·0.9/12 = 90 a node-month
    const result = project(
      scenario({
        horizonMonths: 3,
        start: '2027-09', // 720, 744, 720 hours
        platforms: [ownedPlatform({ capexPerNode: 1200, residualValuePct: 0.1, depreciationMonths: 12 })],
        // demand 720, 1440, 2160 busy hours: 1 node in Sep, ceil(1440/744) = 2 in Oct, 3 in Nov
        applications: [application({ tokensMonth0: 2.592e9, growth: { type: 'linear', monthlyIncrement: 2.592e9 } })],
      }),
    );
    expect(result.months.map((m) => m.platforms[0]?.nodes)).toEqual([1, 2, 3]);
    expect(result.months.map((m) => m.capex)).toEqual(['1200', '1200', '1200']);
    expect(result.months.map((m) => m.depreciation)).toEqual(['90', '180', '270']);
  });

  it('charges maintenance on the installed base: N · capexPerNode · maint / 12', () => {
    const result = project(
      scenario({ platforms: [ownedPlatform({ capexPerNode: 300000, maintenancePctPerYear: 0.05, fleet: { mode: 'fixed', nodes: 2, targetUtilization: 1 } })] }),
    );
    expect(result.months[0]?.maintenance).toBe('2500'); // 2 · 300000 · 0.05 / 12
  });
});
