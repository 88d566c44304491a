// GPU rental $/GPU-hour tiers and API list prices ($ per million tokens).
import type { ReferenceEntry } from './schema';
import { SRC } from './sources';

type E = ReferenceEntry;
const GPU_HOUR = 'USD per GPU-hour';
const PER_M = 'USD per 1M tokens';
const TCO_NOTE = 'InferenceX (SemiAnalysis AI Cloud TCO) all-in $/GPU-hour from the app\'s GPU_SPECS (April 2026); includes capex amortisation, power, hosting and network. Values change between app releases.';

/** InferenceX acquisition tiers: own as hyperscaler / own as neocloud / 3-year rental. */
function tcoTiers(slug: string, subject: string, hyper: string, neo: string, rent: string, note = TCO_NOTE): E[] {
  const base = { category: 'rental', subject, quantity: 'pricePerGpuHour', unit: GPU_HOUR, source: SRC.inferenceXSpecs, asOf: '2026-04', confidence: 'M', note } as const;
  return [
    { ...base, id: `rent.${slug}.tco-own-hyperscaler`, value: hyper, includes: 'all-in cost of owning, hyperscaler cost of capital and scale' },
    { ...base, id: `rent.${slug}.tco-own-neocloud`, value: neo, includes: 'all-in cost of owning, neocloud cost of capital' },
    { ...base, id: `rent.${slug}.tco-rent-3yr`, value: rent, includes: '3-year rental contract price' },
  ];
}

export const RENTAL_ENTRIES: readonly E[] = [
  { id: 'rent.h100.hyperscaler-on-demand', category: 'rental', subject: 'H100 SXM', quantity: 'pricePerGpuHour', value: '6.88', range: { low: '3.5', high: '6.88' }, unit: GPU_HOUR, source: SRC.awsCut, asOf: '2025-06-05', includes: 'AWS p5.48xlarge on-demand after the June 2025 cut (≈ $55/hr ÷ 8); other hyperscalers $3.5–5', confidence: 'M', note: 'AWS list was $12.29 per GPU-hour before the cut of up to 45 %.' },
  { id: 'rent.h100.neocloud-on-demand', category: 'rental', subject: 'H100 SXM', quantity: 'pricePerGpuHour', value: '2.99', range: { low: '2', high: '3.78' }, unit: GPU_HOUR, source: SRC.lambda, asOf: '2026-05', includes: 'specialty (neo)cloud on-demand, 8-GPU instances', confidence: 'M', note: 'Lambda, CoreWeave, Nebius and others; prices move monthly.' },
  { id: 'rent.h100.commit-1yr', category: 'rental', subject: 'H100 SXM', quantity: 'pricePerGpuHour', value: '1.95', range: { low: '1.8', high: '2.25' }, unit: GPU_HOUR, source: SRC.lambda, asOf: '2026-05', includes: '1-year commitment, neocloud', confidence: 'estimate', note: 'Providers quote 1-year terms privately: 35–40 % off the $2.99 neocloud on-demand price ($1.80–1.94), rounded up.' },
  { id: 'rent.h100.contract-3yr', category: 'rental', subject: 'H100 SXM', quantity: 'pricePerGpuHour', value: '2.2', range: { low: '1.3', high: '2.35' }, unit: GPU_HOUR, source: SRC.inferenceXSpecs, asOf: '2026-06', includes: 'long-term (≈ 3-year) contract, neocloud', confidence: 'M', note: 'InferenceX 3-year rental tier $1.30 (Apr 2026; $1.78 in earlier notes); provider lists 2026 up to $2.35.' },
  { id: 'rent.h200.on-demand', category: 'rental', subject: 'H200 SXM', quantity: 'pricePerGpuHour', value: '3.5', range: { low: '2.25', high: '7' }, unit: GPU_HOUR, source: SRC.packetB200, asOf: '2026-06', includes: 'on-demand, neocloud low end to hyperscaler high end', confidence: 'M', note: '' },
  { id: 'rent.b200.neocloud-on-demand', category: 'rental', subject: 'B200', quantity: 'pricePerGpuHour', value: '3.75', range: { low: '2.8', high: '6' }, unit: GPU_HOUR, source: SRC.packetB200, asOf: '2026-06', includes: 'on-demand, specialty cloud', confidence: 'M', note: 'Lowest of 26 providers tracked by the source in June 2026.' },
  { id: 'rent.b200.hyperscaler-on-demand', category: 'rental', subject: 'B200', quantity: 'pricePerGpuHour', value: '14.24', range: { low: '8', high: '14.24' }, unit: GPU_HOUR, source: SRC.packetB200, asOf: '2026-06', includes: 'AWS on-demand list (H200/B200 $8–14.24)', confidence: 'M', note: '' },
  { id: 'rent.b200.reserved', category: 'rental', subject: 'B200', quantity: 'pricePerGpuHour', value: '2.65', unit: GPU_HOUR, source: SRC.inferenceX, asOf: '2026-06', includes: 'reserved (multi-year) B200', confidence: 'M', note: 'Below the InferenceX 3-year rental tier ($2.90, Apr 2026).' },
  ...tcoTiers('h100', 'H100 SXM', '1.3', '1.69', '1.3'),
  ...tcoTiers('h200', 'H200 SXM', '1.41', '1.74', '1.6'),
  ...tcoTiers('b200', 'B200', '1.95', '2.34', '2.9'),
  ...tcoTiers('b300', 'B300', '2.34', '2.808', '3.48', `${TCO_NOTE} The app marks B300 pricing temporary: 1.2x B200.`),
  ...tcoTiers('gb200-nvl72', 'GB200 NVL72 (per GPU)', '2.21', '2.75', '3.3'),
  ...tcoTiers('gb300-nvl72', 'GB300 NVL72 (per GPU)', '2.652', '3.3', '3.96', `${TCO_NOTE} The app marks GB300 pricing temporary: 1.2x GB200.`),
  ...tcoTiers('mi300x', 'AMD MI300X', '1.12', '1.4', '1.55'),
  ...tcoTiers('mi355x', 'AMD MI355X', '1.48', '1.9', '2.1'),
  { id: 'rent.annual-price-decline', category: 'rental', subject: 'GPU rental (any)', quantity: 'annualPriceDecline', value: '0.15', range: { low: '0.1', high: '0.45' }, unit: 'per year', source: SRC.awsCut, asOf: '2025-06-05', includes: 'yearly fall in the $/GPU-hour of one GPU generation', confidence: 'estimate', note: 'No index is published free: AWS cut H100 prices up to 45 % in one step (2025) and neocloud H100 fell from ≈ $8 (2023) to ≈ $2–3 (2025); 15 %/yr is a cautious planning value for a contract price.' },
];

type Api = { slug: string; subject: string; model: string; src: E['source']; asOf: string; input: string; cached?: string; output: string; batch?: string };
function api(a: Api): E[] {
  const base = { category: 'api-prices', subject: a.subject, model: a.model, unit: PER_M, source: a.src, asOf: a.asOf, confidence: 'H', note: 'List price; providers change prices often, check the page.' } as const;
  const out: E[] = [
    { ...base, id: `api.${a.slug}.input`, quantity: 'inputPricePerMTokens', value: a.input, includes: 'uncached input tokens, standard tier' },
    { ...base, id: `api.${a.slug}.output`, quantity: 'outputPricePerMTokens', value: a.output, includes: 'output tokens (reasoning tokens billed as output)' },
  ];
  if (a.cached) out.push({ ...base, id: `api.${a.slug}.cached-input`, quantity: 'cachedInputPricePerMTokens', value: a.cached, includes: 'cache-hit input tokens' });
  if (a.batch) out.push({ ...base, id: `api.${a.slug}.batch-discount`, quantity: 'batchDiscount', value: a.batch, unit: 'share off list', includes: 'batch API discount on input and output' });
  return out;
}

export const API_PRICE_ENTRIES: readonly E[] = [
  ...api({ slug: 'openai.gpt-5', subject: 'OpenAI GPT-5', model: 'gpt-5', src: SRC.openai, asOf: '2025-08', input: '1.25', cached: '0.125', output: '10', batch: '0.5' }),
  ...api({ slug: 'openai.gpt-5-mini', subject: 'OpenAI GPT-5 mini', model: 'gpt-5-mini', src: SRC.openai, asOf: '2025-08', input: '0.25', cached: '0.025', output: '2', batch: '0.5' }),
  ...api({ slug: 'openai.gpt-4.1', subject: 'OpenAI GPT-4.1', model: 'gpt-4.1', src: SRC.openai, asOf: '2025-04', input: '2', cached: '0.5', output: '8', batch: '0.5' }),
  ...api({ slug: 'openai.o3', subject: 'OpenAI o3 (after the June 2025 cut)', model: 'o3', src: SRC.openai, asOf: '2025-06', input: '2', cached: '0.5', output: '8', batch: '0.5' }),
  ...api({ slug: 'anthropic.claude-opus-4.5', subject: 'Anthropic Claude Opus 4.5', model: 'claude-opus-4.5', src: SRC.anthropic, asOf: '2025-11', input: '5', cached: '0.5', output: '25', batch: '0.5' }),
  ...api({ slug: 'anthropic.claude-sonnet-4.5', subject: 'Anthropic Claude Sonnet 4.5', model: 'claude-sonnet-4.5', src: SRC.anthropic, asOf: '2025-09', input: '3', cached: '0.3', output: '15', batch: '0.5' }),
  ...api({ slug: 'anthropic.claude-haiku-4.5', subject: 'Anthropic Claude Haiku 4.5', model: 'claude-haiku-4.5', src: SRC.anthropic, asOf: '2025-10', input: '1', cached: '0.1', output: '5', batch: '0.5' }),
  ...api({ slug: 'google.gemini-2.5-pro', subject: 'Google Gemini 2.5 Pro (≤ 200k context)', model: 'gemini-2.5-pro', src: SRC.gemini, asOf: '2025-09', input: '1.25', cached: '0.125', output: '10', batch: '0.5' }),
  ...api({ slug: 'google.gemini-2.5-flash', subject: 'Google Gemini 2.5 Flash', model: 'gemini-2.5-flash', src: SRC.gemini, asOf: '2025-09', input: '0.3', cached: '0.03', output: '2.5', batch: '0.5' }),
  ...api({ slug: 'google.gemini-2.5-flash-lite', subject: 'Google Gemini 2.5 Flash-Lite', model: 'gemini-2.5-flash-lite', src: SRC.gemini, asOf: '2025-09', input: '0.1', cached: '0.01', output: '0.4', batch: '0.5' }),
  ...api({ slug: 'deepseek.v3.2', subject: 'DeepSeek V3.2', model: 'deepseek-v3.2', src: SRC.deepseek, asOf: '2025-09', input: '0.28', cached: '0.028', output: '0.42' }),
  // Open models served by inference providers: the market price for what a self-hosted fleet serves.
  ...api({ slug: 'together.llama-3.3-70b', subject: 'Llama 3.3 70B (Together AI serverless)', model: 'llama-3.3-70b', src: SRC.together, asOf: '2025-10', input: '0.88', output: '0.88' }),
  ...api({ slug: 'together.gpt-oss-120b', subject: 'gpt-oss-120b (Together AI serverless)', model: 'gpt-oss-120b', src: SRC.together, asOf: '2025-10', input: '0.15', output: '0.6' }),
  { id: 'api.market.gpt-oss-120b.blended', category: 'api-prices', subject: 'gpt-oss-120b (Together AI serverless)', model: 'gpt-oss-120b', quantity: 'revenuePerMTokens', value: '0.31', unit: PER_M, source: SRC.together, asOf: '2025-10', includes: 'one price per token at 35 % output: 0.65 × $0.15 + 0.35 × $0.60 = $0.3075', confidence: 'estimate', note: 'Blended from the two list prices for an application that charges one price per token; rounded to the cent.' },
  { id: 'api.market.llama-3.3-70b.blended', category: 'api-prices', subject: 'Llama 3.3 70B (Together AI serverless)', model: 'llama-3.3-70b', quantity: 'revenuePerMTokens', value: '0.88', unit: PER_M, source: SRC.together, asOf: '2025-10', includes: 'one price for input and output tokens', confidence: 'M', note: 'The provider charges the same for input and output, so the blend is the list price.' },
];
