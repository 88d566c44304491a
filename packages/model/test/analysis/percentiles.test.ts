import { describe, expect, it } from 'vitest';
import { createPrng, histogram, MonthlyFan, P2Quantile, quantileSorted, triangular } from '../../src/analysis';

describe('quantileSorted', () => {
  it('interpolates linearly between order statistics (PERCENTILE.INC)', () => {
    const v = Float64Array.of(10, 20, 30, 40, 50);
    expect(quantileSorted(v, 0.5)).toBe(30);
    expect(quantileSorted(v, 0.1)).toBe(14); // h = 0.4: 10 + 0.4·10
    expect(quantileSorted(v, 0.9)).toBe(46);
    expect(quantileSorted(Float64Array.of(1, Infinity, Infinity), 0.9)).toBe(Infinity);
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
  });
});

describe('P2Quantile', () => {
  it('is exact on constant input and on fewer than six values', () => {
    const c = new P2Quantile(0.9);
    for (let i = 0; i < 1000; i++) c.add(7.5);
    expect(c.value()).toBe(7.5);
    const few = new P2Quantile(0.5);
    [3, 1, 2].forEach((x) => few.add(x));
    expect(few.value()).toBe(2);
  });

  it('estimates P10/P50/P90 of a uniform sample within 1 % of the range', () => {
    const prng = createPrng(123);
    const fan = new MonthlyFan(1);
    const x = new Float64Array(1);
    for (let i = 0; i < 20000; i++) {
      x[0] = 100 * prng.next();
      fan.add(x);
    }
    const [[p10], [p50], [p90]] = fan.values() as [[number], [number], [number]];
    expect(Math.abs(p10 - 10)).toBeLessThan(1);
    expect(Math.abs(p50 - 50)).toBeLessThan(1);
    expect(Math.abs(p90 - 90)).toBeLessThan(1);
  });
});

describe('prng and triangular', () => {
  it('repeats a stream for a seed and differs between seeds', () => {
    const a = createPrng(1);
    const b = createPrng(1);
    const c = createPrng(2);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
    for (const u of sa) expect(u >= 0 && u < 1).toBe(true);
  });

  it('samples a triangular distribution by its inverse CDF: ends, mode and mean (low + mode + high) / 3', () => {
    expect(triangular(0, 0.8, 1, 1.5)).toBe(0.8);
    expect(triangular(0.999999999, 0.8, 1, 1.5)).toBeCloseTo(1.5, 4);
    // CDF at the mode is (mode − low) / (high − low) = 0.2 / 0.7
    expect(triangular(0.2 / 0.7, 0.8, 1, 1.5)).toBeCloseTo(1, 12);
    expect(triangular(0.3, 2, 2, 2)).toBe(2);
    const prng = createPrng(77);
    let sum = 0;
    for (let i = 0; i < 50000; i++) sum += triangular(prng.next(), 0.8, 1, 1.5);
    expect(Math.abs(sum / 50000 - 3.3 / 3)).toBeLessThan(0.003);
  });
});

describe('histogram', () => {
  it('counts values into equal-width bins from min to max', () => {
    expect(histogram(Float64Array.of(0, 1, 2, 3, 4, 10), 2)).toEqual([
      { from: 0, to: 5, count: 5 },
      { from: 5, to: 10, count: 1 },
    ]);
    expect(histogram(Float64Array.of(3, 3), 5)).toEqual([{ from: 3, to: 3, count: 2 }]);
  });
});
