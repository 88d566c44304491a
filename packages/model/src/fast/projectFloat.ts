/**
 * The projection of spec §3 in float64: the Monte Carlo fast path, the float instance of the
 * engine. The platform month, an owned platform's money and depreciation are the Decimal
 * engine's own functions run with floatArithmetic (numeric.ts, docs/model.md §10.1); demand,
 * serving, revenue and the month totals are still written here too. The tests and
 * bench/compare-engines.ts hold the two instances to 1e-9 relative.
 *
 * Allocation: every array lives in a `FloatWorkspace` made once per scenario shape (horizon,
 * platforms, applications); `projectFloat(fs, ws)` overwrites it, so thousands of paths allocate
 * nothing. The returned projection *is* the workspace's output: copy what you keep before the
 * next call. No `Math.pow` per cell: demand progresses by multiplication (as the Decimal engine
 * does), price paths are tabulated at compile time.
 */
import { floatArithmetic } from '../numeric';
import { fixedOpexAt, monthMoney, type MonthMoney } from '../projection/monthTotals';
import { applicationsInto, demandAndWeights } from './applicationsFloat';
import { platformMonths } from './platformFloat';
import type { FloatScenario } from './compile';

export interface FloatProjection {
  horizon: number;
  demandTokens: Float64Array;
  servedTokens: Float64Array;
  revenue: Float64Array;
  energyMWh: Float64Array;
  energyCost: Float64Array;
  hosting: Float64Array;
  maintenance: Float64Array;
  apiCost: Float64Array;
  rentalCost: Float64Array;
  opex: Float64Array;
  capex: Float64Array;
  depreciation: Float64Array;
  pnlCost: Float64Array;
  cashFlow: Float64Array;
  budget: Float64Array;
  fixedOpex: Float64Array;
  /** §8 capital lines, summed over the platforms (owned platforms' cohorts: 0 where unused). */
  disposalProceeds: Float64Array;
  terminalValue: Float64Array;
  capitalCharge: Float64Array;
  taxDepreciation: Float64Array;
  taxBasisReleased: Float64Array;
  /** §8 tax (0 without) and the after-tax cash flow. */
  tax: Float64Array;
  afterTaxCashFlow: Float64Array;
  /** Nodes per platform per month: nodes[p * horizon + t]. */
  nodes: Float64Array;
  /** Tokens served on platforms (owned or rented), for J/token. */
  platformServedTokens: Float64Array;
  /** Self-hosted cost of all platforms (energy + hosting + maintenance + depreciation + rental). */
  selfHostedCost: Float64Array;
}

export const FLOAT_MONTH_LINES = [
  'demandTokens', 'servedTokens', 'revenue', 'energyMWh', 'energyCost', 'hosting', 'maintenance', 'apiCost',
  'rentalCost', 'opex', 'capex', 'depreciation', 'pnlCost', 'cashFlow', 'budget', 'platformServedTokens', 'selfHostedCost',
  'fixedOpex', 'disposalProceeds', 'terminalValue', 'capitalCharge', 'taxDepreciation', 'taxBasisReleased', 'tax', 'afterTaxCashFlow',
] as const;
type MonthLine = (typeof FLOAT_MONTH_LINES)[number];
/** The lines monthLines writes whole each projection (every other line is a sum, zeroed first). */
const ASSIGNED: ReadonlySet<MonthLine> = new Set(['fixedOpex', 'opex', 'cashFlow', 'pnlCost', 'budget', 'tax', 'afterTaxCashFlow']);
const SUMMED = FLOAT_MONTH_LINES.filter((line) => !ASSIGNED.has(line));

export interface FloatWorkspace {
  readonly horizon: number;
  readonly platforms: number;
  readonly applications: number;
  readonly demand: Float64Array; // A·H
  readonly weight: Float64Array; // P·H: Σ D/T (token-seconds per GPU at day-one speed)
  readonly served: Float64Array; // P·H: served fraction
  readonly depreciationChange: Float64Array; // H + 1
  readonly out: FloatProjection;
  /** The output lines that are sums, zeroed at the start of each projection. */
  readonly summed: readonly Float64Array[];
}

export function createWorkspace(s: FloatScenario): FloatWorkspace {
  const H = s.horizon;
  const P = s.platforms.length;
  const lines = Object.fromEntries(FLOAT_MONTH_LINES.map((line) => [line, new Float64Array(H)])) as Record<MonthLine, Float64Array>;
  return {
    horizon: H,
    platforms: P,
    applications: s.applications.length,
    demand: new Float64Array(s.applications.length * H),
    weight: new Float64Array(P * H),
    served: new Float64Array(P * H),
    depreciationChange: new Float64Array(H + 1),
    out: { horizon: H, ...lines, nodes: new Float64Array(P * H) },
    summed: SUMMED.map((line) => lines[line]),
  };
}

const F = floatArithmetic;

class FloatMonthMoney implements MonthMoney<number> {
  energyCost = 0.5;
  hosting = 0.5;
  maintenance = 0.5;
  rentalCost = 0.5;
  apiCost = 0.5;
  fixedOpex = 0.5;
  revenue = 0.5;
  capex = 0.5;
  depreciation = 0.5;
  disposalProceeds = 0.5;
  terminalValue = 0.5;
  capitalCharge = 0.5;
  taxDepreciation = 0.5;
  taxBasisReleased = 0.5;
  opex = 0.5;
  cashFlow = 0.5;
  pnlCost = 0.5;
  budget = 0.5;
  tax = 0.5;
  afterTaxCashFlow = 0.5;
}

/**
 * Fixed opex, opex, cash flow, P&L cost, budget, tax and after-tax cash flow of each month
 * (monthTotals.ts `monthMoney`, `fixedOpexAt`); a cost centre's revenue is 0 (§8).
 */
function monthLines(s: FloatScenario, out: FloatProjection): void {
  const budgetFactor = 1 + s.contingencyPct;
  if (s.costCentre) out.revenue.fill(0);
  const month = new FloatMonthMoney(); // local: escape analysis keeps it in registers where monthMoney inlines
  month.disposalProceeds = 0;
  month.terminalValue = 0;
  month.capitalCharge = 0;
  month.taxDepreciation = 0;
  month.taxBasisReleased = 0;
  const { capitalFlows, taxRate } = s;
  const taxed = taxRate !== null;
  for (let t = 0; t < s.horizon; t++) {
    month.fixedOpex = fixedOpexAt(F, s.fixedOpexPerMonth, s.fixedOpexFactor[t] ?? 1);
    month.energyCost = out.energyCost[t] ?? 0;
    month.hosting = out.hosting[t] ?? 0;
    month.maintenance = out.maintenance[t] ?? 0;
    month.rentalCost = out.rentalCost[t] ?? 0;
    month.apiCost = out.apiCost[t] ?? 0;
    month.revenue = out.revenue[t] ?? 0;
    month.capex = out.capex[t] ?? 0;
    month.depreciation = out.depreciation[t] ?? 0;
    // §8 lines that stay 0 without their feature are not read (monthMoney does not read the capital charge)
    if (capitalFlows) {
      month.disposalProceeds = out.disposalProceeds[t] ?? 0;
      month.terminalValue = out.terminalValue[t] ?? 0;
    }
    if (taxed) {
      month.taxDepreciation = out.taxDepreciation[t] ?? 0;
      month.taxBasisReleased = out.taxBasisReleased[t] ?? 0;
    }
    monthMoney(F, month, budgetFactor, taxRate);
    out.fixedOpex[t] = month.fixedOpex;
    out.opex[t] = month.opex;
    out.cashFlow[t] = month.cashFlow;
    out.pnlCost[t] = month.pnlCost;
    out.budget[t] = month.budget;
    if (taxed) out.taxDepreciation[t] = month.taxDepreciation;
    out.tax[t] = month.tax;
    out.afterTaxCashFlow[t] = month.afterTaxCashFlow;
  }
}

export function projectFloat(s: FloatScenario, workspace?: FloatWorkspace): FloatProjection {
  const H = s.horizon;
  const P = s.platforms.length;
  const A = s.applications.length;
  const ws = workspace ?? createWorkspace(s);
  if (ws.horizon !== H || ws.platforms !== P || ws.applications !== A) throw new RangeError('workspace does not fit the scenario');
  const out = ws.out;
  const summed = ws.summed;
  for (let i = 0; i < summed.length; i++) summed[i]?.fill(0);
  ws.weight.fill(0);
  demandAndWeights(s.applications, ws);

  for (let pi = 0; pi < P; pi++) {
    const p = s.platforms[pi];
    if (!p) continue;
    const base = pi * H;
    platformMonths(s, p, base, ws);
  }

  applicationsInto(s.applications, s.commitments, ws);

  monthLines(s, out);
  return out;
}
