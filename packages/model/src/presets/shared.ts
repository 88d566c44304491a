// Inputs shared by the templates, every figure a reference library entry (by id); every value
// stays editable in the scenario editor.
import { ref, refInt } from './trace';

/** A US data-centre site, 2025–26 prices: Virginia industrial power, CBRE colocation, a new facility's PUE. */
export const US_SITE = {
  start: '2027-01',
  // The horizon is the owned hardware's life (5 years, Amazon's server life from 2025).
  horizonMonths: refInt('dep.amazon.servers'),
  discountRateAnnual: ref('fin.enterprise-hurdle-rate'),
  fiscalYearStartMonth: 1,
  contingencyPct: ref('fin.contingency'),
  energy: {
    pricePerMWh: ref('energy.us-va.industrial'),
    annualEscalation: ref('energy.us.annual-escalation'),
    pue: ref('pue.new-large-facility'),
  },
  hosting: { perKwMonth: ref('hosting.cbre-na.h2-2024') },
  fixedOpexPerMonth: ref('fin.platform-team-opex'),
  idlePolicy: 'separate',
} as const;

const LLAMA_PRICE = ref('api.market.llama-3.3-70b.blended');
const GPT_OSS_PRICE = ref('api.market.gpt-oss-120b.blended');
const OPEN_MODEL_EROSION = ref('trend.commodity-tier');

/**
 * The application portfolio both platforms are asked to serve (tokens per month, input + output).
 * Revenue is what the same open model costs from an inference provider (a market price), not a
 * frontier-API price; volumes and query sizes are illustrative estimates.
 */
export function portfolio(servedBy: { platform: string } | { api: string }) {
  return [
    {
      id: 'support-assistant', name: 'Customer support assistant', team: 'Customer Operations', model: 'llama-3.3-70b',
      servedBy, tokensMonth0: ref('work.support-assistant.tokens'), outputShare: ref('work.support-assistant.output-share'),
      growth: { type: 'compound', monthlyRate: ref('work.support-assistant.monthly-growth') },
      revenuePerMTokens: LLAMA_PRICE, annualPriceErosion: OPEN_MODEL_EROSION,
      tokensPerQuery: ref('work.support-assistant.tokens-per-query'), queriesPerTask: ref('work.support-assistant.queries-per-task'),
    },
    {
      id: 'code-assistant', name: 'Code assistant', team: 'Engineering', model: 'gpt-oss-120b',
      servedBy, tokensMonth0: ref('work.code-assistant.tokens'), outputShare: ref('work.code-assistant.output-share'),
      growth: { type: 'compound', monthlyRate: ref('work.code-assistant.monthly-growth') },
      revenuePerMTokens: GPT_OSS_PRICE, annualPriceErosion: OPEN_MODEL_EROSION,
      tokensPerQuery: ref('work.code-assistant.tokens-per-query'), queriesPerTask: ref('work.code-assistant.queries-per-task'),
    },
    {
      id: 'research-agent', name: 'Research agent', team: 'Strategy', model: 'gpt-oss-120b',
      servedBy, tokensMonth0: ref('work.research-agent.tokens'), outputShare: ref('work.research-agent.output-share'),
      growth: { type: 'logistic', capacity: ref('work.research-agent.capacity'), rate: ref('work.research-agent.logistic-rate') },
      revenuePerMTokens: GPT_OSS_PRICE, annualPriceErosion: OPEN_MODEL_EROSION,
      tokensPerQuery: ref('work.research-agent.tokens-per-query'), queriesPerTask: ref('work.research-agent.queries-per-task'),
    },
    {
      id: 'document-search', name: 'Document search', team: 'Knowledge', model: 'llama-3.3-70b',
      servedBy, tokensMonth0: ref('work.document-search.tokens'), outputShare: ref('work.document-search.output-share'),
      growth: { type: 'linear', monthlyIncrement: ref('work.document-search.monthly-increment') },
      // Internal productivity, no charge: 0 is a choice, not a figure.
      revenuePerMTokens: '0', annualPriceErosion: OPEN_MODEL_EROSION,
      tokensPerQuery: ref('work.document-search.tokens-per-query'), queriesPerTask: ref('work.document-search.queries-per-task'),
    },
    {
      id: 'sales-copilot', name: 'Sales copilot', team: 'Revenue', model: 'llama-3.3-70b',
      servedBy, tokensMonth0: ref('work.sales-copilot.tokens'), outputShare: ref('work.sales-copilot.output-share'),
      growth: { type: 'compound', monthlyRate: ref('work.sales-copilot.monthly-growth') },
      revenuePerMTokens: LLAMA_PRICE, annualPriceErosion: OPEN_MODEL_EROSION,
      tokensPerQuery: ref('work.sales-copilot.tokens-per-query'), queriesPerTask: ref('work.sales-copilot.queries-per-task'),
    },
  ];
}
