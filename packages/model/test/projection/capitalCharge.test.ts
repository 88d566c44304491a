import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { ownedPlatform, rentedPlatform, application, scenario } from '../helpers/build';
import { monthly, runPlatform, texts } from './capitalRun';

describe('§8 capital charge', () => {
  it('m = 0: capex · (1 − residual) / n a month for n months, stopped at retirement', () => {
    // capex 1000, residual 20 %, n = 10: 1000 · 0.8 / 10 = 80
    const fixed = ownedPlatform({ residualValuePct: 0.2, fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } });
    const run = runPlatform(scenario({ horizonMonths: 12, platforms: [fixed] }), []);
    expect(texts(run.costs.capitalCharge)).toEqual([...Array(10).fill('80'), '0', '0']);
    // auto, life 3, demand gone after month 1: the cohort retires at 3 and is not replaced
    const retiring = ownedPlatform({ residualValuePct: 0.2, usefulLifeMonths: 3 });
    const run2 = runPlatform(scenario({ horizonMonths: 6, platforms: [retiring] }), [1, 1, 0, 0, 0, 0]);
    expect(monthly(run2, 'nodes')).toEqual([1, 1, 1, 0, 0, 0]);
    expect(texts(run2.costs.capitalCharge)).toEqual(['80', '80', '80', '0', '0', '0']);
  });

  it('m > 0: capex · (1 − residual/(1+m)^n) · m / (1 − (1+m)^−n)', () => {
    // annual 1.01^12 − 1 (exact) → m = 0.01; n = 2, residual 50 %:
    // (1 − 0.5/1.0201) · 0.01 · 1.0201 / 0.0201 = 0.5201 · 0.01 / 0.0201 = 0.005201 / 0.0201
    const platform = ownedPlatform({ depreciationMonths: 2, residualValuePct: 0.5, fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } });
    const s = scenario({ horizonMonths: 3, discountRateAnnual: '0.126825030131969720661201', platforms: [platform] });
    const run = runPlatform(s, []);
    const expected = new Decimal(1000).times('0.005201').div('0.0201'); // 258.756218905472636…
    for (const t of [0, 1]) expect(run.costs.capitalCharge[t]?.minus(expected).abs().lt('1e-18')).toBe(true);
    expect(run.costs.capitalCharge[2]?.toFixed()).toBe('0');
  });
});

describe('§8 hosting escalation', () => {
  it('steps hosting once a model year: N · kW · perKwMonth · (1 + esc)^year(t)', () => {
    // 1 node of 1 kW at 10 a kW-month, +10 % a year: 10 (year 0), 11 (year 1), 12.1 (year 2)
    const fixed = ownedPlatform({ fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } });
    const run = runPlatform(scenario({ horizonMonths: 25, hosting: { perKwMonth: 10, annualEscalation: 0.1 }, platforms: [fixed] }), []);
    expect(texts(run.costs.hosting)).toEqual([...Array(12).fill('10'), ...Array(12).fill('11'), '12.1']);
  });
});

describe('§9 reserved + on-demand rent', () => {
  const rented = (maxNodes: number) =>
    rentedPlatform({
      id: 'p',
      acquisition: { type: 'rent', pricePerGpuHour: 2, annualPriceDecline: 0.19, reserved: { nodes: 2, pricePerGpuHour: 1.5 } },
      fleet: { mode: 'auto', targetUtilization: 1, maxNodes },
    });
  it('keeps R nodes whatever the demand or cap, pays them at the reserved price (no decline)', () => {
    // June 2027 start: 720 h (June), 744 h (July); June 2028 (t = 12): 720 h, decline 0.81
    const capped = runPlatform(scenario({ horizonMonths: 13, platforms: [rented(1)], applications: [application()] }), [3]);
    // cap 1 < R = 2: N = max(2, min(1, 3)) = 2 → 2 · 1.5 · 720 = 2160; then 2 · 1.5 · 744 = 2232
    expect(monthly(capped, 'nodes').slice(0, 2)).toEqual([2, 2]);
    expect(texts(capped.costs.rentalCost).slice(0, 2)).toEqual(['2160', '2232']);
    expect(monthly(capped, 'reservedNodes')).toEqual(Array(13).fill(2));
    const demand = [3, ...Array(11).fill(0), 3];
    const open = runPlatform(scenario({ horizonMonths: 13, platforms: [rented(5)] }), demand);
    // month 0: N = 3: (2 · 1.5 + 1 · 2) · 720 = 3600; month 12: (2 · 1.5 + 1 · 2 · 0.81) · 720 = 3326.4
    expect(monthly(open, 'nodes')[0]).toBe(3);
    expect(open.costs.rentalCost[0]?.toFixed()).toBe('3600');
    expect(open.costs.rentalCost[12]?.toFixed()).toBe('3326.4');
    expect(open.costs.rentalCost[1]?.toFixed()).toBe('2232'); // N = R = 2 with no demand
  });
});
