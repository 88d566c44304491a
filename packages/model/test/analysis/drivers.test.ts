import { describe, expect, it } from 'vitest';
import { applyDriver, applyDriverFloat, driverChanges, DRIVERS } from '../../src/analysis';
import { compileScenario, projectFloat } from '../../src/fast';
import { scenarioSchema } from '../../src/scenario/schema';
import { typicalScenario, typicalScenarioInput } from '../fixtures/typical';

const s = typicalScenario;

describe('applyDriver', () => {
  it('scales each growth type as documented: compound rate, linear increment, logistic headroom', () => {
    const out = applyDriver(s, 'demandGrowth', '1.2');
    const growth = Object.fromEntries(out.applications.map((a) => [a.id, a.growth]));
    expect(growth['support-chat']).toEqual({ type: 'compound', monthlyRate: '0.048' });
    expect(growth['doc-search']).toEqual({ type: 'linear', monthlyIncrement: '6000000000' });
    expect(growth['fraud-triage']).toEqual({ type: 'linear', monthlyIncrement: '-4800000000' });
    // logistic: D0 3e11, C 3e12: C' = 3e11 + 1.2 · 2.7e12 = 3.54e12
    expect(growth['code-assist']).toEqual({ type: 'logistic', capacity: '3540000000000', rate: '0.12' });
    expect(out.applications.map((a) => a.tokensMonth0)).toEqual(s.applications.map((a) => a.tokensMonth0));
  });

  it('scales software curves: compound improvement, the improvement of each step', () => {
    const out = applyDriver(s, 'softwareImprovement', '1.2');
    expect(out.platforms[0]?.softwareCurve).toEqual({ type: 'compound', annualImprovement: '0.36', cap: '3' });
    // steps 1.5 and 1.2 → 1 + 0.5·1.2 = 1.6 and 1 + 0.2·1.2 = 1.24
    expect(out.platforms[1]?.softwareCurve).toEqual({ type: 'steps', steps: [{ month: 6, multiplier: '1.6' }, { month: 18, multiplier: '1.24' }] });
    expect(out.platforms[2]?.softwareCurve).toEqual({ type: 'none' });
  });

  it('clamps utilisation and the discount rate at 1, growth above −0.99 and step multipliers at 0.01', () => {
    expect(applyDriver(s, 'utilizationTarget', 2).platforms.map((p) => p.fleet.targetUtilization)).toEqual(['1', '1', '1']);
    expect(applyDriver(s, 'discountRate', 20).discountRateAnnual).toBe('1');
    const declining = scenarioSchema.parse({
      ...typicalScenarioInput,
      applications: typicalScenarioInput.applications.map((a) => ({ ...a, growth: { type: 'compound', monthlyRate: -0.5 } })),
      platforms: typicalScenarioInput.platforms.map((p) => ({ ...p, softwareCurve: { type: 'steps', steps: [{ month: 1, multiplier: 0.5 }] } })),
    });
    expect(applyDriver(declining, 'demandGrowth', 2).applications[0]?.growth).toEqual({ type: 'compound', monthlyRate: '-0.99' });
    expect(applyDriver(declining, 'softwareImprovement', 3).platforms[0]?.softwareCurve).toEqual({ type: 'steps', steps: [{ month: 1, multiplier: '0.01' }] });
  });

  it('scales capex of owned platforms only, every throughput figure, the energy and revenue prices', () => {
    const capex = applyDriver(s, 'capex', '0.5');
    expect(capex.platforms.map((p) => p.capexPerNode)).toEqual(['250000', '150000', undefined]);
    expect(applyDriver(s, 'throughput', 2).platforms[0]?.throughput).toEqual({ 'gpt-oss-120b': '60000', 'llama-3.3-70b': '20000' });
    expect(applyDriver(s, 'energyPrice', '1.1').energy.pricePerMWh).toBe('99');
    expect(applyDriver(s, 'revenuePrice', '0.5').applications.map((a) => a.revenuePerMTokens)[4]).toBe('22.5');
    expect(s.energy.pricePerMWh).toBe('90'); // input untouched
  });

  it('lists what a factor changes', () => {
    expect(driverChanges(s, 'energyPrice', 2)).toEqual([{ path: 'energy.pricePerMWh', from: '90', to: '180' }]);
    expect(driverChanges(s, 'discountRate', 1)).toEqual([]);
  });

  it('rejects factors that are not finite and positive', () => {
    expect(() => applyDriver(s, 'capex', 0)).toThrow(RangeError);
    expect(() => applyDriver(s, 'capex', -1)).toThrow(RangeError);
    expect(() => applyDriverFloat(compileScenario(s), 'capex', Number.NaN)).toThrow(RangeError);
  });
});

describe('applyDriverFloat', () => {
  it('matches the Decimal transform, projected on the fast path, for every driver at 0.7 and 1.3', () => {
    const fs = compileScenario(s);
    for (const driver of DRIVERS) {
      for (const f of [0.7, 1.3]) {
        const viaDecimal = Array.from(projectFloat(compileScenario(applyDriver(s, driver, f))).cashFlow);
        const viaFloat = Array.from(projectFloat(applyDriverFloat(fs, driver, f)).cashFlow);
        viaDecimal.forEach((v, t) => expect(Math.abs((viaFloat[t] ?? NaN) - v), `${driver} × ${f} at ${t}`).toBeLessThanOrEqual(1e-9 * Math.abs(v) + 1e-6));
        const changed = driver === 'discountRate' ? applyDriverFloat(fs, driver, f).discountRateAnnual : 0;
        if (driver === 'discountRate') expect(changed).toBeCloseTo(0.1 * f, 15);
      }
    }
    expect(fs.energyPrice).toBe(90); // base untouched
  });
});
