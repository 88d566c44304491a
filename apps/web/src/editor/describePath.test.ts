import { describe, expect, it } from 'vitest';
import { describePath } from './describePath';

describe('describePath', () => {
  const doc = { platforms: [{ name: 'B200 fleet' }], applications: [{ name: 'Chat' }, { name: 'Code assistant' }] };

  it('names a field by the model’s label, list items by their name', () => {
    expect(describePath(doc, 'applications[1].growth.monthlyRate')).toBe('Code assistant › growth › monthly growth');
    expect(describePath(doc, 'platforms[0].gpusPerNode')).toBe('B200 fleet › GPUs per node');
    expect(describePath(doc, 'platforms[0].acquisition.pricePerGpuHour')).toBe('B200 fleet › acquisition › price per GPU-hour');
    expect(describePath(doc, 'energy.pue')).toBe('Energy › PUE');
    expect(describePath(doc, 'applications')).toBe('Applications');
    expect(describePath(doc, 'platforms[3].fleet')).toBe('Platforms #4 › fleet');
  });

  it('names the §8/§9 fields an API issue can point at', () => {
    expect(describePath(doc, 'applications[1].servedBy[1].fromMonth')).toBe('Code assistant › served by › #2 › from month');
    expect(describePath(doc, 'applications[0].seats.monthlyGrowth')).toBe('Chat › seat demand › seat growth');
    expect(describePath(doc, 'applications[0].minInteractivity')).toBe('Chat › minimum interactivity');
    expect(describePath(doc, 'platforms[0].usefulLifeMonths')).toBe('B200 fleet › useful life');
    expect(describePath(doc, 'tax.rate')).toBe('Income tax › tax rate');
    expect(describePath(doc, 'hosting.annualEscalation')).toBe('Hosting › hosting escalation');
  });
});
