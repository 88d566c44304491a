import { describe, expect, it } from 'vitest';
import { costPerMTokensSeries, paybackMonthIndex, selfHostedCost } from './derive';
import { PROJECTION, SCENARIO } from './testing/fixture';

describe('chart series', () => {
  it('computes cost per M tokens per platform as self-hosted cost ÷ served tokens × 1e6', () => {
    const rows = costPerMTokensSeries(PROJECTION, SCENARIO);
    // Nov 2027: (100 + 50 + 20 + 30 + 0) / 2,000,000 × 1e6 = 100; Dec: 200 / 4,000,000 × 1e6 = 50.
    expect(rows[0]?.['p:gpu']).toBeCloseTo(100, 10);
    expect(rows[1]?.['p:gpu']).toBeCloseTo(50, 10);
    // API: 40 / 500,000 × 1e6 = 80; all-in: 250 / 2,500,000 × 1e6 = 100.
    expect(rows[0]?.api).toBeCloseTo(80, 10);
    expect(rows[0]?.allIn).toBeCloseTo(100, 10);
    const first = PROJECTION.months[0]?.platforms[0];
    expect(first && selfHostedCost(first)).toBe(200);
  });

  it('marks payback in the month the cumulative cash flow turns non-negative', () => {
    expect(paybackMonthIndex('1.2471910112')).toBe(1);
    expect(paybackMonthIndex('2')).toBe(1); // turned exactly at the end of month 1
    expect(paybackMonthIndex('0')).toBe(0);
    expect(paybackMonthIndex(null)).toBeNull();
  });
});
