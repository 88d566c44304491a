import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { ownedPlatform, scenario } from '../helpers/build';
import { runPlatform } from './capitalRun';

const total = (series: readonly Decimal[]) => series.reduce((a, b) => a.plus(b), new Decimal(0));

describe('§8 cohorts: every cohort exits inside the horizon (terminal value "bookValue")', () => {
  it('capex paid = depreciation + disposals’ book values + terminal value; = tax depreciation + basis released', () => {
    fc.assert(
      fc.property(
        fc.record({
          horizon: fc.integer({ min: 1, max: 18 }),
          fixed: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
          life: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
          lag: fc.integer({ min: 0, max: 4 }),
          depreciationMonths: fc.integer({ min: 1, max: 12 }),
          residual: fc.constantFrom(0, 0.1, 0.25, 1),
          capex: fc.integer({ min: 1, max: 100000 }),
          macrs: fc.boolean(),
          bonus: fc.constantFrom(0, 0.3, 1),
          demand: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 18, maxLength: 18 }),
        }),
        (c) => {
          const platform = ownedPlatform({
            capexPerNode: c.capex / 7, // not a round number: rounding on the money grid is exercised
            depreciationMonths: c.depreciationMonths,
            residualValuePct: c.residual,
            deploymentLagMonths: c.lag,
            ...(c.life === undefined ? {} : { usefulLifeMonths: c.life }),
            ...(c.fixed === undefined ? {} : { fleet: { mode: 'fixed' as const, nodes: c.fixed, targetUtilization: 1 } }),
          });
          const s = scenario({
            horizonMonths: c.horizon,
            terminalValue: 'bookValue',
            tax: { rate: 0.2, depreciation: c.macrs ? 'macrs5' : 'book', bonusPct: c.bonus },
            platforms: [platform],
          });
          const { costs, operations } = runPlatform(s, c.demand);
          const capex = total(costs.capex);
          const exits = total(costs.depreciation).plus(total(costs.disposalProceeds)).plus(total(costs.terminalValue));
          expect(exits.toFixed()).toBe(capex.toFixed());
          expect(total(costs.taxDepreciation).plus(total(costs.taxBasisReleased)).toFixed()).toBe(capex.toFixed());
          // nodes ordered = nodes that entered service; retired + in service at H−1 = ordered
          const ordered = total(operations.months.map((m) => m.nodesOrdered));
          const retired = total(operations.months.map((m) => m.nodesRetired));
          expect(retired.plus(operations.months[c.horizon - 1]?.nodes ?? 0).toFixed()).toBe(ordered.toFixed());
        },
      ),
      { numRuns: 300 },
    );
  });
});
