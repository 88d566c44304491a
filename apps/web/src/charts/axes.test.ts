import { describe, expect, it } from 'vitest';
import { alignedZeroScales, monthTicks, niceScale, niceStep } from './axes';

describe('chart axes', () => {
  it('rounds steps up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.07)).toBeCloseTo(0.1, 12);
    expect(niceStep(120)).toBe(200);
    expect(niceStep(240)).toBe(250);
    expect(niceStep(333)).toBe(500);
    expect(niceStep(1000)).toBe(1000);
  });

  it('puts zero at the same height on both cash-flow axes', () => {
    const [left, right] = alignedZeroScales([-100, 50], [-100, 1000]);
    // One interval below zero: left step 100 (needs 100 below), right step 250 (needs 1000 / 4 above).
    expect(left.ticks).toEqual([-100, 0, 100, 200, 300, 400]);
    expect(right.ticks).toEqual([-250, 0, 250, 500, 750, 1000]);
    expect(left.domain).toEqual([-100, 400]);
  });

  it('starts at zero when nothing is negative', () => {
    const [left, right] = alignedZeroScales([10, 20], [100, 500]);
    expect(left.ticks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(right.ticks).toEqual([0, 100, 200, 300, 400, 500]);
  });

  it('labels quarters, half-years or Januaries by horizon length', () => {
    const months = (n: number) => Array.from({ length: n }, (_, t) => `${2027 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`);
    expect(monthTicks(months(12))).toEqual(['2027-01', '2027-04', '2027-07', '2027-10']);
    expect(monthTicks(months(60))).toHaveLength(10);
    expect(monthTicks(months(120))).toHaveLength(10);
  });
});

describe('single-axis nice scale', () => {
  it('runs from zero to a nice maximum', () => {
    // max 0.34 over 4 intervals → step 0.1 (0.085 rounds up), ticks 0 … 0.4.
    const s = niceScale([0.34, null, 0.06]);
    expect(s.ticks.map((t) => Number(t.toFixed(10)))).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });
  it('includes negatives', () => {
    expect(niceScale([-150, 450]).ticks).toEqual([-200, 0, 200, 400, 600]);
  });
});
