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
  // §8 capital decisions (scenario level)
  'hosting.annualEscalation': L('Hosting escalation', 'fractionPerYear', 'Yearly change of the colocation charge per kW, applied each model year; empty = 0.', 'Applied each model year'),
  fixedOpexAnnualEscalation: L('Fixed opex escalation', 'fractionPerYear', 'Yearly change of the fixed opex (salaries, licences), applied each model year; empty = 0.', 'Applied each model year'),
  terminalValue: L('Value at the horizon', 'text', 'none: the fleet is worth nothing after the last month; bookValue: the net book value of every node still in service is a cash inflow in the last month.'),
  revenueMode: L('Revenue mode', 'text', 'revenue: applications earn their prices; costCentre: no revenue, the plan budgets the cost of serving the demand (total and present value of cost are the headlines).'),
  tax: L('Income tax', 'text', 'Tax on the operating result with tax depreciation; absent: pre-tax figures only.'),
  'tax.rate': L('Tax rate', 'fraction', 'Income tax rate on the taxable result, 0–60 %; a negative tax (shield) is used in the same month.', 'US federal 21 %; 0–60 %'),
  'tax.depreciation': L('Tax depreciation', 'text', 'book: straight line as in the books; macrs5: MACRS 5-year, half-year convention (20 %, 32 %, 19.2 %, 11.52 %, 11.52 %, 5.76 %).'),
  'tax.bonusPct': L('Bonus depreciation', 'fraction', 'Share of capex deducted for tax in the month of service; the rest follows the method.', 'Share of capex deducted at once'),
  idlePolicy: L('Idle capacity in allocation', 'text', 'separate: idle cost on its own line (showback); spread: over the applications (chargeback).'),
  platforms: L('Platforms', 'text', 'Owned or rented accelerator platforms.'),
  [`${P}id`]: L('Id', 'text', 'Id of the platform; applications refer to it.', 'Applications refer to this id'),
  [`${P}name`]: L('Name', 'text', 'Name of the platform.'),
  [`${P}acquisition`]: L('Acquisition', 'text', 'Owned (capex, depreciated) or rented (price per GPU-hour).'),
  [`${P}acquisition.type`]: L('Acquisition', 'text', 'own or rent.'),
  [`${P}acquisition.pricePerGpuHour`]: L('Price per GPU-hour', 'usdPerGpuHour', 'Rental price per GPU-hour, all-in (power and hosting included).', 'All-in: power and hosting included'),
  [`${P}acquisition.annualPriceDecline`]: L('Price decline', 'fractionPerYear', 'Yearly decline of the rental price.'),
  // §9 reserved rent (U2)
  [`${P}acquisition.reserved`]: L('Reserved nodes', 'text', 'Nodes reserved for the whole horizon at their own price, beside on-demand nodes at the rental price; auto fleets only. The fleet never runs fewer than the reserved nodes.'),
  [`${P}acquisition.reserved.nodes`]: L('Reserved nodes', 'nodes', 'Nodes paid every month whether busy or not; on-demand nodes are added above them when demand needs more (the max-nodes limit does not cap them).', 'Paid every month, used or not'),
  [`${P}acquisition.reserved.pricePerGpuHour`]: L('Reserved price per GPU-hour', 'usdPerGpuHour', 'Price per GPU-hour of the reserved nodes, all-in; it does not decline over the horizon.', 'Fixed: no yearly decline'),
  [`${P}gpusPerNode`]: L('GPUs per node', 'gpus', 'Accelerators per node.'),
  [`${P}powerKwPerNode`]: L('IT power per node', 'kw', 'IT power of a node at full load.', 'At full load'),
  [`${P}idlePowerFraction`]: L('Idle power', 'fraction', 'Power drawn at 0 % utilisation, as a share of full load.', 'Draw at 0 % utilisation, share of full load'),
  [`${P}capexPerNode`]: L('Capex per node', 'usd', 'Purchase price of a node incl. networking and installation.', 'Incl. networking and install'),
  [`${P}maintenancePctPerYear`]: L('Maintenance', 'fractionPerYear', 'Yearly maintenance as a share of capex.'),
  [`${P}depreciationMonths`]: L('Depreciation', 'months', 'Straight-line depreciation period.', 'Straight line'),
  [`${P}residualValuePct`]: L('Residual value', 'fraction', 'Value left at the end of depreciation, as a share of capex.', 'Of capex, at end of depreciation'),
  [`${P}deploymentLagMonths`]: L('Order lead time', 'months', 'Months between ordering (and paying for) nodes and their first month in service; owned platforms only.', 'Paid this many months before service'),
  [`${P}usefulLifeMonths`]: L('Useful life', 'months', 'Months a node serves before it is retired and sold at book value; owned platforms only.', 'Empty = never retired'),
  [`${P}throughput`]: L('Throughput', 'tokensPerSecond', 'Tokens per second per GPU, per model served.'),
  // §9 a model's figure: one rate, rates by class or an interactivity curve (the model key reads `[model]`)
  [`${P}throughput[model]`]: L('Throughput', 'tokensPerSecond', 'Tokens per second per GPU of one model at 100 % busy on day-one software: one rate for all tokens, input and output rates, or an interactivity curve.'),
  [`${P}throughput[model].input`]: L('Input (prefill) rate', 'tokensPerSecond', 'Input tokens per second per GPU (prefill); cached input tokens skip it.', 'Input tokens/s per GPU'),
  [`${P}throughput[model].output`]: L('Output (decode) rate', 'tokensPerSecond', 'Output tokens per second per GPU (decode).', 'Output tokens/s per GPU'),
  [`${P}throughput[model].curve`]: L('Interactivity curve', 'text', 'Throughput per GPU against the tokens/s each user gets: at least 2 points, interactivity increasing, throughput not increasing; read at the application’s minimum interactivity.'),
  [`${P}throughput[model].curve[].interactivity`]: L('Interactivity', 'count', 'Tokens per second each user gets at this point, in tokens/s per user.'),
  [`${P}throughput[model].curve[].tokensPerSecondPerGpu`]: L('Throughput at this point', 'tokensPerSecond', 'Tokens per second per GPU at this interactivity.'),
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
  // §9 prices by token class and commitments (U2)
  'apiOptions[].cachedInputPricePerMTokens': L('Cached input price', 'usdPerMTokens', 'Price per million input tokens read from the prompt cache (applications state their cached input share); empty = the input price.', 'Empty = the input price'),
  'apiOptions[].batchDiscount': L('Batch discount', 'fraction', 'Discount on tokens sent through the batch API (applications state their batch share); empty = 0.', 'Off the price of batch traffic'),
  'apiOptions[].commitment': L('Spend commitment', 'text', 'A committed monthly minimum in exchange for a discount on usage: the month costs max(minimum, usage × (1 − discount)); the shortfall is an idle line (unused commitment).'),
  'apiOptions[].commitment.monthlyMinimum': L('Monthly minimum', 'usdPerMonth', 'Spend owed every month of the horizon, used or not.', 'Owed every month, used or not'),
  'apiOptions[].commitment.discountPct': L('Commitment discount', 'fraction', 'Discount on usage earned by the commitment.', 'Off usage, for the commitment'),
  applications: L('Applications', 'text', 'The workloads whose token demand is served.'),
  [`${A}id`]: L('Id', 'text', 'Id of the application.'),
  [`${A}name`]: L('Name', 'text', 'Name of the application.'),
  [`${A}team`]: L('Team', 'text', 'Team charged for the application.'),
  [`${A}model`]: L('Model', 'text', 'Model id; its platform needs a throughput for it.'),
  [`${A}servedBy`]: L('Served by', 'text', 'The platform or API option that serves the application.'),
  [`${A}servedBy.platform`]: L('Platform', 'text', 'Id of the serving platform.'),
  [`${A}servedBy.api`]: L('API option', 'text', 'Id of the serving API option.'),
  [`${A}servedBy[].fromMonth`]: L('From month', 'months', 'Month index from which the step serves; the first step is month 0, later steps strictly increase.', 'Month index, 0 = start'),
  [`${A}servedBy[].target`]: L('Served by', 'text', 'The platform or API option serving from that month on.'),
  [`${A}servedBy[].target.platform`]: L('Platform', 'text', 'Id of the serving platform.'),
  [`${A}servedBy[].target.api`]: L('API option', 'text', 'Id of the serving API option.'),
  [`${A}tokensMonth0`]: L('Tokens per month at start', 'tokensPerMonth', 'Tokens demanded in the first month (input + output).'),
  [`${A}outputShare`]: L('Output share', 'fraction', 'Share of the tokens that are output tokens.'),
  [`${A}growth`]: L('Growth', 'text', 'How demand grows: compound, linear or logistic.'),
  [`${A}growth.type`]: L('Growth model', 'text', 'compound, linear or logistic (S-curve).'),
  [`${A}growth.monthlyRate`]: L('Monthly growth', 'fractionPerMonth', 'Compound growth per month.'),
  [`${A}growth.monthlyIncrement`]: L('Monthly increment', 'tokensPerMonth', 'Tokens added to the demand each month.'),
  [`${A}growth.capacity`]: L('Saturation capacity', 'tokensPerMonth', 'Demand the S-curve levels off at.'),
  [`${A}growth.rate`]: L('Logistic rate', 'count', 'Steepness of the S-curve, per month.'),
  [`${A}seats`]: L('Seat demand', 'text', 'Demand as seats × tokens per seat, instead of tokens in month 0 and growth.'),
  [`${A}seats.seatsMonth0`]: L('Seats at start', 'count', 'Seats (users or licences) in the first month.'),
  [`${A}seats.monthlyGrowth`]: L('Seat growth', 'fractionPerMonth', 'Compound growth of the seat count per month.'),
  [`${A}seats.tokensPerSeatMonth0`]: L('Tokens per seat at start', 'tokensPerMonth', 'Tokens one seat uses per month in the first month (input + output).'),
  [`${A}seats.tokensPerSeatAnnualGrowth`]: L('Usage growth per seat', 'fractionPerYear', 'Yearly growth of the tokens one seat uses.'),
  [`${A}revenuePerSeatMonth`]: L('Revenue per seat', 'usdPerMonth', 'Seat price or internal value per seat and month, beside per-token revenue; read only with seat demand.', 'Per seat-month; beside per-token revenue'),
  [`${A}cachedInputShare`]: L('Cached input share', 'fraction', 'Share of input tokens read from a prompt cache: cheaper on APIs, no prefill on a throughput by class.', 'Of input tokens; empty = 0'),
  [`${A}batchShare`]: L('Batch share', 'fraction', 'Share of tokens sent through a batch API at its batch discount; applies to API targets only.', 'API targets only; empty = 0'),
  [`${A}minInteractivity`]: L('Minimum interactivity', 'count', 'Tokens per second each user must get (the SLA), in tokens/s per user; required when the platform gives throughput as an interactivity curve.', 'Required on an interactivity curve'),
  [`${A}revenuePerMTokens`]: L('Revenue per M tokens', 'usdPerMTokens', 'Price charged per million tokens served.'),
  [`${A}annualPriceErosion`]: L('Price erosion', 'fractionPerYear', 'Yearly decline of the revenue price.'),
  [`${A}tokensPerQuery`]: L('Tokens per query', 'tokens', 'Tokens of one query (input + output).'),
  [`${A}queriesPerTask`]: L('Queries per task', 'count', 'Queries one task takes.'),
};

/**
 * Display names of the coded values of choice fields ("own" → "Owned"), keyed as INPUT_LABELS:
 * what a reader sees where the document stores a code (the board pack's assumptions).
 */
export const INPUT_VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [`${P}acquisition.type`]: { own: 'Owned', rent: 'Rented' },
  [`${P}softwareCurve.type`]: { none: 'No software gain', compound: 'Compound gain', steps: 'Steps' },
  [`${P}fleet.mode`]: { auto: 'Follows demand', fixed: 'Fixed node count' },
  [`${A}growth.type`]: { compound: 'Compound growth', linear: 'Linear growth', logistic: 'S-curve (logistic)' },
  idlePolicy: { separate: 'Idle cost shown separately', spread: 'Idle cost spread over applications' },
  revenueMode: { revenue: 'Revenue', costCentre: 'Cost centre (no revenue)' },
  terminalValue: { none: 'None', bookValue: 'Net book value' },
  'tax.depreciation': { book: 'Straight line (as in the books)', macrs5: 'MACRS 5-year' },
};

/** A coded value in words ("own" → "Owned"); the value itself when the field has no such names. */
export function inputValueLabel(path: string | readonly (string | number)[], value: string): string {
  return INPUT_VALUE_LABELS[inputPattern(path)]?.[value] ?? value;
}

/**
 * `platforms[2].fleet.nodes` or ['platforms', 2, 'fleet', 'nodes'] → `platforms[].fleet.nodes`; a
 * throughput's model key reads `[model]` (`platforms[0].throughput["llama"].input` →
 * `platforms[].throughput[model].input`).
 */
export function inputPattern(path: string | readonly (string | number)[]): string {
  if (typeof path === 'string') {
    return path.replace(/\[\d+\]/g, '[]').replace(/\.throughput(?:\["(?:[^"\\]|\\.)*"\]|\.[A-Za-z_$][\w$]*)/g, '.throughput[model]');
  }
  let text = '';
  let previous: string | number | undefined;
  for (const part of path) {
    text += typeof part === 'number' ? '[]' : previous === 'throughput' ? '[model]' : text === '' ? part : `.${part}`;
    previous = part;
  }
  return text;
}

/** The label entry of an input field by path (any list index), undefined when it has none. */
export function inputLabel(path: string | readonly (string | number)[]): InputLabel | undefined {
  return INPUT_LABELS[inputPattern(path)];
}
