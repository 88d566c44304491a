/**
 * The parts of the Projection (spec §7) and Scenario (spec §2) the analysis screens read.
 * Structural and read-only, so the model's own `Projection` / `Scenario` types are assignable
 * to them. Every computed value is a decimal string or null; `t`, `nodes`, `fiscalYear` are ints.
 */
export type Dec = string;
export type DecOrNull = string | null;

export interface PlatformMonthView {
  readonly id: string;
  readonly nodes: number;
  readonly busyGpuHours: Dec;
  readonly utilization: Dec;
  readonly softwareMultiplier: Dec;
  readonly servedTokens: Dec;
  readonly unmetTokens: Dec;
  readonly energyMWh: Dec;
  readonly energyCost: Dec;
  readonly hosting: Dec;
  readonly maintenance: Dec;
  readonly rentalCost: Dec;
  readonly capex: Dec;
  readonly depreciation: Dec;
  readonly idleCost: Dec;
}

export interface ApplicationMonthView {
  readonly id: string;
  readonly demandTokens: Dec;
  readonly servedTokens: Dec;
  readonly revenue: Dec;
  readonly allocatedCost: Dec;
}

/** The money, token and energy lines of a month, also summed per fiscal year. */
export interface LinesView {
  readonly demandTokens: Dec;
  readonly servedTokens: Dec;
  readonly unmetTokens: Dec;
  readonly revenue: Dec;
  readonly energyMWh: Dec;
  readonly energyCost: Dec;
  readonly hosting: Dec;
  readonly maintenance: Dec;
  readonly apiCost: Dec;
  readonly rentalCost: Dec;
  readonly fixedOpex: Dec;
  readonly opex: Dec;
  readonly capex: Dec;
  readonly depreciation: Dec;
  readonly pnlCost: Dec;
  readonly cashFlow: Dec;
  readonly budget: Dec;
}

export interface MonthView extends LinesView {
  readonly t: number;
  readonly month: string;
  readonly hours?: Dec | number;
  readonly cumulativeCashFlow: Dec;
  readonly platforms: readonly PlatformMonthView[];
  readonly applications: readonly ApplicationMonthView[];
}

export interface FiscalYearView extends Partial<LinesView> {
  readonly fiscalYear: number;
}

export interface KpisView {
  readonly totalRevenue: Dec;
  readonly totalOpex: Dec;
  readonly totalCapex: Dec;
  readonly totalDepreciation: Dec;
  readonly totalTokens: Dec;
  readonly unmetTokens: Dec;
  readonly npv: Dec;
  readonly irrAnnual: DecOrNull;
  readonly mirrAnnual: DecOrNull;
  readonly paybackMonths: DecOrNull;
  readonly discountedPaybackMonths: DecOrNull;
  readonly revenueMultiple: DecOrNull;
  readonly roi: DecOrNull;
  readonly costPerMTokens: DecOrNull;
  readonly cashCostPerMTokens: DecOrNull;
  readonly energyCostPerMTokens: DecOrNull;
  readonly joulesPerToken: DecOrNull;
  readonly tokensPerMWh: DecOrNull;
  readonly energyCostPerRevenueDollar: DecOrNull;
  readonly grossMarginPct: DecOrNull;
  readonly breakEvenApiPricePerMTokens: DecOrNull;
}

export interface WarningView {
  readonly code: string;
  readonly message: string;
  readonly path?: string | readonly (string | number)[] | undefined;
}

export interface ProjectionView {
  readonly scenarioName: string;
  readonly months: readonly MonthView[];
  readonly fiscalYears: readonly FiscalYearView[];
  readonly kpis: KpisView;
  readonly warnings: readonly WarningView[];
}

/** The Scenario fields the screens use for names, teams, models and which app runs where. */
export interface ScenarioView {
  readonly name: string;
  readonly start: string;
  readonly fiscalYearStartMonth: number;
  readonly idlePolicy?: 'separate' | 'spread' | undefined;
  readonly platforms: readonly { readonly id: string; readonly name: string; readonly acquisition?: { readonly type: string } | undefined }[];
  readonly apiOptions: readonly { readonly id: string; readonly name: string }[];
  readonly applications: readonly {
    readonly id: string;
    readonly name: string;
    readonly team: string;
    readonly model: string;
    readonly servedBy: { readonly platform: string } | { readonly api: string };
  }[];
}
