import { describe, expect, it } from 'vitest';
import { describePath } from '../../src/scenario/describePath';

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

describe('describePath of the projection warnings’ paths', () => {
  const doc = { platforms: [{ name: 'B200 fleet' }], applications: [{ name: 'Chat' }, { name: 'Code assistant' }] };

  it('names a platform, its caps and a KPI in words', () => {
    expect(describePath(doc, 'platforms[0]')).toBe('B200 fleet');
    expect(describePath(doc, 'platforms[0].powerCapKw')).toBe('B200 fleet › site power cap');
    expect(describePath(doc, 'kpis.afterTax.irrAnnual')).toBe('KPIs › after tax › IRR');
  });

  it('takes any document: a missing list or a non-object names the item by its place', () => {
    expect(describePath(null, 'applications[1].revenuePerMTokens')).toBe('Applications #2 › revenue per M tokens');
    expect(describePath({ applications: 'x' }, 'applications[0]')).toBe('Applications #1');
  });
});
