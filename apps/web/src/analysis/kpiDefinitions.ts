/**
 * What each KPI means, in the words of the model contract (spec §4), for the tooltips on the
 * dashboard cards and the compare table. One home for the wording.
 */
export const KPI_DEFINITIONS = {
  npv:
    'Net present value: the sum of monthly cash flows (revenue − opex − capex), each discounted at the monthly equivalent of the annual discount rate, m = (1 + r)^(1/12) − 1. Month 0 is not discounted (spreadsheet CF₀ + NPV(m; CF₁…)).',
  irrAnnual:
    'Internal rate of return, annualised: (1 + x)^12 − 1, where x is the monthly rate at which NPV is zero. Shown as — when there is no such rate, or more than one (cash flows that change sign several times).',
  mirrAnnual:
    'Modified IRR, annualised: the spreadsheet MIRR with the discount rate as both finance and reinvestment rate. Always unique, so it is shown beside IRR.',
  paybackMonths:
    'Months until the cumulative cash flow turns non-negative, interpolated within the month it turns: k + (−cumulative before month k) / cash flow of month k. — if it never does within the horizon.',
  discountedPaybackMonths: 'Payback computed on discounted cash flows (same discount rate as NPV).',
  revenueMultiple:
    'Total revenue ÷ total capex over the horizon — the “$5M of infrastructure, $75M of revenue = 15x” figure. A gross multiple, not a net return.',
  roi: 'Return on investment: (total revenue − total opex − total capex) ÷ total capex.',
  costPerMTokens:
    'All-in P&L cost per million tokens served: Σ (opex + depreciation) ÷ (Σ tokens served ÷ 1,000,000), over the horizon.',
  cashCostPerMTokens: 'Cash cost per million tokens: Σ (opex + capex) ÷ (Σ tokens served ÷ 1,000,000).',
  energyCostPerMTokens: 'Energy cost per million tokens served: Σ energy cost ÷ (Σ tokens served ÷ 1,000,000).',
  energyCostPerRevenueDollar: 'Energy cost per dollar of revenue: Σ energy cost ÷ Σ revenue.',
  joulesPerToken:
    'Joules per token: facility energy (IT load × PUE) in MWh × 3.6 × 10⁹ J/MWh ÷ tokens served on owned and rented platforms.',
  tokensPerMWh: 'Tokens served on platforms per MWh of facility energy (the inverse of J/token): what a power-limited site can produce.',
  breakEvenApiPricePerMTokens:
    'Break-even API price: the self-hosted cost of all platforms (energy, hosting, maintenance, depreciation, rental) ÷ tokens they served, per million. An API cheaper than this beats running our own fleet — the benchmark for negotiating inference prices.',
  grossMarginPct: 'Gross margin: (revenue − P&L cost) ÷ revenue, where P&L cost is opex + depreciation.',
  totalRevenue: 'Revenue over the horizon: tokens served ÷ 1,000,000 × revenue price per million tokens, each application and month.',
  totalCapex: 'Cash paid for accelerator nodes over the horizon, in the month each node is added (a fixed fleet: all in month 0).',
  totalOpex: 'Operating cost over the horizon: energy, hosting, maintenance, rental, API and fixed opex.',
  totalTokens: 'Tokens served over the horizon (input + output), all platforms and APIs.',
  unmetTokens: 'Tokens demanded but not served for lack of capacity (node or power caps).',
} as const;

export type KpiDefinitionKey = keyof typeof KPI_DEFINITIONS;
