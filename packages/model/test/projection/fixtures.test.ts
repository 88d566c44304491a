import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { project } from '../../src/projection/project';
import { largeScenario, typicalScenario } from '../fixtures/typical';

const sum = (texts: readonly string[]) => texts.reduce((a, t) => a.plus(t), new Decimal(0));

describe('benchmark fixtures', () => {
  it('typical: 60 months, 10 applications, 3 platforms (one rented), 1 API option', () => {
    expect(typicalScenario.horizonMonths).toBe(60);
    expect(typicalScenario.applications).toHaveLength(10);
    expect(typicalScenario.platforms.map((p) => p.acquisition.type)).toEqual(['own', 'own', 'rent']);
    expect(typicalScenario.apiOptions).toHaveLength(1);
  });

  it('large: 120 months, 200 applications on 20 platforms, allocation exact every month (spread policy)', () => {
    const scenario = largeScenario();
    expect([scenario.horizonMonths, scenario.applications.length, scenario.platforms.length]).toEqual([120, 200, 20]);
    const result = project(scenario);
    for (const month of result.months) {
      const allocated = sum(month.applications.map((a) => a.allocatedCost)).plus(sum(month.platforms.map((p) => p.idleCost)));
      const cost = sum(month.platforms.flatMap((p) => [p.energyCost, p.hosting, p.maintenance, p.depreciation, p.rentalCost])).plus(month.apiCost);
      expect(allocated.eq(cost)).toBe(true);
      expect(sum(month.applications.map((a) => a.demandTokens)).eq(month.demandTokens)).toBe(true);
    }
  }, 120_000);
});
