// Stored documents written before ids were restricted ([A-Za-z0-9_-]{1,100}) are upgraded on read:
// every bad id becomes a slug unique in its list, and every reference follows it.
import { validateScenario } from '@tokenplan/model';
import { describe, expect, it } from 'vitest';
import { upgradeIds } from '../../src/scenarios/idUpgrade';
import { exchangeFileSchema, exportFile, importEntries } from '../../src/scenarios/exchange';

const platform = (id: string, throughput: Record<string, number>) => ({
  id, name: `Platform ${id}`, gpusPerNode: 8, powerKwPerNode: 10, idlePowerFraction: 0.3, capexPerNode: 300000,
  maintenancePctPerYear: 0.05, depreciationMonths: 48, residualValuePct: 0.1, throughput,
  softwareCurve: { type: 'none' }, fleet: { mode: 'auto', targetUtilization: 0.7 },
});
const app = (id: string, model: string, servedBy: Record<string, string>) => ({
  id, name: `App ${id}`, team: '=Team', model, servedBy, tokensMonth0: '1000000', outputShare: 0.3,
  growth: { type: 'compound', monthlyRate: 0.02 }, revenuePerMTokens: 5, annualPriceErosion: 0.1, tokensPerQuery: 1000, queriesPerTask: 1,
});

/** A version 1 document as stored before the restriction (ids with formulas, spaces, slashes, accents). */
const storedV1 = {
  name: 'Legacy', start: '2027-01', horizonMonths: 12, discountRateAnnual: 0.1, fiscalYearStartMonth: 1,
  energy: { pricePerMWh: 80, annualEscalation: 0, pue: 1.2 }, hosting: { perKwMonth: 150 },
  platforms: [
    platform('=HYPERLINK("x")', { 'llama 3.3/70b': 2000, 'llama-3.3-70b': 2500 }),
    platform('HYPERLINK-x', { 'llama-3.3-70b': 2500 }),
  ],
  apiOptions: [{ id: 'é', name: 'API', inputPricePerMTokens: 1, outputPricePerMTokens: 4, annualPriceDecline: 0.2 }],
  applications: [
    app('llama 3.3/70b', 'llama 3.3/70b', { platform: '=HYPERLINK("x")' }),
    app('llama-3-3-70b', 'llama-3.3-70b', { platform: 'HYPERLINK-x' }),
    app('e', 'llama-3.3-70b', { api: 'é' }),
  ],
};

describe('upgradeIds (stored documents with ids that no longer fit)', () => {
  it('slugs each bad id uniquely within its list and renames every reference', () => {
    const upgraded = upgradeIds(structuredClone(storedV1)) as typeof storedV1;
    // "=HYPERLINK("x")" → "HYPERLINK-x", taken by the second platform (a valid id keeps its name) → "HYPERLINK-x-2".
    expect(upgraded.platforms.map((p) => p.id)).toEqual(['HYPERLINK-x-2', 'HYPERLINK-x']);
    // Model names keep their dots: "llama 3.3/70b" → "llama-3.3-70b", taken → "llama-3.3-70b-2".
    expect(Object.keys(upgraded.platforms[0]?.throughput ?? {})).toEqual(['llama-3.3-70b-2', 'llama-3.3-70b']);
    expect(upgraded.apiOptions.map((o) => o.id)).toEqual(['e']);
    // "llama 3.3/70b" → "llama-3-3-70b", taken by the second application → "llama-3-3-70b-2"; "e" is valid and unique in its list.
    expect(upgraded.applications.map((a) => a.id)).toEqual(['llama-3-3-70b-2', 'llama-3-3-70b', 'e']);
    expect(upgraded.applications.map((a) => a.model)).toEqual(['llama-3.3-70b-2', 'llama-3.3-70b', 'llama-3.3-70b']);
    expect(upgraded.applications.map((a) => a.servedBy)).toEqual([{ platform: 'HYPERLINK-x-2' }, { platform: 'HYPERLINK-x' }, { api: 'e' }]);
    expect(upgraded.applications[0]?.team).toBe('=Team'); // a team is a label, not an id: CSV neutralises it
    const result = validateScenario(upgraded);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('returns a document whose ids all fit unchanged (the same object), and leaves non-scenario shapes alone', () => {
    const fine = { name: 'x', platforms: [{ id: 'p' }], applications: [{ id: 'a', servedBy: { platform: 'p' } }] };
    expect(upgradeIds(fine)).toBe(fine);
    const odd = { name: 'draft', platforms: 'nope', applications: [null, 3, { id: 7 }] };
    expect(upgradeIds(odd)).toBe(odd);
  });

  it('caps a long id at 100 characters, suffix included', () => {
    const long = 'x'.repeat(99) + '!';
    const doc = { applications: [{ id: long }, { id: long }] };
    const ids = (upgradeIds(doc) as { applications: { id: string }[] }).applications.map((a) => a.id);
    expect(ids).toEqual(['x'.repeat(99), `${'x'.repeat(98)}-2`]);
  });

  it('upgrades the ids of a file exported before the rule when it is imported', () => {
    const file = exchangeFileSchema.parse({ format: 'tokenplan.scenarios', schemaVersion: 1, scenarios: [{ document: structuredClone(storedV1) }] });
    const [entry] = importEntries(file).entries;
    const result = validateScenario(entry?.document);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('imports an entry marked documentSchemaVersion 2 as written, and refuses a version it does not know', () => {
    const entry = { documentSchemaVersion: 2, draft: true, document: structuredClone(storedV1) };
    const file = exchangeFileSchema.parse({ format: 'tokenplan.scenarios', schemaVersion: 1, scenarios: [entry] });
    const [imported] = importEntries(file).entries;
    expect((imported?.document as typeof storedV1).platforms[0]?.id).toBe('=HYPERLINK("x")');
    const newer = exchangeFileSchema.safeParse({ format: 'tokenplan.scenarios', schemaVersion: 1, scenarios: [{ ...entry, documentSchemaVersion: 3 }] });
    expect(newer.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['scenarios.0.documentSchemaVersion', 'documentSchemaVersion must be 1 to 2 (this server reads documents up to version 2)'],
    ]);
  });

  it('exports documents at the current version, so importing them changes nothing', () => {
    const record = { id: 'a', ownerId: 'o', name: 'Legacy', document: structuredClone(storedV1), isDraft: true, visibility: 'PRIVATE' as const,
      version: 1, createdAt: new Date(0), updatedAt: new Date(0), deletedAt: null, updatedById: null, workspaceRole: 'EDITOR' as const, sharingVersion: 1 };
    const file = exportFile([record]);
    expect(file.scenarios[0]?.documentSchemaVersion).toBe(2);
    const [imported] = importEntries(exchangeFileSchema.parse(JSON.parse(JSON.stringify(file)))).entries;
    expect(imported?.document).toEqual(storedV1);
  });
});
