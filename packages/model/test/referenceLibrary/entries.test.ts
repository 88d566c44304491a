import { describe, expect, it } from 'vitest';
import {
  REFERENCE_CATEGORIES,
  REFERENCE_CHANGES,
  REFERENCE_ENTRIES,
  findReferenceEntry,
  referenceChangeSchema,
  referenceEntry,
  referenceEntrySchema,
  referenceValue,
} from '../../src/index';

describe('reference library entries', () => {
  it.each(REFERENCE_ENTRIES.map((e) => [e.id, e] as const))('%s matches the entry schema (source url and date, as-of, confidence)', (_id, entry) => {
    const parsed = referenceEntrySchema.safeParse(entry);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(entry.source.url).toMatch(/^https:\/\/[^/]+\.[a-z]+/);
    expect(entry.source.date).toMatch(/^\d{4}-\d{2}/);
  });

  it('has unique ids', () => {
    const ids = REFERENCE_ENTRIES.map((e) => e.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('covers every category and the accelerators the issue names', () => {
    for (const c of REFERENCE_CATEGORIES) expect(REFERENCE_ENTRIES.some((e) => e.category === c), c).toBe(true);
    for (const slug of ['h100', 'h200', 'b200', 'b300', 'gb200-nvl72', 'gb300-nvl72', 'mi355x'])
      expect(findReferenceEntry(`acc.${slug}.gpus-per-node`), slug).toBeDefined();
  });

  it('rejects an entry without a source url, a bad date, or a value outside its range', () => {
    const good = referenceEntry('acc.h100.capex-per-node');
    expect(referenceEntrySchema.safeParse(good).success).toBe(true);
    expect(referenceEntrySchema.safeParse({ ...good, source: { ...good.source, url: 'not a url' } }).success).toBe(false);
    expect(referenceEntrySchema.safeParse({ ...good, asOf: '2024-13' }).success).toBe(false);
    // 400,000 lies above the 250,000–350,000 range.
    expect(referenceEntrySchema.safeParse({ ...good, value: '400000' }).success).toBe(false);
    expect(referenceEntrySchema.safeParse({ ...good, confidence: 'estimate', note: '' }).success).toBe(false);
  });

  it('looks values up by id and throws on an unknown id', () => {
    expect(referenceValue('hosting.cbre-na.h2-2024')).toBe('184.06');
    expect(() => referenceEntry('no.such.entry')).toThrow(/Unknown reference library entry/);
  });

  it('keeps all-in kW per node equal to kW per GPU × GPUs (InferenceX GPU_SPECS 1.73, 2.17, 2.1, 2.65 kW per GPU)', () => {
    // 1.73 × 8 = 13.84; 2.17 × 8 = 17.36; 2.1 × 72 = 151.2; 2.65 × 8 = 21.2
    expect(referenceValue('acc.h100.it-kw-all-in-per-node')).toBe('13.84');
    expect(referenceValue('acc.b200.it-kw-all-in-per-node')).toBe('17.36');
    expect(referenceValue('acc.gb200-nvl72.it-kw-all-in-per-node')).toBe('151.2');
    expect(referenceValue('acc.gb300-nvl72.it-kw-all-in-per-node')).toBe('151.2');
    expect(referenceValue('acc.mi355x.it-kw-all-in-per-node')).toBe('21.2');
  });

  it('has a dated change log whose ids exist', () => {
    for (const change of REFERENCE_CHANGES) {
      expect(referenceChangeSchema.safeParse(change).success).toBe(true);
      for (const id of change.ids) expect(findReferenceEntry(id), id).toBeDefined();
    }
  });
});
