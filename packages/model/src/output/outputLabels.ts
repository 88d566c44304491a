/**
 * Label, unit and description of every field of the Projection (spec §7), keyed by field name:
 * a name means the same thing wherever it appears (`servedTokens` of a month, a platform-month,
 * an application). The projection schema (projectionSchema.ts) is built from this table, so a
 * field without a label does not compile; the KPI descriptions are the wording of spec §4.
 */
import type { FieldLabel } from './units';

const L = (label: string, unit: FieldLabel['unit'], description: string): FieldLabel => ({ label, unit, description });

export const OUTPUT_LABELS = {
  // The Projection and its rows
  scenarioName: L('Scenario', 'text', 'Name of the scenario projected.'),
  months: L('Months', 'count', 'One row per month of the horizon.'),
  fiscalYears: L('Fiscal years', 'count', 'The monthly flow lines summed per fiscal year (partial years at either end hold just their months).'),
  kpis: L('Key figures', 'count', 'KPIs over the horizon (spec §4).'),
  applications: L('Applications', 'count', 'Per application: its part of the month, or its totals over the horizon.'),
  platforms: L('Platforms', 'count', 'Per platform: fleet, operations and cost of the month, or its totals over the horizon.'),
  apiOptions: L('API options', 'count', 'Per API option: its cost of the month.'),
  warnings: L('Warnings', 'count', 'What the projection could not do as asked (capacity short, several IRRs, …).'),
  t: L('Month index', 'count', 'Months since the start, 0 for the first month.'),
  month: L('Month', 'text', 'Calendar month, YYYY-MM.'),
  hours: L('Hours', 'hours', 'Hours in the month (days × 24).'),
  fiscalYear: L('Fiscal year', 'count', 'Named by the calendar year in which it ends.'),
  // Month flow lines (also per fiscal year and, where they apply, per platform or application)
  demandTokens: L('Tokens demanded', 'tokens', 'Tokens the applications ask for (input + output).'),
  servedTokens: L('Tokens served', 'tokens', 'Tokens served by platforms and APIs (input + output).'),
  unmetTokens: L('Tokens unmet', 'tokens', 'Tokens demanded but not served for lack of capacity (node or power caps).'),
  revenue: L('Revenue', 'usd', 'Tokens served ÷ 1,000,000 × revenue per million tokens, eroded yearly.'),
  energyMWh: L('Energy', 'mwh', 'Facility energy: IT load × PUE.'),
  energyCost: L('Energy cost', 'usd', 'Facility energy × electricity price, escalated yearly.'),
  hosting: L('Hosting', 'usd', 'Colocation charge on the provisioned IT power of owned nodes.'),
  maintenance: L('Maintenance', 'usd', 'Yearly maintenance share of capex, spread over the months.'),
  apiCost: L('API cost', 'usd', 'Tokens bought from API options × their input and output prices.'),
  rentalCost: L('GPU rental', 'usd', 'Rented GPU-hours × price per GPU-hour.'),
  fixedOpex: L('Fixed opex', 'usd', 'Fixed operating cost per month (platform team, software, support).'),
  opex: L('Total opex', 'usd', 'Energy, hosting, maintenance, GPU rental, API cost and fixed opex.'),
  capex: L('Capex', 'usd', 'Cash paid for nodes, in the month each node is added.'),
  depreciation: L('Depreciation', 'usd', 'Straight-line depreciation of owned nodes down to their residual value.'),
  pnlCost: L('P&L cost', 'usd', 'Opex + depreciation: the cost in the profit and loss statement.'),
  cashFlow: L('Cash flow', 'usd', 'Revenue − opex − capex + disposal proceeds + terminal value (pre-tax).'),
  budget: L('Budget incl. contingency', 'usd', '(Opex + capex) × (1 + contingency).'),
  disposalProceeds: L('Disposal proceeds', 'usd', 'Book value received for owned nodes retired at the end of their useful life.'),
  terminalValue: L('Terminal value', 'usd', 'Book value of the owned fleet still in service after the last month, counted as a cash inflow in the last month (terminal value "bookValue").'),
  capitalCharge: L('Capital charge', 'usd', 'Economic cost of owned capital: each cohort’s capex less its discounted residual, annuitised at the discount rate over the depreciation period (not cash, not allocated).'),
  taxDepreciation: L('Tax depreciation', 'usd', 'Depreciation for tax (bonus share in the service month, the rest by book schedule or MACRS 5-year); 0 without tax.'),
  tax: L('Tax', 'usd', 'Tax rate × (revenue − opex − tax depreciation + disposal proceeds + terminal value − tax basis released); negative: a shield used the same month. 0 without tax.'),
  afterTaxCashFlow: L('After-tax cash flow', 'usd', 'Cash flow − tax (equals cash flow without tax).'),
  cumulativeCashFlow: L('Cumulative cash flow', 'usd', 'Cash flow summed from the first month; per fiscal year, at its last month.'),
  // Platform-month
  id: L('Id', 'text', 'Id of the platform or application in the scenario.'),
  nodes: L('Nodes', 'nodes', 'Nodes in service that month.'),
  busyGpuHours: L('Busy GPU-hours', 'gpuHours', 'GPU-hours the demand needs (B, spec §3): more than the hours served when the fleet is short of capacity (utilisation counts the served ones).'),
  utilization: L('Utilisation', 'fraction', 'Busy GPU-hours ÷ GPU-hours in service.'),
  softwareMultiplier: L('Software multiplier', 'multiple', 'Throughput gain from software since the start (1 = day one).'),
  nodesOrdered: L('Nodes ordered', 'nodes', 'Owned nodes ordered and paid that month (deployment lag: before their service month); over the horizon, their sum.'),
  nodesRetired: L('Nodes retired', 'nodes', 'Owned nodes leaving the fleet at the end of their useful life that month; over the horizon, their sum.'),
  reservedNodes: L('Reserved nodes', 'nodes', 'Rented nodes on a reserved commitment that month (the rest are on demand).'),
  allInCostPerGpuHour: L('All-in cost per GPU-hour', 'usdPerGpuHour', '(Energy cost + hosting + maintenance + capital charge + rental) ÷ GPU-hours in service: the figure to hold against a rental quote. — without nodes.'),
  gpuHours: L('GPU-hours', 'gpuHours', 'GPU-hours in service over the horizon (nodes × GPUs per node × hours).'),
  idleCost: L('Idle capacity cost', 'usd', 'Self-hosted cost of the unused GPU-hours, kept on its own line (showback).'),
  // Application
  name: L('Application', 'text', 'Name of the application.'),
  team: L('Team', 'text', 'Team the application belongs to.'),
  allocatedCost: L('Allocated cost', 'usd', 'Cost charged to the application: its share of its platform by busy GPU-hours, or its API cost.'),
  costPerQuery: L('Cost per query', 'usdPerQuery', 'Allocated cost ÷ queries (tokens served ÷ tokens per query).'),
  costPerTask: L('Cost per task', 'usdPerTask', 'Cost per query × queries per task.'),
  target: L('Served by', 'text', 'Where the application is served that month: a platform or an API option (its migration path).'),
  platform: L('Platform', 'text', 'Id of the platform serving the application.'),
  api: L('API option', 'text', 'Id of the API option serving the application.'),
  seats: L('Seats', 'count', 'Seats of the application that month (seat-based demand only).'),
  seatRevenue: L('Seat revenue', 'usd', 'Seats × revenue per seat-month, eroded yearly, × served fraction (part of revenue).'),
  cost: L('API option cost', 'usd', 'The API option’s cost of the month: max(monthly minimum, usage × (1 − discount)).'),
  unusedCommitment: L('Unused commitment', 'usd', 'Monthly minimum not used by the option’s applications (an idle line).'),
  marginPct: L('Margin', 'fraction', '(Revenue − allocated cost) ÷ revenue.'),
  // KPIs
  totalRevenue: L('Total revenue', 'usd', 'Revenue over the horizon: tokens served ÷ 1,000,000 × revenue price per million tokens, each application and month.'),
  totalOpex: L('Total opex', 'usd', 'Operating cost over the horizon: energy, hosting, maintenance, rental, API and fixed opex.'),
  totalCapex: L('Total capex', 'usd', 'Cash paid for accelerator nodes over the horizon, in the month each node is added (a fixed fleet: all in month 0).'),
  totalDepreciation: L('Total depreciation', 'usd', 'Depreciation over the horizon.'),
  totalTokens: L('Tokens served', 'tokens', 'Tokens served over the horizon (input + output), all platforms and APIs.'),
  npv: L('NPV', 'usd', 'Net present value: the sum of monthly cash flows (revenue − opex − capex + disposal proceeds + terminal value), each discounted at the monthly equivalent of the annual discount rate, m = (1 + r)^(1/12) − 1. Month 0 is not discounted (spreadsheet CF₀ + NPV(m; CF₁…)).'),
  irrAnnual: L('IRR', 'fractionPerYear', 'Internal rate of return, annualised: (1 + x)^12 − 1, where x is the monthly rate at which NPV is zero. Shown as — when there is no such rate, or more than one (cash flows that change sign several times).'),
  mirrAnnual: L('MIRR', 'fractionPerYear', 'Modified IRR, annualised: the spreadsheet MIRR with the discount rate as both finance and reinvestment rate. Always unique, so it is shown beside IRR.'),
  paybackMonths: L('Payback', 'months', 'Months until the cumulative cash flow turns non-negative, spreadsheet convention (month 0’s flow at time 0): (k − 1) + (−cumulative before month k) / cash flow of month k, for the first month k it turns; 0 if month 0 already is. — if it never does within the horizon.'),
  discountedPaybackMonths: L('Discounted payback', 'months', 'Payback computed on discounted cash flows (same discount rate as NPV).'),
  revenueMultiple: L('Revenue multiple', 'multiple', 'Total revenue ÷ total capex over the horizon — the “$5M of infrastructure, $75M of revenue = 15x” figure. A gross multiple, not a net return.'),
  roi: L('ROI', 'fraction', 'Return on investment: (total revenue − total opex − total capex) ÷ total capex.'),
  costPerMTokens: L('Cost per M tokens', 'usdPerMTokens', 'All-in P&L cost per million tokens served: Σ (opex + depreciation) ÷ (Σ tokens served ÷ 1,000,000); for an application, its allocated cost.'),
  cashCostPerMTokens: L('Cash cost per M tokens', 'usdPerMTokens', 'Cash cost per million tokens: Σ (opex + capex) ÷ (Σ tokens served ÷ 1,000,000).'),
  energyCostPerMTokens: L('Energy cost per M tokens', 'usdPerMTokens', 'Energy cost per million tokens served: Σ energy cost ÷ (Σ tokens served ÷ 1,000,000).'),
  joulesPerToken: L('Energy per token', 'joulesPerToken', 'Joules per token: facility energy (IT load × PUE) in MWh × 3.6 × 10⁹ J/MWh ÷ tokens served on owned and rented platforms.'),
  tokensPerMWh: L('Tokens per MWh', 'tokensPerMWh', 'Tokens served on platforms per MWh of facility energy (the inverse of J/token): what a power-limited site can produce.'),
  energyCostPerRevenueDollar: L('Energy cost per revenue $', 'usdPerUsd', 'Energy cost per dollar of revenue: Σ energy cost ÷ Σ revenue.'),
  grossMarginPct: L('Gross margin', 'fraction', 'Gross margin: (revenue − P&L cost) ÷ revenue, where P&L cost is opex + depreciation.'),
  breakEvenApiPricePerMTokens: L('Break-even API price', 'usdPerMTokens', 'Break-even API price: the self-hosted cost of all platforms (energy, hosting, maintenance, depreciation, rental) ÷ tokens they served, per million. An API cheaper than this beats running our own fleet — the benchmark for negotiating inference prices.'),
  totalCost: L('Total cost', 'usd', 'Σ (opex + capex − disposal proceeds − terminal value) over the horizon: the cost of serving the demand, in both revenue modes.'),
  presentValueOfCost: L('Present value of cost', 'usd', 'The same cost flows discounted as NPV is (month 0 undiscounted): which fleet serves this demand for less. For a cost centre, NPV = − this.'),
  economicCostPerMTokens: L('Economic cost per M tokens', 'usdPerMTokens', 'Σ (opex + capital charge) ÷ (Σ tokens served ÷ 1,000,000), all tokens served (APIs included).'),
  afterTax: L('After-tax returns', 'count', 'NPV, IRR, MIRR and payback on the after-tax cash flow (same rules as the pre-tax ones); — without tax.'),
  // Warning
  code: L('Code', 'text', 'Stable warning code, e.g. capacity_short.'),
  message: L('Message', 'text', 'The warning in words.'),
  path: L('Scenario path', 'text', 'Scenario field the warning is about, e.g. platforms[1].fleet.maxNodes.'),
} as const satisfies Record<string, FieldLabel>;

export type OutputField = keyof typeof OUTPUT_LABELS;

/** Label of an output field, e.g. "Price per GPU-hour"; the key itself for an unknown name. */
export function outputLabel(field: string): string {
  return (OUTPUT_LABELS as Record<string, FieldLabel | undefined>)[field]?.label ?? field;
}
