// Scenario templates offered when creating a scenario, and the demo workspace on first start.
// Each is a Scenario input document (spec §2) with sourced defaults; all values stay editable.
import { portfolio, US_SITE } from './shared';
import { B200_NODE, H100_NODE } from './platforms';

export interface Preset {
  id: string;
  title: string;
  description: string;
  /** Scenario input documents this template creates (one, or a pair to compare). */
  scenarios: Record<string, unknown>[];
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

/** Frontier API list prices (reference-data.md, 2025): Claude Sonnet 4.5 $3 / $15 per M tokens. */
const ownVsApi = {
  name: 'Own B200 fleet vs frontier API',
  ...US_SITE,
  platforms: [B200_NODE],
  apiOptions: [
    { id: 'frontier-api', name: 'Frontier API (Sonnet-class, list price)', inputPricePerMTokens: '3', outputPricePerMTokens: '15', annualPriceDecline: '0.3' },
  ],
  applications: portfolio({ platform: 'b200' }).map((app) =>
    app.id === 'research-agent' || app.id === 'sales-copilot' ? { ...app, servedBy: { api: 'frontier-api' } } : app,
  ),
};

export const PRESETS: readonly Preset[] = [
  {
    id: 'blackwell-vs-hopper',
    title: 'Blackwell vs Hopper',
    description: 'The same five-application portfolio on an owned B200 fleet and on an owned H100 fleet, over 5 years.',
    scenarios: [blackwell, hopper],
  },
  {
    id: 'own-vs-api',
    title: 'Own vs API',
    description: 'Most applications on an owned B200 fleet, two bought from a frontier API at list price.',
    scenarios: [ownVsApi],
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
