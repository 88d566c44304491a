/**
 * §9 seats (docs/model.md §13): demand `seatsMonth0·(1+g)^t · tokensPerSeatMonth0·(1+h)^(t/12)`,
 * seat revenue `seats · revenuePerSeatMonth · (1 − erosion)^(t/12) · S/D` beside per-token revenue.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { project } from '../../src/projection/project';
import { runProjection } from '../../src/projection/run';
import { apiOption, application, closeTo, d, ownedPlatform, scenario } from '../helpers/build';

const seatApp = (seats: { seatsMonth0: number; monthlyGrowth: number; tokensPerSeatMonth0: number; tokensPerSeatAnnualGrowth: number }, overrides = {}) =>
  application({ tokensMonth0: undefined, growth: undefined, seats, ...overrides });

describe('seat demand', () => {
  it('grows seats monthly and tokens per seat yearly: docs §13.1, month 12 = 100 · 1.02^12 · 2e6 · 1.5', () => {
    const s = scenario({
      horizonMonths: 13,
      platforms: [],
      apiOptions: [apiOption()],
      applications: [
        seatApp({ seatsMonth0: 100, monthlyGrowth: 0.02, tokensPerSeatMonth0: 2e6, tokensPerSeatAnnualGrowth: 0.5 }, { servedBy: { api: 'api' }, revenuePerSeatMonth: 30 }),
      ],
    });
    const values = runProjection(s);
    const app = values.applications[0];
    // 1.02^12 = 1.268241794562545318301696 (exact: 24 decimals); seats 126.8241794562545318301696
    const seats12 = new Decimal('1.02').pow(12).times(100);
    expect(app?.seats?.[12]?.eq(seats12)).toBe(true);
    expect(app?.seats?.[0]?.toString()).toBe('100');
    // demand: 126.82417945625453… · 3e6 = 380,472,538.3687635954905088 → token grid (6 places) 380472538.368764
    expect(project(s).months[12]?.demandTokens).toBe('380472538.368764');
    expect(project(s).months[0]?.demandTokens).toBe('200000000'); // 100 · 2e6
    // seat revenue at $30, no erosion, served in full: 126.8241794562545318301696 · 30 = 3804.725383687635954905088
    expect(closeTo(app?.seatRevenue[12]?.toString(), '3804.725383687635954905088', '1e-19')).toBe(true);
    expect(closeTo(project(s).months[12]?.revenue, '3804.725383687635954905088', '1e-19')).toBe(true); // no per-token price
  });

  it('erodes the seat price like the token price: 10 seats · $20 · 0.64 after 12 months at 36 %/yr', () => {
    const s = scenario({
      horizonMonths: 13,
      platforms: [],
      apiOptions: [apiOption()],
      applications: [seatApp({ seatsMonth0: 10, monthlyGrowth: 0, tokensPerSeatMonth0: 1e6, tokensPerSeatAnnualGrowth: 0 }, { servedBy: { api: 'api' }, revenuePerSeatMonth: 20, annualPriceErosion: 0.36 })],
    });
    const app = runProjection(s).applications[0];
    expect(app?.seatRevenue[0]?.toString()).toBe('200'); // 10 · 20
    expect(app?.seatRevenue[12]?.toString()).toBe('128'); // 200 · 0.64
  });

  it('pays seat revenue on the served fraction when a capped fleet leaves demand unmet', () => {
    // One node (maxNodes 1) of 1 GPU at 1000 tokens/s, 720 hours: 1000 · 3600 · 720 = 2.592e9 tokens.
    // 1000 seats · 5.184e6 tokens = 5.184e9 demanded → f = 0.5, S = 2.592e9.
    // revenue = per token 2592 (S/1e6 · $1) + seats 1000 · $20 · 0.5 = 10,000 → 12,592
    const result = project(
      scenario({
        platforms: [ownedPlatform({ fleet: { mode: 'auto', targetUtilization: 1, maxNodes: 1 } })],
        applications: [seatApp({ seatsMonth0: 1000, monthlyGrowth: 0, tokensPerSeatMonth0: 5.184e6, tokensPerSeatAnnualGrowth: 0 }, { revenuePerSeatMonth: 20, revenuePerMTokens: 1 })],
      }),
    );
    const month = result.months[0];
    expect(month?.demandTokens).toBe('5184000000');
    expect(month?.servedTokens).toBe('2592000000');
    expect(month?.unmetTokens).toBe('2592000000');
    expect(month?.revenue).toBe('12592');
  });

  it('counts seat revenue in full when there is no demand (f = 1 when D = 0)', () => {
    // tokens per seat 0: D = 0, f = 1 → 10 seats · $20 = 200
    const app = runProjection(
      scenario({ applications: [seatApp({ seatsMonth0: 10, monthlyGrowth: 0, tokensPerSeatMonth0: 0, tokensPerSeatAnnualGrowth: 0 }, { revenuePerSeatMonth: 20 })] }),
    ).applications[0];
    expect(app?.demand[0]?.toString()).toBe('0');
    expect(app?.seatRevenue[0]?.toString()).toBe('200');
  });

  it('ignores revenuePerSeatMonth without seats, and exposes no seats for token demand', () => {
    // 1e6 tokens at $2 per M: revenue 2, whatever the seat price
    const values = runProjection(scenario({ applications: [application({ tokensMonth0: 1e6, revenuePerMTokens: 2, revenuePerSeatMonth: 50 })] }));
    expect(values.months[0]?.revenue.toString()).toBe('2');
    expect(values.applications[0]?.seats).toBeUndefined();
    expect(d(values.applications[0]?.seatRevenue[0]?.toString()).isZero()).toBe(true);
  });
});
