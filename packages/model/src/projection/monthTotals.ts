/**
 * Scenario month totals (spec §3), in Decimal:
 * revenue `Σ_a S_a/1e6 · p_a(t)`; opex `= energy + hosting + maintenance + rentalCost +
 * apiCost + fixedOpexPerMonth`; cashFlow `= revenue − opex − capex`; cumulativeCashFlow its
 * running sum; pnlCost `= opex + depreciation`; budget `= (opex + capex) · (1 + contingencyPct)`.
 */
import { Decimal, ONE, ZERO } from '../decimal';
import { exactSum } from '../exactSum';
import { add, sub, sumOf } from '../wordArithmetic';
import { moneyProduct } from './grids';
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
  const budgetFactor = ONE.plus(contingencyPct);
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
    const line = {
      energyCost: sumAt(energy, t),
      hosting: sumAt(hosting, t),
      maintenance: sumAt(maintenance, t),
      rentalCost: sumAt(rental, t),
      apiCost: sumAt(api, t),
    };
    // Decimal.sum: the exact sum rounded once, which sumOf is.
    const opexTerms = [line.energyCost, line.hosting, line.maintenance, line.rentalCost, line.apiCost, fixedOpexPerMonth];
    const opex = sumOf(opexTerms) ?? Decimal.sum(...opexTerms);
    const capex = sumAt(capexes, t);
    const depreciation = sumAt(depreciations, t);
    const monthRevenue = sumAt(revenue, t);
    const cashFlow = sub(sub(monthRevenue, opex), capex);
    cumulative = add(cumulative, cashFlow);
    rows.push({
      demandTokens,
      servedTokens,
      unmetTokens: sub(demandTokens, servedTokens),
      revenue: monthRevenue,
      energyMWh: sumAt(mwh, t),
      ...line,
      fixedOpex: fixedOpexPerMonth,
      opex,
      capex,
      depreciation,
      pnlCost: add(opex, depreciation),
      cashFlow,
      cumulativeCashFlow: cumulative,
      budget: moneyProduct(add(opex, capex), budgetFactor),
    });
  }
  return rows;
}
