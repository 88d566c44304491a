// The honest demo (issue 22): the internal budget pair earns nothing and is headlined by its cost;
// the inference service sells at the library's market price for each open model; both pairs are
// built from library entries only (the traceability test in test/referenceLibrary walks every preset).
import { describe, expect, it } from 'vitest';
import { findPreset, findReferenceEntry, project, validateScenario, type Scenario } from '../../src';

function scenarios(id: string): Scenario[] {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.scenarios.map((doc) => {
    const v = validateScenario(doc);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    return v.scenario;
  });
}

describe('demo presets', () => {
  it('the internal budget pair is a cost centre: no revenue, no payback, a present value of cost', () => {
    const pair = scenarios('blackwell-vs-hopper-budget');
    expect(pair.map((s) => s.name)).toEqual(['Blackwell B200 — internal budget', 'Hopper H100 — internal budget']);
    for (const s of pair) {
      expect(s.revenueMode).toBe('costCentre');
      expect(s.applications.every((a) => a.revenuePerMTokens === '0')).toBe(true);
      const k = project(s).kpis;
      expect(k.totalRevenue).toBe('0');
      expect([k.paybackMonths, k.irrAnnual, k.grossMarginPct]).toEqual([null, null, null]);
      // npv = −presentValueOfCost in a cost centre (spec §8)
      expect(Number(k.presentValueOfCost)).toBeGreaterThan(0);
      expect(Number(k.npv)).toBeCloseTo(-Number(k.presentValueOfCost), 0);
    }
  });

  it('the inference service charges the library market price of each open model', () => {
    const pair = scenarios('inference-service');
    for (const s of pair) {
      expect(s.revenueMode).toBe('revenue');
      const prices = Object.fromEntries(s.applications.map((a) => [a.model, a.revenuePerMTokens]));
      expect(prices).toEqual({
        'llama-3.3-70b': findReferenceEntry('api.market.llama-3.3-70b.blended')?.value,
        'gpt-oss-120b': findReferenceEntry('api.market.gpt-oss-120b.blended')?.value,
      });
    }
  });

  it('describes in words what each template assumes, and traces every figure to an entry', () => {
    for (const id of ['blackwell-vs-hopper-budget', 'inference-service']) {
      const preset = findPreset(id);
      expect(preset?.description).toMatch(/assum|priced at|Same site/i);
      for (const sources of preset?.sources ?? []) {
        expect(Object.keys(sources).length).toBeGreaterThan(25);
        for (const entryId of Object.values(sources)) expect(findReferenceEntry(entryId)?.source.url).toMatch(/^https:\/\//);
      }
    }
  });
});
