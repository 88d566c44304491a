// Worst-case scenario documents for the PDF board pack (issue 14, finding 1): names without a
// single break opportunity, and every list and text at the schema's maximum
// (packages/model/src/scenario/schema.ts: 20 platforms, 20 API options, 200 applications,
// names and teams 120 characters, ids and model names 100, 120 months, 120 software steps).
import { presetDocuments } from './fixtures';

/** A name of exactly `length` characters without a space or hyphen: `tag` then W (a wide glyph). */
export function unbroken(tag: string, length = 120): string {
  return `${tag}${'W'.repeat(length - tag.length)}`;
}

function platform(i: number, models: readonly string[], steps: number): Record<string, unknown> {
  const base = presetDocuments()[0] as { platforms: Record<string, unknown>[] };
  const b200 = structuredClone(base.platforms[0]) as Record<string, unknown>;
  return {
    ...b200,
    id: unbroken(`p${i}x`, 100),
    name: unbroken(`PLATFORM${i}X`),
    throughput: Object.fromEntries(models.map((m) => [m, '4000'])),
    softwareCurve: steps === 0 ? b200['softwareCurve'] : { type: 'steps', steps: Array.from({ length: steps }, (_, k) => ({ month: k, multiplier: k % 2 === 0 ? '1.02' : '0.99' })) },
  };
}

function application(i: number, servedBy: { platform: string } | { api: string }, model: string): Record<string, unknown> {
  return {
    id: unbroken(`a${i}x`, 100),
    name: unbroken(`APPLICATION${i}X`),
    team: unbroken(`TEAM${i}X`),
    model,
    servedBy,
    tokensMonth0: String(1e9 * (1 + (i % 7))),
    outputShare: '0.3',
    growth: { type: 'compound', monthlyRate: '0.02' },
    revenuePerMTokens: '6',
    annualPriceErosion: '0.2',
    tokensPerQuery: '1500',
    queriesPerTask: '2',
  };
}

function apiOption(i: number): Record<string, unknown> {
  return { id: unbroken(`o${i}x`, 100), name: unbroken(`APIOPTION${i}X`), inputPricePerMTokens: '3', outputPricePerMTokens: '15', annualPriceDecline: '0.3' };
}

/** The audit's case: 16 platforms named with 120 unbroken characters, long application and API names. */
export function sixteenLongNames(): Record<string, unknown> {
  const site = presetDocuments()[0] as Record<string, unknown>;
  const model = unbroken('MODEL', 100);
  const platforms = Array.from({ length: 16 }, (_, i) => platform(i, [model], 0));
  const apiOptions = [apiOption(0), apiOption(1)];
  const applications = [
    ...platforms.map((p, i) => application(i, { platform: p['id'] as string }, model)),
    application(16, { api: apiOptions[0]?.['id'] as string }, model),
  ];
  return { ...site, name: unbroken('SCENARIO'), platforms, apiOptions, applications };
}

/** Every list and text at the schema's maximum: 20 platforms (200 throughput models and 120 steps each), 20 API options, 200 applications, 120 months. */
export function largestScenario(): Record<string, unknown> {
  const site = presetDocuments()[0] as Record<string, unknown>;
  const models = Array.from({ length: 200 }, (_, i) => unbroken(`MODEL${i}X`, 100));
  const platforms = Array.from({ length: 20 }, (_, i) => platform(i, models, 120));
  const apiOptions = Array.from({ length: 20 }, (_, i) => apiOption(i));
  const applications = Array.from({ length: 200 }, (_, i) => {
    const servedBy: { platform: string } | { api: string } = i % 10 === 9 ? { api: apiOptions[i % 20]?.['id'] as string } : { platform: platforms[i % 20]?.['id'] as string };
    return application(i, servedBy, models[i] as string);
  });
  return { ...site, name: unbroken('LARGEST'), horizonMonths: 120, platforms, apiOptions, applications };
}
