/**
 * The reference calculator's projection: the shape of spec §7 (+ §8, §9 response fields) with
 * float64 numbers where the engine writes decimal strings. Null where a ratio has no denominator.
 */
import type { Target } from './scenario';

export interface RefPlatformMonth {
  id: string;
  nodes: number;
  busyGpuHours: number;
  utilization: number;
  softwareMultiplier: number;
  servedTokens: number;
  unmetTokens: number;
  energyMWh: number;
  energyCost: number;
  hosting: number;
  maintenance: number;
  rentalCost: number;
  capex: number;
  depreciation: number;
  idleCost: number;
  // §8, §9
  nodesOrdered: number;
  nodesRetired: number;
  capitalCharge: number;
  allInCostPerGpuHour: number | null;
  reservedNodes: number;
}

export interface RefApplicationMonth {
  id: string;
  demandTokens: number;
  servedTokens: number;
  revenue: number;
  allocatedCost: number;
  // §8, §9
  target: Target;
  seats?: number;
  seatRevenue: number;
}

export interface RefApiOptionMonth {
  id: string;
  cost: number;
  unusedCommitment: number;
}

/** The monthly lines that fiscal years sum, v1 then §8. */
export const V1_FLOW_LINES = [
  'demandTokens', 'servedTokens', 'unmetTokens', 'revenue', 'energyMWh', 'energyCost', 'hosting', 'maintenance',
  'apiCost', 'rentalCost', 'fixedOpex', 'opex', 'capex', 'depreciation', 'pnlCost', 'cashFlow', 'budget',
] as const;
export const V2_FLOW_LINES = ['disposalProceeds', 'terminalValue', 'capitalCharge', 'taxDepreciation', 'tax', 'afterTaxCashFlow'] as const;
export type FlowLine = (typeof V1_FLOW_LINES)[number] | (typeof V2_FLOW_LINES)[number];

export type RefMonth = { t: number; month: string; hours: number; cumulativeCashFlow: number } & Record<FlowLine, number> & {
  platforms: RefPlatformMonth[];
  applications: RefApplicationMonth[];
  apiOptions: RefApiOptionMonth[];
};

export type RefFiscalYear = { fiscalYear: number; cumulativeCashFlow: number } & Record<FlowLine, number>;

export interface RefReturns {
  npv: number;
  irrAnnual: number | null;
  mirrAnnual: number | null;
  paybackMonths: number | null;
}

export interface RefKpis extends RefReturns {
  totalRevenue: number;
  totalOpex: number;
  totalCapex: number;
  totalDepreciation: number;
  totalTokens: number;
  unmetTokens: number;
  discountedPaybackMonths: number | null;
  revenueMultiple: number | null;
  roi: number | null;
  costPerMTokens: number | null;
  cashCostPerMTokens: number | null;
  energyCostPerMTokens: number | null;
  joulesPerToken: number | null;
  tokensPerMWh: number | null;
  energyCostPerRevenueDollar: number | null;
  grossMarginPct: number | null;
  breakEvenApiPricePerMTokens: number | null;
  // §8
  totalCost: number;
  presentValueOfCost: number;
  economicCostPerMTokens: number | null;
  afterTax: RefReturns | null;
  platforms: {
    id: string;
    gpuHours: number;
    capitalCharge: number;
    nodesOrdered: number;
    nodesRetired: number;
    allInCostPerGpuHour: number | null;
  }[];
}

export interface RefApplicationSummary {
  id: string;
  name: string;
  team: string;
  demandTokens: number;
  servedTokens: number;
  unmetTokens: number;
  revenue: number;
  allocatedCost: number;
  costPerMTokens: number | null;
  costPerQuery: number | null;
  costPerTask: number | null;
  marginPct: number | null;
}

/** What the reference knows about its own numbers that the comparison must respect. */
export interface RefNotes {
  /** IRR roots in (−0.99, 10) found by the scan: compare IRR only when this is "clear". */
  irr: 'clear' | 'fragile';
  afterTaxIrr: 'clear' | 'fragile';
  /** Roots found (Infinity when every flow is 0); ≥ 2 means the engine must warn irr_multiple. */
  irrRoots: number;
  afterTaxIrrRoots: number;
}

export interface RefProjection {
  scenarioName: string;
  months: RefMonth[];
  fiscalYears: RefFiscalYear[];
  kpis: RefKpis;
  applications: RefApplicationSummary[];
  notes: RefNotes;
}
