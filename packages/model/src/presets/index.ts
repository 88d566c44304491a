// Scenario templates offered when creating a scenario, and the demo workspace on first start.
// Each is a Scenario input document (spec §2) whose figures all come from the reference library
// (src/reference): `sources` maps each figure's path to the entry it came from.
import { portfolio, US_SITE } from './shared';
import { B200_NODE, H100_NODE } from './platforms';
import { ref, resolveTemplate } from './trace';
import { DEMO_TEMPLATES } from './demo';

export interface Preset {
  id: string;
  title: string;
  description: string;
  /** Scenario input documents this template creates (one, or a pair to compare). */
  scenarios: Record<string, unknown>[];
  /** Per scenario: document path (e.g. `platforms[0].capexPerNode`) → reference library entry id. */
  sources: Record<string, string>[];
}

const blackwell = {
  name: 'Blackwell B200 — owned fleet',
  ...US_SITE,
  platforms: [B200_NODE],
  apiOptions: [],
  applications: portfolio({ platform: 'b200' }),
};

const hopper = {
  name: 'Hopper H100 — owned fleet',
  ...US_SITE,
  platforms: [H100_NODE],
  apiOptions: [],
  applications: portfolio({ platform: 'h100' }),
};

/** Frontier API at list price: Claude Sonnet 4.5, $3 / $15 per M tokens. */
const ownVsApi = {
  name: 'Own B200 fleet vs frontier API',
  ...US_SITE,
  platforms: [B200_NODE],
  apiOptions: [
    {
      id: 'frontier-api', name: 'Frontier API (Sonnet-class, list price)',
      inputPricePerMTokens: ref('api.anthropic.claude-sonnet-4.5.input'),
      outputPricePerMTokens: ref('api.anthropic.claude-sonnet-4.5.output'),
      annualPriceDecline: ref('trend.frontier-tier'),
    },
  ],
  applications: portfolio({ platform: 'b200' }).map((app) =>
    app.id === 'research-agent' || app.id === 'sales-copilot' ? { ...app, servedBy: { api: 'frontier-api' } } : app,
  ),
};

/** A preset from templates whose figures are library references. */
export function presetFrom(meta: Omit<Preset, 'scenarios' | 'sources'>, templates: readonly object[]): Preset {
  const traced = templates.map((t) => resolveTemplate(t));
  return { ...meta, scenarios: traced.map((t) => t.doc), sources: traced.map((t) => t.sources) };
}

export const PRESETS: readonly Preset[] = [
  presetFrom(
    {
      id: 'blackwell-vs-hopper',
      title: 'Blackwell vs Hopper',
      description: 'The same five-application portfolio on an owned B200 fleet and on an owned H100 fleet, over 5 years; revenue at open-model market prices.',
    },
    [blackwell, hopper],
  ),
  presetFrom(
    {
      id: 'own-vs-api',
      title: 'Own vs API',
      description: 'Most applications on an owned B200 fleet, two bought from a frontier API at list price.',
    },
    [ownVsApi],
  ),
  // The honest demo (demo.ts): a cost-centre budget pair and an inference service at market prices.
  ...DEMO_TEMPLATES.map((t) => presetFrom(t.meta, t.templates)),
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

export { ref, refInt, resolveTemplate, type RefLeaf, type Traced } from './trace';
export { DEMO_BUDGET_ID, DEMO_SERVICE_ID } from './demo';
