import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { demandSeries } from '../../src/projection/demand';
import { project } from '../../src/projection/project';
import { application, closeTo, scenario } from '../helpers/build';

const texts = (series: readonly Decimal[]) => series.map((x) => x.toFixed());

describe('demand', () => {
  it('compounds: D0·(1+g)^t (1000 at 10 % a month: 1000, 1100, 1210, 1331)', () => {
    expect(texts(demandSeries(new Decimal(1000), { type: 'compound', monthlyRate: '0.1' }, 4))).toEqual([
      '1000', '1100', '1210', '1331',
    ]);
  });

  it('shrinks with a negative compound rate (−50 %: 800, 400, 200)', () => {
    expect(texts(demandSeries(new Decimal(800), { type: 'compound', monthlyRate: '-0.5' }, 3))).toEqual(['800', '400', '200']);
  });

  it('grows linearly and never goes below zero: max(0, D0 + k·t)', () => {
    // 100 − 30·t: 100, 70, 40, 10, then −20 and −50 are floored at 0
    expect(texts(demandSeries(new Decimal(100), { type: 'linear', monthlyIncrement: '-30' }, 6))).toEqual([
      '100', '70', '40', '10', '0', '0',
    ]);
  });

  it('follows the logistic curve C / (1 + (C/D0 − 1)·e^(−r·t)), starting at exactly D0', () => {
    const series = demandSeries(new Decimal(100), { type: 'logistic', capacity: '1000', rate: '0.5' }, 24);
    expect(series[0]?.toFixed()).toBe('100');
    for (const t of [1, 5, 12, 23]) {
      const expected = 1000 / (1 + 9 * Math.exp(-0.5 * t)); // float64, independent
      expect(Math.abs(Number(series[t]) - expected)).toBeLessThan(1e-9 * expected);
    }
  });

  it('keeps logistic demand at 0 when D0 = 0 (no seed to grow from)', () => {
    expect(texts(demandSeries(new Decimal(0), { type: 'logistic', capacity: '1000', rate: '1' }, 3))).toEqual(['0', '0', '0']);
  });

  it('puts demand on the token grid (6 decimals): 1e6 at 0.1234567 % a month', () => {
    // 1e6 · 1.001234567 = 1001234.567 exactly; t = 2: 1002470.6583…(rounded to 6 dp)
    const series = demandSeries(new Decimal(1e6), { type: 'compound', monthlyRate: '0.001234567' }, 3);
    expect(series[1]?.toFixed()).toBe('1001234.567');
    const exact = new Decimal('1001234.567').times('1.001234567'); // 1002470.658292…
    expect(series[2]?.toFixed()).toBe(exact.toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN).toFixed());
  });

  it('reports each application’s demand per month in the projection', () => {
    const result = project(
      scenario({
        horizonMonths: 3,
        applications: [application({ tokensMonth0: 5e9, growth: { type: 'compound', monthlyRate: 0.2 } })],
      }),
    );
    expect(result.months.map((m) => m.applications[0]?.demandTokens)).toEqual(['5000000000', '6000000000', '7200000000']);
    expect(result.months.map((m) => m.demandTokens)).toEqual(['5000000000', '6000000000', '7200000000']);
    expect(closeTo(result.months[2]?.demandTokens, 7.2e9)).toBe(true);
  });
});
