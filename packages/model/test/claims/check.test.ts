import { describe, expect, it } from 'vitest';
import { checkClaim, checkClaimPreset, claimLibrary, referenceClaimLibrary, validateScenario } from '../../src';
import { ENTRIES } from './fixtures';

const library = claimLibrary(ENTRIES);
const value = (figures: readonly { key: string; value: string | null }[], key: string) => Number(figures.find((f) => f.key === key)?.value);

describe('cost per million tokens claim', () => {
  const result = checkClaim({ kind: 'costPerMTokens', costPerMTokens: '0.02', tokensPerSecondPerGpu: '60000', utilization: '0.5', hardware: 'b200', model: 'm1' }, library);

  it('implies $4.32 per GPU-hour at 100 % busy and half that at 50 %', () => {
    // 0.02 × 3,600 × 60,000 / 1e6 = 4.32; × 0.5 = 2.16
    expect(value(result.implied, 'gpuHourAtFullBusy')).toBe(4.32);
    expect(value(result.implied, 'gpuHourAtUtilization')).toBe(2.16);
  });

  it('gives the busy share each library $/GPU-hour needs, and says which are out of reach', () => {
    const rows = result.library.filter((r) => r.figure.key === 'busyShareNeeded');
    // 2.16 / 4.32 = 0.5 (consistent), 3.24 / 4.32 = 0.75 (consistent), 6.48 / 4.32 = 1.5 (out of reach)
    expect(rows.map((r) => [r.reference.id, Number(r.figure.value), r.verdict])).toEqual([
      ['rent.b200.cheap', 0.5, 'consistent'],
      ['rent.b200.tco-rent-3yr', 0.75, 'consistent'],
      ['rent.b200.dear', 1.5, 'outOfReach'],
    ]);
  });

  it('holds the claimed throughput against every published figure', () => {
    const rows = result.library.filter((r) => r.figure.key === 'claimedOverPublished');
    // 60,000 / 50,000 = 1.2 (stretch: within 1.5×), 60,000 / 10,000 = 6 (out of reach)
    expect(rows.map((r) => [Number(r.figure.value), r.verdict])).toEqual([[1.2, 'stretch'], [6, 'outOfReach']]);
  });

  it('names the inputs that make it true at the planning $/GPU-hour and builds a cost-centre scenario from them', () => {
    // throughput needed at $3.24 and 50 % busy: 3.24e6 / (0.02 × 3,600 × 0.5) = 90,000
    expect(value(result.inputs, 'throughputNeeded')).toBe(90000);
    const doc = result.scenarioDocument as { revenueMode: string; platforms: { acquisition: { pricePerGpuHour: string }; fleet: { nodes: number } }[] };
    expect(doc.revenueMode).toBe('costCentre');
    expect(doc.platforms[0]?.acquisition.pricePerGpuHour).toBe('3.24');
    expect(doc.platforms[0]?.fleet.nodes).toBe(9); // 72 GPUs / 8 per node
    expect(validateScenario(result.scenarioDocument).ok).toBe(true);
  });
});

describe('revenue multiple claim', () => {
  const result = checkClaim({ kind: 'revenueMultiple', investment: '5000000', revenue: '75000000', years: '3', gpus: 72, hardware: 'b200', model: 'm1' }, library);

  it('turns $5M → $75M over 3 years on 72 GPUs into $39.64 per GPU-hour and a 15x revenue multiple', () => {
    // 75e6 / (72 × 3 × 8,760 = 1,892,160) = 39.6372…
    expect(value(result.implied, 'revenuePerGpuHour')).toBeCloseTo(39.6372, 4);
    expect(value(result.implied, 'revenueMultiple')).toBe(15);
  });

  it('prices it per M tokens at the best published throughput and holds it against the API prices', () => {
    // 39.6372 × 1e6 / (3,600 × 50,000 × 1) = 0.220207 $/M
    expect(value(result.implied, 'revenuePerMTokens')).toBeCloseTo(75e6 / 1_892_160 / 180, 6);
    const api = result.library.filter((r) => r.figure.key === 'overApiPrice');
    // input prices are not a token-mix reference: only blended 0.25 and output 0.5
    expect(api.map((r) => r.reference.id)).toEqual(['api.host.m1.blended', 'api.host.m1.output']);
    // 0.220207 / 0.25 = 0.88 (consistent), / 0.5 = 0.44
    expect(api.map((r) => r.verdict)).toEqual(['consistent', 'consistent']);
    const doc = result.scenarioDocument as { revenueMode: string; horizonMonths: number };
    expect(doc).toMatchObject({ revenueMode: 'revenue', horizonMonths: 36 });
    expect(validateScenario(result.scenarioDocument).ok).toBe(true);
  });
});

describe('tokens per MW claim', () => {
  it('implies a throughput per GPU from the baseline and both all-in kW per GPU', () => {
    const result = checkClaim({ kind: 'tokensPerMw', ratio: '10', hardware: 'b200', baseline: 'h200', model: 'm1' }, library);
    // baseline 2,000 tok/s at 1 kW = 2e6 tok/s per MW; 10× = 2e7 per MW over 500 B200s (2 kW) = 40,000 per GPU
    expect(value(result.implied, 'impliedThroughput')).toBe(40000);
    expect(value(result.implied, 'claimedPerMw')).toBe(20_000_000);
    // best published 50,000 ≥ 40,000: consistent; published ratio (50,000/2) / (2,000/1) = 12.5×
    const best = result.library.find((r) => r.figure.key === 'publishedRatio');
    expect([Number(best?.figure.value), best?.verdict]).toEqual([12.5, 'consistent']);
    expect(validateScenario(result.scenarioDocument).ok).toBe(true);
  });
});

describe('the three vendor claims against the repository library', () => {
  it('checks each preset, and 2 cents per M at 60,000 tokens/s is $4.32 per GPU-hour at 100 % busy', () => {
    const lib = referenceClaimLibrary();
    const cost = checkClaimPreset('b200-2-cents', lib);
    expect(value(cost?.implied ?? [], 'gpuHourAtFullBusy')).toBe(4.32);
    const revenue = checkClaimPreset('gb200-15x', lib);
    expect(value(revenue?.implied ?? [], 'revenuePerGpuHour')).toBeCloseTo(39.637, 3);
    const power = checkClaimPreset('blackwell-10x-per-mw', lib);
    expect(power?.verdict).toMatch(/tokens per MW/);
    for (const r of [cost, revenue, power]) expect(validateScenario(r?.scenarioDocument).ok).toBe(true);
  });

  it('answers undefined for an unknown preset', () => {
    expect(checkClaimPreset('nope', referenceClaimLibrary())).toBeUndefined();
  });
});
