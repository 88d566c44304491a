// The analysis option schemas bound every number before it is parsed (issue 14 finding 5).
import { describe, expect, it } from 'vitest';
import { goalSeekOptionsSchema, monteCarloOptionsSchema, tornadoOptionsSchema } from '../../src/analysis/options';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('analysis option schemas', () => {
  it.each(['1e99999999', '-1e99999999', '1e-99999999', '9'.repeat(101), '0x10', 'Infinity'])('reject the goal-seek target %s', (target) => {
    expect(paths(goalSeekOptionsSchema.safeParse({ driver: 'demandGrowth', kpi: 'npv', target }))).toEqual(['target']);
  });

  it('accept a target as a number or decimal string and give the canonical string', () => {
    expect(goalSeekOptionsSchema.parse({ driver: 'demandGrowth', kpi: 'npv', target: '1.50e3' }).target).toBe('1500');
    expect(goalSeekOptionsSchema.parse({ driver: 'demandGrowth', kpi: 'npv', target: -18 }).target).toBe('-18');
  });

  it('bound the tornado swing to (0, 1) and Monte Carlo paths, seed and factors', () => {
    expect(paths(tornadoOptionsSchema.safeParse({ swing: '1e-99999999' }))).toEqual(['swing']);
    expect(paths(tornadoOptionsSchema.safeParse({ swing: 1 }))).toEqual(['swing']);
    expect(tornadoOptionsSchema.parse({ swing: '0.25' }).swing).toBe('0.25');
    expect(paths(monteCarloOptionsSchema.safeParse({ paths: 50_001, seed: 2 ** 32 }))).toEqual(['paths', 'seed']);
    expect(paths(monteCarloOptionsSchema.safeParse({ distributions: { throughput: { low: 0.5, mode: 1, high: 1001 } } }))).toEqual(['distributions.throughput.high']);
  });
});
