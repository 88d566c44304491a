// The honest demo (issue 22): Blackwell vs Hopper as an internal cost-centre budget (no revenue, the
// headline is what serving the demand costs), and as a revenue-earning inference service selling
// open-model tokens at market prices. Every figure is a reference library entry (`ref`), so the
// traceability test walks these templates too.
import { B200_NODE, H100_NODE } from './platforms';
import { portfolio, US_SITE } from './shared';
import { ref } from './trace';

type Target = { platform: string };

/** The five internal applications, priced at nothing: a budget, not a business case. */
function budgetPortfolio(servedBy: Target) {
  return portfolio(servedBy).map((app) => ({ ...app, revenuePerMTokens: '0' }));
}

/** Two public endpoints of an inference provider, each at what the same open model sells for. */
function serviceEndpoints(servedBy: Target) {
  return [
    {
      id: 'llama-endpoint', name: 'Llama 3.3 70B endpoint', team: 'Inference service', model: 'llama-3.3-70b', servedBy,
      tokensMonth0: ref('work.support-assistant.tokens'), outputShare: ref('work.support-assistant.output-share'),
      growth: { type: 'compound', monthlyRate: ref('work.support-assistant.monthly-growth') },
      revenuePerMTokens: ref('api.market.llama-3.3-70b.blended'), annualPriceErosion: ref('trend.commodity-tier'),
      tokensPerQuery: ref('work.support-assistant.tokens-per-query'), queriesPerTask: ref('work.support-assistant.queries-per-task'),
    },
    {
      id: 'gpt-oss-endpoint', name: 'gpt-oss-120b endpoint', team: 'Inference service', model: 'gpt-oss-120b', servedBy,
      tokensMonth0: ref('work.code-assistant.tokens'), outputShare: ref('work.code-assistant.output-share'),
      growth: { type: 'compound', monthlyRate: ref('work.code-assistant.monthly-growth') },
      revenuePerMTokens: ref('api.market.gpt-oss-120b.blended'), annualPriceErosion: ref('trend.commodity-tier'),
      tokensPerQuery: ref('work.code-assistant.tokens-per-query'), queriesPerTask: ref('work.code-assistant.queries-per-task'),
    },
  ];
}

const budget = (name: string, platform: typeof B200_NODE | typeof H100_NODE) => ({
  name, ...US_SITE, revenueMode: 'costCentre', platforms: [platform], apiOptions: [], applications: budgetPortfolio({ platform: platform.id }),
});
const service = (name: string, platform: typeof B200_NODE | typeof H100_NODE) => ({
  name, ...US_SITE, revenueMode: 'revenue', platforms: [platform], apiOptions: [], applications: serviceEndpoints({ platform: platform.id }),
});

export const DEMO_BUDGET_ID = 'blackwell-vs-hopper-budget';
export const DEMO_SERVICE_ID = 'inference-service';

/** Templates of the demo: ids, words and the documents before their `ref`s are resolved. */
export const DEMO_TEMPLATES = [
  {
    meta: {
      id: DEMO_BUDGET_ID,
      title: 'Blackwell vs Hopper — internal budget',
      description:
        'A cost centre: the same five internal applications on an owned B200 fleet and on an owned H100 fleet for five years, with no revenue. ' +
        'The headline is what serving the demand costs (present value of cost, cost per million tokens, fleet, energy). Assumes a US site ' +
        '(Virginia industrial power, CBRE colocation, PUE of a new facility), node prices and power from the library, one interactive ' +
        'throughput benchmark and one software curve for both platforms, and illustrative demand.',
    },
    templates: [budget('Blackwell B200 — internal budget', B200_NODE), budget('Hopper H100 — internal budget', H100_NODE)],
  },
  {
    meta: {
      id: DEMO_SERVICE_ID,
      title: 'Inference service at market prices',
      description:
        'A business selling open-model tokens: a Llama 3.3 70B and a gpt-oss-120b endpoint on an owned B200 fleet and on an owned H100 fleet, ' +
        'priced at what inference providers charge for the same models (Together AI list prices), eroding as commodity-tier prices do. ' +
        'Same site, hardware and throughput assumptions as the internal budget; demand is illustrative.',
    },
    templates: [service('Blackwell B200 — inference service', B200_NODE), service('Hopper H100 — inference service', H100_NODE)],
  },
] as const;
