import { describe, expect, it } from 'vitest';
import { project } from '../../src/projection/project';
import { apiOption, application, closeTo, scenario } from '../helpers/build';

describe('prices', () => {
  it('erodes the revenue price monthly: p0 · (1 − e)^(t/12), 36 %/yr is 8 after 6 months and 6.4 after 12', () => {
    // 1e6 tokens a month on an API at $10 per M tokens
    const result = project(
      scenario({
        start: '2027-01',
        horizonMonths: 13,
        platforms: [],
        apiOptions: [apiOption()],
        applications: [application({ servedBy: { api: 'api' }, tokensMonth0: 1e6, revenuePerMTokens: 10, annualPriceErosion: 0.36 })],
      }),
    );
    const revenue = (t: number) => result.months[t]?.revenue;
    expect(revenue(0)).toBe('10');
    expect(closeTo(revenue(6), 8, '1e-19')).toBe(true); // 10 · √0.64, on the money grid
    expect(revenue(12)).toBe('6.4');
    expect(closeTo(revenue(1), 10 * 0.64 ** (1 / 12), '1e-14')).toBe(true); // float64 check
  });

  it('blends API input and output prices by output share and applies the API price decline', () => {
    // outputShare 0.25: 0.75 · $3 + 0.25 · $15 = $6 per M; decline 19 %/yr: × 0.9 after 6 months
    const result = project(
      scenario({
        horizonMonths: 13,
        platforms: [],
        apiOptions: [apiOption({ inputPricePerMTokens: 3, outputPricePerMTokens: 15, annualPriceDecline: 0.19 })],
        applications: [application({ servedBy: { api: 'api' }, tokensMonth0: 2e6, outputShare: 0.25 })],
      }),
    );
    expect(result.months[0]?.apiCost).toBe('12'); // 2 M tokens · $6
    expect(closeTo(result.months[6]?.apiCost, 10.8, '1e-19')).toBe(true); // 12 · 0.9
    expect(result.months[12]?.apiCost).toBe('9.72'); // 12 · 0.81
    expect(result.months[0]?.applications[0]?.allocatedCost).toBe('12'); // API cost goes to its application
    expect(result.months[0]?.unmetTokens).toBe('0'); // an API serves all demand
  });

  it('declines a rental price per GPU-hour the same way', () => {
    // 1 fixed rented node, $4/GPU-hour, 75 %/yr decline: × 0.5 after 6 months, × 0.25 after 12
    const result = project(
      scenario({
        start: '2027-01',
        horizonMonths: 13,
        platforms: [
          {
            id: 'p', name: 'Rented', acquisition: { type: 'rent', pricePerGpuHour: 4, annualPriceDecline: 0.75 },
            gpusPerNode: 1, powerKwPerNode: 1, idlePowerFraction: 0, throughput: { m: 1 },
            softwareCurve: { type: 'none' }, fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 },
          },
        ],
      }),
    );
    expect(result.months[0]?.rentalCost).toBe('2976'); // 744 h · $4
    expect(closeTo(result.months[6]?.rentalCost, 1488, '1e-20')).toBe(true); // July: 744 h · $4 · 0.5
    expect(result.months[12]?.rentalCost).toBe('744'); // Jan 2028: 744 h · $4 · 0.25
  });
});
