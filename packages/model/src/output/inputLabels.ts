/**
 * Label, unit and help of every Scenario input field (spec §2), keyed by path pattern: list
 * items as `[]`, e.g. `platforms[].acquisition.pricePerGpuHour`. The editor's labels and hints,
 * the issue paths in words and the exports read them; a model test walks the scenario schema and
 * fails on a field missing here. `hint` is the short line under an input.
 */
import type { FieldLabel } from './units';

export interface InputLabel extends FieldLabel {
  readonly hint?: string;
}

const L = (label: string, unit: FieldLabel['unit'], description: string, hint?: string): InputLabel =>
  hint === undefined ? { label, unit, description } : { label, unit, description, hint };

const P = 'platforms[].';
const A = 'applications[].';

export const INPUT_LABELS: Readonly<Record<string, InputLabel>> = {
  name: L('Scenario name', 'text', 'Name of the scenario.'),
  start: L('Start month', 'text', 'First projected month, YYYY-MM.', 'First projected month (YYYY-MM)'),
  horizonMonths: L('Horizon', 'months', 'Months projected, 1–120.', '1–120 months; 60 = 5 years'),
  discountRateAnnual: L('Discount rate', 'fractionPerYear', 'Annual rate for NPV (hurdle rate or WACC).', 'Annual, for NPV (hurdle rate / WACC)'),
  fiscalYearStartMonth: L('Fiscal year starts in', 'count', 'Calendar month (1–12) in which the fiscal year starts; a fiscal year is named by the year it ends in.'),
  contingencyPct: L('Contingency', 'fraction', 'Budget reserve added on opex and capex.', 'Budget reserve added on costs'),
  energy: L('Energy', 'text', 'Electricity price, its escalation and the facility PUE.'),
  'energy.pricePerMWh': L('Electricity price', 'usdPerMWh', 'Price of facility electricity in the first model year.', 'US industrial ≈ $81/MWh (EIA 2024)'),
  'energy.annualEscalation': L('Price escalation', 'fractionPerYear', 'Yearly change of the electricity price.', 'Applied each model year'),
  'energy.pue': L('PUE', 'multiple', 'Power usage effectiveness: facility power ÷ IT power, 1–3.', 'Facility power ÷ IT power, 1–3'),
  hosting: L('Hosting', 'text', 'Colocation charge of owned platforms.'),
  'hosting.perKwMonth': L('Hosting', 'usdPerKwMonth', 'Colocation charge per provisioned IT kW and month.', 'Colocation charge on provisioned IT kW'),
  fixedOpexPerMonth: L('Fixed opex', 'usdPerMonth', 'Fixed operating cost per month.', 'Platform team, software, support'),
  idlePolicy: L('Idle capacity in allocation', 'text', 'separate: idle cost on its own line (showback); spread: over the applications (chargeback).'),
  platforms: L('Platforms', 'text', 'Owned or rented accelerator platforms.'),
  [`${P}id`]: L('Id', 'text', 'Id of the platform; applications refer to it.', 'Applications refer to this id'),
  [`${P}name`]: L('Name', 'text', 'Name of the platform.'),
  [`${P}acquisition`]: L('Acquisition', 'text', 'Owned (capex, depreciated) or rented (price per GPU-hour).'),
  [`${P}acquisition.type`]: L('Acquisition', 'text', 'own or rent.'),
  [`${P}acquisition.pricePerGpuHour`]: L('Price per GPU-hour', 'usdPerGpuHour', 'Rental price per GPU-hour, all-in (power and hosting included).', 'All-in: power and hosting included'),
  [`${P}acquisition.annualPriceDecline`]: L('Price decline', 'fractionPerYear', 'Yearly decline of the rental price.'),
  [`${P}gpusPerNode`]: L('GPUs per node', 'gpus', 'Accelerators per node.'),
  [`${P}powerKwPerNode`]: L('IT power per node', 'kw', 'IT power of a node at full load.', 'At full load'),
  [`${P}idlePowerFraction`]: L('Idle power', 'fraction', 'Power drawn at 0 % utilisation, as a share of full load.', 'Draw at 0 % utilisation, share of full load'),
  [`${P}capexPerNode`]: L('Capex per node', 'usd', 'Purchase price of a node incl. networking and installation.', 'Incl. networking and install'),
  [`${P}maintenancePctPerYear`]: L('Maintenance', 'fractionPerYear', 'Yearly maintenance as a share of capex.'),
  [`${P}depreciationMonths`]: L('Depreciation', 'months', 'Straight-line depreciation period.', 'Straight line'),
  [`${P}residualValuePct`]: L('Residual value', 'fraction', 'Value left at the end of depreciation, as a share of capex.', 'Of capex, at end of depreciation'),
  [`${P}throughput`]: L('Throughput', 'tokensPerSecond', 'Tokens per second per GPU, per model served.'),
  [`${P}softwareCurve`]: L('Software curve', 'text', 'Throughput gain from software over time.'),
  [`${P}softwareCurve.type`]: L('Curve', 'text', 'none, compound (yearly gain up to a cap) or steps.'),
  [`${P}softwareCurve.annualImprovement`]: L('Yearly gain', 'fractionPerYear', 'Compound yearly throughput gain.'),
  [`${P}softwareCurve.cap`]: L('Cap', 'multiple', 'Highest multiplier the curve reaches (× day one).'),
  [`${P}softwareCurve.steps`]: L('Steps', 'text', 'Multipliers from given months on.'),
  [`${P}softwareCurve.steps[].month`]: L('Month', 'months', 'Month index from which the step applies.'),
  [`${P}softwareCurve.steps[].multiplier`]: L('Multiplier', 'multiple', 'Throughput multiplier from that month on.'),
  [`${P}fleet`]: L('Fleet', 'text', 'How many nodes run: following demand or fixed.'),
  [`${P}fleet.mode`]: L('Mode', 'text', 'auto: nodes follow demand; fixed: a fixed node count.'),
  [`${P}fleet.targetUtilization`]: L('Target utilisation', 'fraction', 'Busy share of GPU-hours planned per node.', 'Busy share planned per node'),
  [`${P}fleet.maxNodes`]: L('Max nodes', 'nodes', 'Upper limit of an auto fleet.', 'Empty = no limit'),
  [`${P}fleet.nodes`]: L('Nodes', 'nodes', 'Node count of a fixed fleet.'),
  [`${P}powerCapKw`]: L('Site power cap', 'kw', 'Facility power envelope incl. PUE.', 'Facility envelope incl. PUE; empty = no cap'),
  apiOptions: L('API options', 'text', 'Inference APIs tokens can be bought from.'),
  'apiOptions[].id': L('Id', 'text', 'Id of the API option; applications refer to it.'),
  'apiOptions[].name': L('Name', 'text', 'Name of the API option.'),
  'apiOptions[].inputPricePerMTokens': L('Input price', 'usdPerMTokens', 'Price per million input tokens.'),
  'apiOptions[].outputPricePerMTokens': L('Output price', 'usdPerMTokens', 'Price per million output tokens.'),
  'apiOptions[].annualPriceDecline': L('Price decline', 'fractionPerYear', 'Yearly decline of the API prices.'),
  applications: L('Applications', 'text', 'The workloads whose token demand is served.'),
  [`${A}id`]: L('Id', 'text', 'Id of the application.'),
  [`${A}name`]: L('Name', 'text', 'Name of the application.'),
  [`${A}team`]: L('Team', 'text', 'Team charged for the application.'),
  [`${A}model`]: L('Model', 'text', 'Model id; its platform needs a throughput for it.'),
  [`${A}servedBy`]: L('Served by', 'text', 'The platform or API option that serves the application.'),
  [`${A}servedBy.platform`]: L('Platform', 'text', 'Id of the serving platform.'),
  [`${A}servedBy.api`]: L('API option', 'text', 'Id of the serving API option.'),
  [`${A}tokensMonth0`]: L('Tokens per month at start', 'tokensPerMonth', 'Tokens demanded in the first month (input + output).'),
  [`${A}outputShare`]: L('Output share', 'fraction', 'Share of the tokens that are output tokens.'),
  [`${A}growth`]: L('Growth', 'text', 'How demand grows: compound, linear or logistic.'),
  [`${A}growth.type`]: L('Growth model', 'text', 'compound, linear or logistic (S-curve).'),
  [`${A}growth.monthlyRate`]: L('Monthly growth', 'fractionPerMonth', 'Compound growth per month.'),
  [`${A}growth.monthlyIncrement`]: L('Monthly increment', 'tokensPerMonth', 'Tokens added to the demand each month.'),
  [`${A}growth.capacity`]: L('Saturation capacity', 'tokensPerMonth', 'Demand the S-curve levels off at.'),
  [`${A}growth.rate`]: L('Logistic rate', 'count', 'Steepness of the S-curve, per month.'),
  [`${A}revenuePerMTokens`]: L('Revenue per M tokens', 'usdPerMTokens', 'Price charged per million tokens served.'),
  [`${A}annualPriceErosion`]: L('Price erosion', 'fractionPerYear', 'Yearly decline of the revenue price.'),
  [`${A}tokensPerQuery`]: L('Tokens per query', 'tokens', 'Tokens of one query (input + output).'),
  [`${A}queriesPerTask`]: L('Queries per task', 'count', 'Queries one task takes.'),
};

/** `platforms[2].fleet.nodes` or ['platforms', 2, 'fleet', 'nodes'] → `platforms[].fleet.nodes`. */
export function inputPattern(path: string | readonly (string | number)[]): string {
  if (typeof path === 'string') return path.replace(/\[\d+\]/g, '[]');
  let text = '';
  for (const part of path) text += typeof part === 'number' ? '[]' : text === '' ? part : `.${part}`;
  return text;
}

/** The label entry of an input field by path (any list index), undefined when it has none. */
export function inputLabel(path: string | readonly (string | number)[]): InputLabel | undefined {
  return INPUT_LABELS[inputPattern(path)];
}
