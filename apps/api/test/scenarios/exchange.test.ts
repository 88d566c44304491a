import { describe, expect, it } from 'vitest';
import { exchangeFileSchema, importEntries, migrateV0Document, remapDetails, shiftDecimal } from '../../src/scenarios/exchange';

describe('shiftDecimal', () => {
  it('moves the decimal point exactly, without floating-point arithmetic', () => {
    expect(shiftDecimal('0.085', 3)).toBe('0.085e3');
    expect(shiftDecimal(10, -2)).toBe('10e-2');
    expect(shiftDecimal('-2.5E-3', 3)).toBe('-2.5e0');
    expect(shiftDecimal(0.1, 3)).toBe('0.1e3');
  });

  it('refuses what is not a finite decimal', () => {
    expect(shiftDecimal('NaN', 3)).toBeNull();
    expect(shiftDecimal(Number.POSITIVE_INFINITY, 3)).toBeNull();
    expect(shiftDecimal('1,5', 3)).toBeNull();
    expect(shiftDecimal({}, 3)).toBeNull();
  });
});

describe('version 0 migration', () => {
  it('renames and rescales the fields that changed', () => {
    const migrated = migrateV0Document('Old plan', {
      start: '2026-01',
      horizonYears: 5,
      discountRatePct: 10,
      energy: { pricePerKWh: '0.085', pue: '1.3', annualEscalation: '0.04' },
      fiscalYearStartMonth: 1,
    });
    expect(migrated).toEqual({
      name: 'Old plan',
      start: '2026-01',
      horizonMonths: 60,
      discountRateAnnual: '10e-2',
      energy: { pricePerMWh: '0.085e3', pue: '1.3', annualEscalation: '0.04' },
      fiscalYearStartMonth: 1,
    });
  });

  it('passes unconvertible values on so validation reports them at the old field name', () => {
    const file = exchangeFileSchema.parse({
      format: 'tokenplan.scenarios',
      schemaVersion: 0,
      scenarios: [{ title: 'X', scenario: { horizonYears: 'five' } }],
    });
    const { entries, migratedFrom } = importEntries(file);
    expect(migratedFrom).toBe(0);
    const entry = entries[0];
    if (!entry) throw new Error('no entry');
    expect(entry.document['horizonMonths']).toBe('five');
    const mapped = remapDetails(
      entry,
      [
        { path: 'scenarios[0].scenario.horizonMonths', message: 'must be a whole number' },
        { path: 'scenarios[0].scenario.energy.pricePerMWh', message: 'is required' },
        { path: 'scenarios[0].scenario.name', message: 'is required' },
        { path: 'scenarios[0].scenario.platforms[1].gpusPerNode', message: 'is required' },
      ],
      0,
    );
    expect(mapped.map((d) => d.path)).toEqual([
      'scenarios[0].scenario.horizonYears',
      'scenarios[0].scenario.energy.pricePerKWh',
      'scenarios[0].title',
      'scenarios[0].scenario.platforms[1].gpusPerNode',
    ]);
  });

  it('rejects an unknown schemaVersion with a message saying which versions are read', () => {
    const result = exchangeFileSchema.safeParse({ format: 'tokenplan.scenarios', schemaVersion: 7, scenarios: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('schemaVersion must be 0 or 1 (this server reads files up to version 1)');
  });
});
