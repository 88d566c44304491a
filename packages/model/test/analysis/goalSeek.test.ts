import { describe, expect, it } from 'vitest';
import { applyDriver, goalSeek } from '../../src/analysis';
import { Decimal } from '../../src/decimal';
import { project } from '../../src/projection/project';
import { scenarioSchema } from '../../src/scenario/schema';
import { apiOnly, ownedFixed, ownedFixedInput } from './handScenarios';

describe('goalSeek', () => {
  it('finds the revenue price factor for a target NPV (linear by hand)', () => {
    // apiOnly: NPV = 18,600 · (10f − 4) = 150,000 ⇔ f = (150,000 / 18,600 + 4) / 10 = 1.2064516129…
    const r = goalSeek(apiOnly, { driver: 'revenuePrice', kpi: 'npv', target: 150000 });
    expect(r.status).toBe('found');
    const expected = new Decimal(150000).div(18600).plus(4).div(10);
    expect(new Decimal(r.factor ?? 0).minus(expected).abs().lte('1e-10')).toBe(true);
    expect(Math.abs(Number(r.value) - 150000)).toBeLessThanOrEqual(150000 * 1e-6);
    expect(r.changes).toEqual([{ path: 'applications[0].revenuePerMTokens', from: '10', to: new Decimal(10).times(r.factor ?? 0).toFixed() }]);
  });

  it('finds the revenue price that pays the node back in 9 months, checked on the Decimal engine', () => {
    const r = goalSeek(ownedFixed, { driver: 'revenuePrice', kpi: 'paybackMonths', target: 9 });
    expect(r.status).toBe('found');
    const check = project(applyDriver(ownedFixed, 'revenuePrice', r.factor ?? '1'));
    expect(Math.abs(Number(check.kpis.paybackMonths) - 9)).toBeLessThanOrEqual(1e-5);
    // Today (f = 1) it pays back later (about 9.8 months in §4's v2 convention; v1 said 10.8), so the price must rise.
    expect(Number(project(ownedFixed).kpis.paybackMonths)).toBeGreaterThan(9);
    expect(Number(r.factor)).toBeGreaterThan(1);
  });

  it('reports impossibility with the range the KPI covers', () => {
    // No platform: the energy price cannot move NPV off 111,600.
    const r = goalSeek(apiOnly, { driver: 'energyPrice', kpi: 'npv', target: 0 });
    expect(r.status).toBe('unreachable');
    expect(r.factor).toBeNull();
    expect(r.range.lowestValue).toBeCloseTo(111600, 6);
    expect(r.range.highestValue).toBeCloseTo(111600, 6);
    expect(r.message).toContain('No energyPrice factor');
    // A 1-month payback needs capex × ~0.19 (cumulative 0 after two months of ~$9,256): outside ×[0.5, 2].
    const narrow = goalSeek(ownedFixed, { driver: 'capex', kpi: 'paybackMonths', target: 1, minFactor: 0.5, maxFactor: 2 });
    expect(narrow.status).toBe('unreachable');
  });

  it('says when the KPI jumps across the target (one more node), and where', () => {
    // ownedFixed as an auto fleet at 200 tokens/s/GPU, no software gains: February (the shortest month) needs 1e9 / (200·f·3600) busy GPU-hours
    // of 8·672·0.5 per node, i.e. 0.5166997…/f nodes. Above f* = 1e9 / (720,000 · 2,688) one node
    // (NPV 11,240); below it a second node is bought in February (NPV about −96,776): no factor gives 0.
    const auto = scenarioSchema.parse({
      ...ownedFixedInput,
      platforms: ownedFixedInput.platforms.map((p) => ({ ...p, throughput: { m: 200 }, softwareCurve: { type: 'none' }, fleet: { mode: 'auto', targetUtilization: 0.5 } })),
    });
    expect(project(auto).kpis.npv).toBe('11240');
    const r = goalSeek(auto, { driver: 'throughput', kpi: 'npv', target: 0 });
    expect(r.status).toBe('discontinuous');
    const jump = new Decimal(1e9).div(720000 * 2688);
    expect(new Decimal(r.factor ?? 0).minus(jump).abs().lte(jump.times('1e-9'))).toBe(true);
    expect(r.message).toContain('jumps across');
  });

  it('rejects an empty factor range', () => {
    expect(() => goalSeek(apiOnly, { driver: 'capex', kpi: 'npv', target: 0, minFactor: 2, maxFactor: 1 })).toThrow(RangeError);
  });
});
