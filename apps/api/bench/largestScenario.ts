// The largest scenario the schema allows (packages/model/src/scenario/schema.ts): 120 months,
// 20 platforms (each with a throughput for 200 models and a 120-step software curve), 20 API options,
// 200 applications, names at 120 characters and ids at 100. Built from the Blackwell preset's figures.
import { PRESETS } from '@tokenplan/model';

const pad = (tag: string, length: number) => `${tag}-${'x'.repeat(length - tag.length - 1)}`;

export function largestScenario(): Record<string, unknown> {
  const preset = PRESETS.find((p) => p.id === 'blackwell-vs-hopper')?.scenarios[0];
  if (!preset) throw new Error('preset blackwell-vs-hopper missing');
  const site = structuredClone(preset) as unknown as Record<string, unknown> & { platforms: Record<string, unknown>[] };
  const b200 = site.platforms[0];
  if (!b200) throw new Error('preset has no platform');
  const models = Array.from({ length: 200 }, (_, i) => pad(`model${i}`, 100));
  const steps = Array.from({ length: 120 }, (_, month) => ({ month, multiplier: month % 2 === 0 ? '1.02' : '0.99' }));
  const platforms = Array.from({ length: 20 }, (_, i) => ({
    ...b200,
    id: pad(`platform${i}`, 100),
    name: pad(`Platform ${i}`, 120),
    throughput: Object.fromEntries(models.map((m) => [m, '4000'])),
    softwareCurve: { type: 'steps', steps },
  }));
  const apiOptions = Array.from({ length: 20 }, (_, i) => ({
    id: pad(`api${i}`, 100),
    name: pad(`API option ${i}`, 120),
    inputPricePerMTokens: '3',
    outputPricePerMTokens: '15',
    annualPriceDecline: '0.3',
  }));
  const applications = Array.from({ length: 200 }, (_, i) => ({
    id: pad(`app${i}`, 100),
    name: pad(`Application ${i}`, 120),
    team: pad(`Team ${i % 12}`, 120),
    model: models[i],
    // Nine in ten on a platform, one in ten bought from an API.
    servedBy: i % 10 === 9 ? { api: apiOptions[i % 20]?.id } : { platform: platforms[i % 20]?.id },
    tokensMonth0: String(1e9 * (1 + (i % 7))),
    outputShare: '0.3',
    growth: { type: 'compound', monthlyRate: '0.02' },
    revenuePerMTokens: '6',
    annualPriceErosion: '0.2',
    tokensPerQuery: '1500',
    queriesPerTask: '2',
  }));
  return { ...site, name: pad('Largest allowed scenario', 120), horizonMonths: 120, platforms, apiOptions, applications };
}
