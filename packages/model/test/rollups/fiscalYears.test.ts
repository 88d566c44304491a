import { describe, expect, it } from 'vitest';
import { project } from '../../src/projection/project';
import { MONTH_FLOW_LINES } from '../../src/projection/types';
import { Decimal } from '../../src/decimal';
import { apiOption, application, scenario } from '../helpers/build';

describe('fiscal years', () => {
  // May 2027 … Aug 2028 (16 months), fixed opex $1000 a month, fiscal year from July
  const result = project(
    scenario({
      start: '2027-05',
      horizonMonths: 16,
      fiscalYearStartMonth: 7,
      fixedOpexPerMonth: 1000,
      platforms: [],
      apiOptions: [apiOption({ inputPricePerMTokens: 2, outputPricePerMTokens: 2 })],
      applications: [application({ servedBy: { api: 'api' }, tokensMonth0: 1e6, revenuePerMTokens: 5 })],
    }),
  );

  it('names July 2027 – June 2028 fiscal 2028 and keeps the partial years at both ends', () => {
    // FY2027: May–Jun 2027 (2 months); FY2028: Jul 2027–Jun 2028 (12); FY2029: Jul–Aug 2028 (2)
    expect(result.fiscalYears.map((y) => y.fiscalYear)).toEqual([2027, 2028, 2029]);
    expect(result.fiscalYears.map((y) => y.fixedOpex)).toEqual(['2000', '12000', '2000']);
    expect(result.fiscalYears.map((y) => y.opex)).toEqual(['2004', '12024', '2004']); // + API $2 a month
    expect(result.fiscalYears.map((y) => y.revenue)).toEqual(['10', '60', '10']);
    expect(result.fiscalYears.map((y) => y.servedTokens)).toEqual(['2000000', '12000000', '2000000']);
  });

  it('closes each fiscal year with the cumulative cash flow of its last month', () => {
    // cash flow 5 − 1002 = −997 a month
    expect(result.fiscalYears.map((y) => y.cumulativeCashFlow)).toEqual(['-1994', '-13958', '-15952']);
  });

  it('sums every monthly flow line over its months', () => {
    for (const line of MONTH_FLOW_LINES) {
      const total = result.months.reduce((sum, m) => sum.plus(m[line]), new Decimal(0));
      const byYear = result.fiscalYears.reduce((sum, y) => sum.plus(y[line]), new Decimal(0));
      expect(byYear.eq(total), line).toBe(true);
    }
  });

  it('uses calendar years when the fiscal year starts in January', () => {
    const calendar = project(scenario({ start: '2027-11', horizonMonths: 3, fiscalYearStartMonth: 1, fixedOpexPerMonth: 1 }));
    expect(calendar.fiscalYears.map((y) => [y.fiscalYear, y.fixedOpex])).toEqual([
      [2027, '2'],
      [2028, '1'],
    ]);
  });
});
