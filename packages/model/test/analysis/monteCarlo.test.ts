import { describe, expect, it } from 'vitest';
import {
  applyDriver,
  DRIVERS,
  evaluatePathDecimal,
  evaluatePathFloat,
  monteCarloSteps,
  runMonteCarlo,
  samplePathFactors,
  type Triangular,
} from '../../src/analysis';
import { project } from '../../src/projection/project';
import type { Scenario } from '../../src/scenario/schema';
import { typicalScenario } from '../fixtures/typical';
import { ownedFixed } from './handScenarios';

const all = (t: Triangular) => Object.fromEntries(DRIVERS.map((d) => [d, t]));
const close = (a: number | null, b: number, rel = 1e-9) => a !== null && Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

describe('runMonteCarlo', () => {
  it('equals the deterministic projection when every distribution is degenerate (low = mode = high = 1)', () => {
    const result = runMonteCarlo(typicalScenario, { paths: 300, seed: 11, distributions: all({ low: 1, mode: 1, high: 1 }) });
    const exact = project(typicalScenario);
    const npv = Number(exact.kpis.npv);
    for (const p of [result.npv.p10, result.npv.p50, result.npv.p90, result.npv.min, result.npv.max]) expect(close(p, npv)).toBe(true);
    exact.months.forEach((m, t) => {
      const cash = Number(m.cashFlow);
      const cost = Number(m.opex) + Number(m.capex);
      for (const q of ['p10', 'p50', 'p90'] as const) {
        expect(close(result.months.cashFlow[q][t] ?? NaN, cash)).toBe(true);
        expect(close(result.months.cost[q][t] ?? NaN, cost)).toBe(true);
      }
    });
    expect(result.npvHistogram).toEqual([{ from: result.npv.min, to: result.npv.max, count: 300 }]);
  });

  it('equals the projection of the transformed scenario for degenerate distributions away from 1', () => {
    const distributions = { revenuePrice: { low: 0.5, mode: 0.5, high: 0.5 }, capex: { low: 1.5, mode: 1.5, high: 1.5 } };
    const result = runMonteCarlo(ownedFixed, { paths: 50, distributions });
    const exact = project(applyDriver(applyDriver(ownedFixed, 'revenuePrice', '0.5'), 'capex', '1.5'));
    // By hand: revenue 60,000, energy 8,760, capex 150,000: NPV −98,760; never pays back.
    expect(exact.kpis.npv).toBe('-98760');
    expect(close(result.npv.p50, -98760)).toBe(true);
    expect(result.paybackMonths).toEqual({ p10: null, p50: null, p90: null });
    expect(result.probabilityPaybackWithinHorizon).toBe(0);
  });

  it('is reproducible: the same seed gives identical results, another seed different ones', () => {
    const a = runMonteCarlo(typicalScenario, { paths: 400, seed: 42 });
    const b = runMonteCarlo(typicalScenario, { paths: 400, seed: 42 });
    const c = runMonteCarlo(typicalScenario, { paths: 400, seed: 43 });
    expect(b).toEqual(a);
    expect(c.npv.p50).not.toBe(a.npv.p50);
    expect(c.npvHistogram).not.toEqual(a.npvHistogram);
  });

  it('does not depend on the chunk size', () => {
    const a = runMonteCarlo(typicalScenario, { paths: 120, seed: 5, chunkSize: 7 });
    const b = runMonteCarlo(typicalScenario, { paths: 120, seed: 5, chunkSize: 1000 });
    expect(a).toEqual(b);
  });

  it('orders P10 ≤ P50 ≤ P90 for NPV, payback, IRR and every month of the fans', () => {
    const r = runMonteCarlo(ownedFixed, { paths: 1000, seed: 9, distributions: all({ low: 0.6, mode: 1, high: 1.5 }) });
    const ordered = (p: { p10: number | null; p50: number | null; p90: number | null }) =>
      p.p10 !== null && p.p50 !== null && p.p90 !== null && p.p10 <= p.p50 && p.p50 <= p.p90;
    expect(ordered(r.npv)).toBe(true);
    expect(r.npv.p10 ?? NaN).toBeLessThan(r.npv.p90 ?? NaN);
    expect(r.npv.min).toBeLessThanOrEqual(r.npv.p10 ?? NaN);
    expect(ordered(r.irrAnnual)).toBe(true);
    for (const line of [r.months.cost, r.months.cashFlow]) {
      line.p50.forEach((p50, t) => expect((line.p10[t] ?? NaN) <= p50 && p50 <= (line.p90[t] ?? NaN)).toBe(true));
    }
    expect(r.npvHistogram.reduce((n, b) => n + b.count, 0)).toBe(1000);
    // Payback: some paths pay back within the year, some never (counted as beyond the horizon).
    expect(r.probabilityPaybackWithinHorizon).toBeGreaterThan(0);
    expect(r.probabilityPaybackWithinHorizon).toBeLessThan(1);
  });

  it('matches the Decimal engine path by path to 1e-9 (NPV, IRR, payback, monthly cost and cash flow)', () => {
    const check = (s: Scenario, seed: number) => {
      const options = { seed, distributions: all({ low: 0.5, mode: 0.9, high: 1.6 }) };
      for (const factors of samplePathFactors(options, 12)) {
        const exact = evaluatePathDecimal(s, factors);
        const fast = evaluatePathFloat(s, factors);
        let grossNpv = 0;
        exact.cashFlow.forEach((cf, t) => {
          const gross = Math.abs(cf) + 2 * (exact.cost[t] ?? 0);
          grossNpv += gross;
          expect(Math.abs((fast.cashFlow[t] ?? NaN) - cf)).toBeLessThanOrEqual(1e-9 * gross + 1e-9);
          expect(Math.abs((fast.cost[t] ?? NaN) - (exact.cost[t] ?? NaN))).toBeLessThanOrEqual(1e-9 * gross + 1e-9);
        });
        expect(Math.abs(fast.npv - exact.npv)).toBeLessThanOrEqual(1e-9 * grossNpv);
        expect(fast.paybackMonths === null).toBe(exact.paybackMonths === null);
        if (exact.paybackMonths !== null) expect(close(fast.paybackMonths, exact.paybackMonths)).toBe(true);
        expect(fast.irrAnnual === null).toBe(exact.irrAnnual === null);
        if (exact.irrAnnual !== null) expect(close(fast.irrAnnual, exact.irrAnnual, 1e-7)).toBe(true);
      }
    };
    check(typicalScenario, 1);
    check(ownedFixed, 2);
  });

  it('stops between chunks when cancelled and reports the paths completed', () => {
    let polls = 0;
    const progress: number[] = [];
    const r = runMonteCarlo(typicalScenario, { paths: 1000, chunkSize: 100 }, { onProgress: (p) => progress.push(p.completedPaths), shouldCancel: () => ++polls >= 3 });
    expect(r.cancelled).toBe(true);
    expect(r.completedPaths).toBe(300);
    expect(progress).toEqual([100, 200, 300, 300]);
    const steps = monteCarloSteps(typicalScenario, { paths: 10, chunkSize: 4 });
    expect(steps.next().value).toEqual({ completedPaths: 4, paths: 10 });
  });

  it('rejects bad options', () => {
    expect(() => runMonteCarlo(typicalScenario, { paths: 50_001 })).toThrow(RangeError);
    expect(() => runMonteCarlo(typicalScenario, { seed: -1 })).toThrow(RangeError);
    expect(() => runMonteCarlo(typicalScenario, { distributions: { capex: { low: 1.2, mode: 1, high: 1.3 } } })).toThrow(RangeError);
    expect(() => runMonteCarlo(typicalScenario, { distributions: { capex: { low: 0, mode: 1, high: 1.3 } } })).toThrow(RangeError);
  });
});
