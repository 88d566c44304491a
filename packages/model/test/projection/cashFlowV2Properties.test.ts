/**
 * A scenario without §8/§9 fields projects as in v1 (spec §8): no disposals, terminal value, tax
 * or tax depreciation; after-tax cash flow = cash flow = revenue − opex − capex; no after-tax
 * KPIs; total cost = opex + capex and NPV = revenue's present value − present value of cost.
 * (Byte identity with the previous engine is bench/compare-engines.ts's; only the payback
 * convention of §4 changes, see test/kpis/payback.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { project } from '../../src/projection/project';
import { scenarioSchema } from '../../src/scenario/schema';
import { scenarioInputArbitrary } from '../analysis/arbitraries';

describe('a v1 scenario under the v2 engine', () => {
  it('has zero §8 lines, after-tax = cash flow, no after-tax KPIs, and total cost = opex + capex', () => {
    const inputs = fc.sample(scenarioInputArbitrary, { seed: 20261203, numRuns: 25 });
    for (const input of inputs) {
      const result = project(scenarioSchema.parse(input));
      for (const m of result.months) {
        expect([m.disposalProceeds, m.terminalValue, m.tax, m.taxDepreciation]).toEqual(['0', '0', '0', '0']);
        expect(m.afterTaxCashFlow).toBe(m.cashFlow);
        expect(new Decimal(m.revenue).minus(m.opex).minus(m.capex).toFixed()).toBe(m.cashFlow);
      }
      const k = result.kpis;
      expect(k.afterTax).toBeNull();
      expect(k.totalCost).toBe(new Decimal(k.totalOpex).plus(k.totalCapex).toFixed());
    }
  });
});
