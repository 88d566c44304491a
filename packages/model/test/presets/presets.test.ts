import { describe, expect, it } from 'vitest';
import { PRESETS, findPreset, project, validateScenario } from '../../src/index';

describe('presets', () => {
  it.each(PRESETS.flatMap((p) => p.scenarios.map((doc, i) => [`${p.id} #${i}`, doc] as const)))(
    '%s is a valid scenario that projects without warnings of unmet demand',
    (_label, doc) => {
      const result = validateScenario(doc);
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (!result.ok) return;
      const projection = project(result.scenario);
      expect(projection.warnings.filter((w) => w.code.startsWith('unmet'))).toEqual([]);
    },
  );

  // Revenue now sits at open-model market prices (reference library), far below the old unsourced
  // $6/$3/$45 per M tokens, so neither fleet pays back: the pair compares cost, capex up front.
  it('offers the Blackwell vs Hopper pair as a cost comparison: capex up front, Blackwell cheaper per M tokens', () => {
    const pair = findPreset('blackwell-vs-hopper')?.scenarios ?? [];
    expect(pair).toHaveLength(2);
    const [blackwell, hopper] = pair.map((doc) => {
      const r = validateScenario(doc);
      if (!r.ok) throw new Error('invalid preset');
      return project(r.scenario);
    });
    // Month 0 buys the fleet, so month 0 is cash-negative and payback is a real number of months.
    expect(Number(blackwell?.months[0]?.cashFlow)).toBeLessThan(0);
    expect(Number(hopper?.months[0]?.cashFlow)).toBeLessThan(0);
    expect(Number(blackwell?.kpis.costPerMTokens)).toBeLessThan(Number(hopper?.kpis.costPerMTokens));
    expect(Number(blackwell?.kpis.npv)).toBeGreaterThan(Number(hopper?.kpis.npv));
  });
});
