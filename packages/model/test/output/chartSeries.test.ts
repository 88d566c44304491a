import { describe, expect, it } from 'vitest';
import {
  cashFlowRows,
  costPerMTokensRows,
  costStackFiscal,
  paybackMonthIndex,
  platformList,
  selfHostedCostOf,
} from '../../src/output/chartSeries';
import { PROJECTION, SCENARIO } from './fixture';

describe('chart series', () => {
  it('computes cost per M tokens per platform as self-hosted cost ÷ served tokens × 1e6', () => {
    const rows = costPerMTokensRows(PROJECTION, SCENARIO);
    // Nov: (100 + 50 + 20 + 30 + 0) / 2,000,000 × 1e6 = 100; Dec: 200 / 4,000,000 × 1e6 = 50.
    expect(rows[0]?.['p:gpu']).toBeCloseTo(100, 10);
    expect(rows[1]?.['p:gpu']).toBeCloseTo(50, 10);
    // API: 40 / 500,000 × 1e6 = 80; all-in: 250 / 2,500,000 × 1e6 = 100; December served nothing on record.
    expect(rows[0]?.api).toBeCloseTo(80, 10);
    expect(rows[0]?.allIn).toBeCloseTo(100, 10);
    expect(rows[1]?.allIn).toBeNull();
    const first = PROJECTION.months[0]?.platforms[0];
    expect(first && selfHostedCostOf(first)).toBe(200);
  });

  it('marks payback in the month the cumulative cash flow turns non-negative', () => {
    // §4 (v2): payback = (k − 1) + (−cum_{k−1}) / CF_k with the fraction in (0, 1], so k = ⌈payback⌉.
    // Cumulative −220 then +670: k = 1, payback = 0 + 220/890 = 0.2471…
    expect(paybackMonthIndex('0.2471910112')).toBe(1);
    expect(paybackMonthIndex('2')).toBe(2); // cumulative exactly 0 at the end of month 2: fraction 1
    expect(paybackMonthIndex('1.5')).toBe(2);
    expect(paybackMonthIndex('0')).toBe(0);
    expect(paybackMonthIndex(null)).toBeNull();
  });

  it('draws cash flow, the cost stack per fiscal year and platforms in scenario order', () => {
    expect(cashFlowRows(PROJECTION).slice(0, 2)).toEqual([
      { t: 0, month: '2027-11', cashFlow: -220, cumulative: -220 },
      { t: 1, month: '2027-12', cashFlow: 890, cumulative: 670 },
    ]);
    expect(costStackFiscal(PROJECTION)[0]).toMatchObject({ label: 'FY2027', depreciation: 60, energyCost: 200, apiCost: 0 });
    expect(platformList(PROJECTION, SCENARIO)).toEqual([{ id: 'gpu', name: 'GPU fleet' }]);
    expect(platformList(PROJECTION)).toEqual([{ id: 'gpu', name: 'gpu' }]);
  });
});
