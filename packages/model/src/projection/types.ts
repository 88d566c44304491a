/**
 * The Projection (spec §7): what `project` returns and `POST /api/v1/projections` serves.
 * Every computed value is a decimal string in plain notation (or null where a ratio has a
 * zero denominator); `t`, `nodes` and `fiscalYear` are integers. Money carries 20 decimal
 * places at most (the money grid), exact and unrounded for presentation: round to cents
 * only when showing or exporting (largest remainder for allocated amounts).
 */

/** A decimal number as text, e.g. "1234.5678"; never exponent notation. */
export type DecimalString = string;

export interface PlatformMonth {
  readonly id: string;
  readonly nodes: number;
  /** Busy GPU-hours actually served: f·B. */
  readonly busyGpuHours: DecimalString;
  readonly utilization: DecimalString;
  readonly softwareMultiplier: DecimalString;
  readonly servedTokens: DecimalString;
  readonly unmetTokens: DecimalString;
  readonly energyMWh: DecimalString;
  readonly energyCost: DecimalString;
  readonly hosting: DecimalString;
  readonly maintenance: DecimalString;
  readonly rentalCost: DecimalString;
  readonly capex: DecimalString;
  readonly depreciation: DecimalString;
  readonly idleCost: DecimalString;
}

export interface ApplicationMonth {
  readonly id: string;
  readonly demandTokens: DecimalString;
  readonly servedTokens: DecimalString;
  readonly revenue: DecimalString;
  readonly allocatedCost: DecimalString;
}

/** The monthly lines that fiscal years and totals sum (money, tokens, energy). */
export const MONTH_FLOW_LINES = [
  'demandTokens',
  'servedTokens',
  'unmetTokens',
  'revenue',
  'energyMWh',
  'energyCost',
  'hosting',
  'maintenance',
  'apiCost',
  'rentalCost',
  'fixedOpex',
  'opex',
  'capex',
  'depreciation',
  'pnlCost',
  'cashFlow',
  'budget',
] as const;
export type MonthFlowLine = (typeof MONTH_FLOW_LINES)[number];

export type MonthRow = {
  readonly t: number;
  /** "YYYY-MM" */
  readonly month: string;
  readonly hours: DecimalString;
  readonly cumulativeCashFlow: DecimalString;
  readonly platforms: readonly PlatformMonth[];
  readonly applications: readonly ApplicationMonth[];
} & { readonly [line in MonthFlowLine]: DecimalString };

/** A fiscal year: every monthly flow line summed over its months, and the closing cumulative cash flow. */
export type FiscalYearRow = {
  readonly fiscalYear: number;
  /** Cumulative cash flow at the end of the fiscal year's last month in the horizon. */
  readonly cumulativeCashFlow: DecimalString;
} & { readonly [line in MonthFlowLine]: DecimalString };

export interface Kpis {
  readonly totalRevenue: DecimalString;
  readonly totalOpex: DecimalString;
  readonly totalCapex: DecimalString;
  readonly totalDepreciation: DecimalString;
  /** Total served tokens. */
  readonly totalTokens: DecimalString;
  readonly unmetTokens: DecimalString;
  readonly npv: DecimalString;
  readonly irrAnnual: DecimalString | null;
  readonly mirrAnnual: DecimalString | null;
  readonly paybackMonths: DecimalString | null;
  readonly discountedPaybackMonths: DecimalString | null;
  readonly revenueMultiple: DecimalString | null;
  readonly roi: DecimalString | null;
  readonly costPerMTokens: DecimalString | null;
  readonly cashCostPerMTokens: DecimalString | null;
  readonly energyCostPerMTokens: DecimalString | null;
  readonly joulesPerToken: DecimalString | null;
  readonly tokensPerMWh: DecimalString | null;
  readonly energyCostPerRevenueDollar: DecimalString | null;
  /** A fraction: 0.25 is 25 %. */
  readonly grossMarginPct: DecimalString | null;
  readonly breakEvenApiPricePerMTokens: DecimalString | null;
}

export interface ApplicationSummary {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly demandTokens: DecimalString;
  readonly servedTokens: DecimalString;
  readonly unmetTokens: DecimalString;
  readonly revenue: DecimalString;
  readonly allocatedCost: DecimalString;
  readonly costPerMTokens: DecimalString | null;
  readonly costPerQuery: DecimalString | null;
  readonly costPerTask: DecimalString | null;
  /** A fraction: 0.25 is 25 %. */
  readonly marginPct: DecimalString | null;
}

export interface ProjectionWarning {
  readonly code: string;
  readonly message: string;
  /** Scenario path the warning is about, e.g. `platforms[1].fleet.maxNodes`. */
  readonly path?: string;
}

export interface Projection {
  readonly scenarioName: string;
  readonly months: readonly MonthRow[];
  readonly fiscalYears: readonly FiscalYearRow[];
  readonly kpis: Kpis;
  readonly applications: readonly ApplicationSummary[];
  readonly warnings: readonly ProjectionWarning[];
}
