/**
 * Scenario month totals (spec §3): revenue `Σ_a S_a/1e6 · p_a(t)`; opex `= energy + hosting +
 * maintenance + rentalCost + apiCost + fixedOpexPerMonth`; cashFlow `= revenue − opex − capex`;
 * cumulativeCashFlow its running sum; pnlCost `= opex + depreciation`; budget `= (opex + capex) ·
 * (1 + contingencyPct)`. The lines of a month from its sums (`monthMoney`) are written once for
 * both number types (numeric.ts); the sums over platforms and applications are the loops'.
 */
import { type Decimal, ZERO } from '../decimal';
import { exactSum } from '../exactSum';
import { decimalArithmetic, type Arithmetic } from '../numeric';
import { add, sub } from '../wordArithmetic';
import type { PlatformCostLines } from './platformCosts';
import type { MonthFlowLine } from './types';

export type MonthLines = { readonly [line in MonthFlowLine]: Decimal } & { readonly cumulativeCashFlow: Decimal };

/** Per-month series of one application. */
export interface ApplicationSeries {
  readonly onApi: boolean;
  readonly demand: readonly Decimal[];
  readonly served: readonly Decimal[];
  readonly revenue: readonly Decimal[];
  readonly apiCost: readonly Decimal[];
  readonly allocated: readonly Decimal[];
}

/** Per-month series of one platform that the month totals sum: its cost lines and its physical totals. */
export type PlatformSeries = Omit<PlatformCostLines, 'selfHostedCost'> & {
  readonly demandTokens: readonly Decimal[];
  readonly servedTokens: readonly Decimal[];
  readonly energyMWh: readonly Decimal[];
};

/** A month's summed money lines, refilled by the caller; `monthMoney` fills the rest. */
export interface MonthMoney<T> {
  energyCost: T;
  hosting: T;
  maintenance: T;
  rentalCost: T;
  apiCost: T;
  fixedOpex: T;
  revenue: T;
  capex: T;
  depreciation: T;
  opex: T;
  cashFlow: T;
  pnlCost: T;
  budget: T;
}

/** opex, cash flow, P&L cost and budget of a month (sums on the money grid: exact in Decimal). */
export function monthMoney<T>(N: Arithmetic<T>, m: MonthMoney<T>, budgetFactor: T): void {
  m.opex = N.add(N.add(N.add(N.add(N.add(m.energyCost, m.hosting), m.maintenance), m.rentalCost), m.apiCost), m.fixedOpex);
  m.cashFlow = N.sub(N.sub(m.revenue, m.opex), m.capex);
  m.pnlCost = N.add(m.opex, m.depreciation);
  m.budget = N.moneyProduct(N.add(m.opex, m.capex), budgetFactor);
}

/** The terms of one sum, refilled for each (exactSum keeps no reference). */
const terms: Decimal[] = [];

/** Σ of the series at month t (values on a grid: exact in any order; see exactSum.ts). */
function sumAt(series: readonly (readonly Decimal[])[], t: number): Decimal {
  terms.length = 0;
  for (let i = 0; i < series.length; i++) {
    const value = series[i]?.[t];
    if (value !== undefined) terms.push(value);
  }
  return exactSum(terms);
}

export function monthTotals(
  months: number,
  applications: readonly ApplicationSeries[],
  platforms: readonly PlatformSeries[],
  fixedOpexPerMonth: Decimal,
  contingencyPct: Decimal,
): MonthLines[] {
  const N = decimalArithmetic;
  const budgetFactor = N.add(N.one, contingencyPct);
  const on = <K extends keyof PlatformSeries>(key: K) => platforms.map((p) => p[key]);
  // Tokens: the platforms' sums plus the applications on APIs (served in full).
  const onApi = applications.filter((a) => a.onApi);
  const demand = [...on('demandTokens'), ...onApi.map((a) => a.demand)];
  const served = [...on('servedTokens'), ...onApi.map((a) => a.served)];
  const revenue = applications.map((a) => a.revenue);
  const api = onApi.map((a) => a.apiCost);
  const [mwh, energy, hosting, maintenance, rental, capexes, depreciations] = [
    on('energyMWh'), on('energyCost'), on('hosting'), on('maintenance'), on('rentalCost'), on('capex'), on('depreciation'),
  ];
  const rows: MonthLines[] = [];
  let cumulative = ZERO;
  for (let t = 0; t < months; t++) {
    const demandTokens = sumAt(demand, t);
    const servedTokens = sumAt(served, t);
    const m: MonthMoney<Decimal> = {
      energyCost: sumAt(energy, t),
      hosting: sumAt(hosting, t),
      maintenance: sumAt(maintenance, t),
      rentalCost: sumAt(rental, t),
      apiCost: sumAt(api, t),
      fixedOpex: fixedOpexPerMonth,
      revenue: sumAt(revenue, t),
      capex: sumAt(capexes, t),
      depreciation: sumAt(depreciations, t),
      opex: ZERO, cashFlow: ZERO, pnlCost: ZERO, budget: ZERO,
    };
    monthMoney(N, m, budgetFactor);
    cumulative = add(cumulative, m.cashFlow);
    rows.push({ demandTokens, servedTokens, unmetTokens: sub(demandTokens, servedTokens), energyMWh: sumAt(mwh, t), ...m, cumulativeCashFlow: cumulative });
  }
  return rows;
}
