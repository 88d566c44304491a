import { describe, expect, it } from 'vitest';
import { pickerMatchFor, referenceEntriesForPath } from '../../src/index';

const ids = (path: (string | number)[]) => referenceEntriesForPath(path).map((e) => e.id);

describe('reference picker: editor field path → library entries', () => {
  it('maps a platform price field to accelerator node prices', () => {
    const found = ids(['platforms', 0, 'capexPerNode']);
    expect(found).toContain('acc.h100.capex-per-node');
    expect(found).toContain('acc.gb200-nvl72.capex-per-node');
    expect(found.every((id) => id.startsWith('acc.'))).toBe(true);
  });

  it('maps energy, hosting and PUE to their entries', () => {
    expect(ids(['energy', 'pricePerMWh'])).toContain('energy.us-va.industrial');
    expect(ids(['energy', 'pricePerMWh']).every((id) => id.startsWith('energy.'))).toBe(true);
    expect(ids(['hosting', 'perKwMonth'])[0]).toBe('hosting.cbre-na.h2-2024'); // H before L
    expect(ids(['energy', 'pue'])).toEqual(['pue.uptime-2024-average', 'pue.new-large-facility', 'pue.hyperscale']);
  });

  it('maps API option prices to list prices of that class', () => {
    expect(ids(['apiOptions', 1, 'inputPricePerMTokens'])).toContain('api.anthropic.claude-sonnet-4.5.input');
    expect(ids(['apiOptions', 1, 'inputPricePerMTokens'])).not.toContain('api.anthropic.claude-sonnet-4.5.output');
    expect(ids(['apiOptions', 0, 'cachedInputPricePerMTokens'])).toContain('api.openai.gpt-5.cached-input');
    expect(ids(['apiOptions', 0, 'batchDiscount'])).toContain('api.google.gemini-2.5-pro.batch-discount');
  });

  it('separates a rental price decline from an API price decline', () => {
    expect(ids(['platforms', 2, 'acquisition', 'annualPriceDecline'])).toEqual(['rent.annual-price-decline']);
    const api = ids(['apiOptions', 0, 'annualPriceDecline']);
    expect(api).toContain('trend.frontier-tier');
    expect(api).not.toContain('rent.annual-price-decline');
  });

  it('offers the field model\'s throughput first', () => {
    const match = pickerMatchFor(['platforms', 0, 'throughput', 'gpt-oss-120b']);
    expect(match).toEqual({ quantities: ['throughputPerGpu'], model: 'gpt-oss-120b' });
    const found = referenceEntriesForPath(['platforms', 0, 'throughput', 'gpt-oss-120b']);
    const firstOther = found.findIndex((e) => e.model !== 'gpt-oss-120b');
    // Every gpt-oss-120b entry comes before the first entry for another model.
    expect(found.slice(firstOther).some((e) => e.model === 'gpt-oss-120b')).toBe(false);
    expect(firstOther).toBeGreaterThan(3);
  });

  it('offers market prices for an application\'s revenue per M tokens', () => {
    expect(ids(['applications', 0, 'revenuePerMTokens'])).toContain('api.market.llama-3.3-70b.blended');
  });

  it('has nothing for fields without reference figures', () => {
    expect(pickerMatchFor(['name'])).toBeUndefined();
    expect(ids(['applications', 0, 'minInteractivity'])).toEqual([]);
  });
});
