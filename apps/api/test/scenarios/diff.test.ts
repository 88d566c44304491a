import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/scenarios/diff';

describe('diffDocuments', () => {
  it('reports nothing for equal documents, whatever the key order', () => {
    expect(diffDocuments({ a: 1, b: { c: '2' } }, { b: { c: '2' }, a: 1 })).toEqual([]);
  });

  it('reports changed, added and removed leaves with validation-style paths, keys sorted', () => {
    const before = { name: 'A', energy: { pue: '1.3', pricePerMWh: '85' }, throughput: { 'llama-70b': '2700' } };
    const after = { name: 'B', energy: { pue: '1.3' }, throughput: { 'llama-70b': '3000' }, contingencyPct: '0.05' };
    expect(diffDocuments(before, after)).toEqual([
      { path: 'contingencyPct', kind: 'added', after: '0.05' },
      { path: 'energy.pricePerMWh', kind: 'removed', before: '85' },
      { path: 'name', kind: 'changed', before: 'A', after: 'B' },
      { path: 'throughput["llama-70b"]', kind: 'changed', before: '2700', after: '3000' },
    ]);
  });

  it('matches list items by id, so an insertion does not shift every later item', () => {
    const before = { applications: [{ id: 'chat', tokens: '1' }, { id: 'search', tokens: '2' }] };
    const after = { applications: [{ id: 'new', tokens: '9' }, { id: 'chat', tokens: '1' }, { id: 'search', tokens: '3' }] };
    expect(diffDocuments(before, after)).toEqual([
      { path: 'applications[0]', kind: 'added', after: { id: 'new', tokens: '9' } },
      { path: 'applications[2].tokens', kind: 'changed', before: '2', after: '3' },
    ]);
  });

  it('reports a removed item at its index in the old document', () => {
    const before = { platforms: [{ id: 'h100' }, { id: 'b200' }] };
    const after = { platforms: [{ id: 'h100' }] };
    expect(diffDocuments(before, after)).toEqual([{ path: 'platforms[1]', kind: 'removed', before: { id: 'b200' } }]);
  });

  it('compares other arrays by index and a type change as one change', () => {
    expect(diffDocuments({ steps: [1, 2] }, { steps: [1, 5, 6] })).toEqual([
      { path: 'steps[1]', kind: 'changed', before: 2, after: 5 },
      { path: 'steps[2]', kind: 'added', after: 6 },
    ]);
    expect(diffDocuments({ fleet: { mode: 'auto' } }, { fleet: 'fixed' })).toEqual([
      { path: 'fleet', kind: 'changed', before: { mode: 'auto' }, after: 'fixed' },
    ]);
  });
});
