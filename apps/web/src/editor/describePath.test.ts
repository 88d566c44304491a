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
});
