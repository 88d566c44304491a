// Figures for items the editor creates (new platform, API option, application, blank scenario),
// every one from the reference library so a new item starts from a sourced value. A new
// application earns nothing until the user types a price: revenue 0 is a choice, not a figure.
import { ref, refInt, resolveTemplate, type Traced } from './trace';

const ownedPlatform = {
  gpusPerNode: refInt('acc.h100.gpus-per-node'),
  powerKwPerNode: ref('acc.h100.it-kw-all-in-per-node'),
  idlePowerFraction: ref('acc.h100.idle-fraction'),
  capexPerNode: ref('acc.h100.capex-per-node'),
  maintenancePctPerYear: ref('fin.maintenance-pct'),
  depreciationMonths: refInt('dep.amazon.servers'),
  residualValuePct: ref('dep.residual-after-5y'),
  throughput: { 'llama-3.3-70b': ref('tput.h100.llama-3.3-70b.planning') },
  fleet: { mode: 'auto', targetUtilization: ref('fin.target-utilization') },
};

const rentedAcquisition = { type: 'rent', pricePerGpuHour: ref('rent.h100.contract-3yr'), annualPriceDecline: ref('rent.annual-price-decline') };

const apiOption = {
  inputPricePerMTokens: ref('api.anthropic.claude-sonnet-4.5.input'),
  outputPricePerMTokens: ref('api.anthropic.claude-sonnet-4.5.output'),
  annualPriceDecline: ref('trend.frontier-tier'),
};

const tokenDemand = { tokensMonth0: ref('work.new-app.tokens'), growth: { type: 'compound', monthlyRate: ref('work.new-app.monthly-growth') } };

const seats = {
  seatsMonth0: ref('work.new-app.seats'),
  monthlyGrowth: ref('work.new-app.seat-growth'),
  tokensPerSeatMonth0: ref('work.new-app.tokens-per-seat'),
  tokensPerSeatAnnualGrowth: ref('work.new-app.tokens-per-seat-growth'),
};

const application = {
  outputShare: ref('work.new-app.output-share'),
  revenuePerMTokens: '0',
  annualPriceErosion: ref('trend.frontier-tier'),
  tokensPerQuery: ref('work.new-app.tokens-per-query'),
  queriesPerTask: ref('work.new-app.queries-per-task'),
};

const site = {
  horizonMonths: refInt('dep.amazon.servers'),
  discountRateAnnual: ref('fin.enterprise-hurdle-rate'),
  energy: { pricePerMWh: ref('energy.us-va.industrial'), annualEscalation: ref('energy.us.annual-escalation'), pue: ref('pue.new-large-facility') },
  hosting: { perKwMonth: ref('hosting.cbre-na.h2-2024') },
};

const TEMPLATES = { ownedPlatform, rentedAcquisition, apiOption, tokenDemand, seats, application, site };
type DefaultsKey = keyof typeof TEMPLATES;

/** Resolved defaults (values) with the library entry behind each path. */
export const NEW_ITEM_DEFAULTS = Object.fromEntries(
  Object.entries(TEMPLATES).map(([k, t]) => [k, resolveTemplate(t)]),
) as Record<DefaultsKey, Traced>;
