/**
 * Scenario month totals (spec §3, §8): revenue `Σ_a S_a/1e6 · p_a(t)` (0 for a cost centre); opex
 * `= energy + hosting + maintenance + rentalCost + apiCost + fixedOpex(t)` with `fixedOpex(t) =
 * fixedOpexPerMonth · (1 + esc)^year(t)`; cashFlow `= revenue − opex − capex + disposalProceeds +
 * terminalValue`; cumulativeCashFlow its running sum; pnlCost `= opex + depreciation`; budget `=
 * (opex + capex) · (1 + contingencyPct)`; with a tax rate, `tax = rate · (revenue − opex −
 * taxDepreciation + disposalProceeds + terminalValue − taxBasisReleased)` (negative: a shield used
 * the same month) and `afterTaxCashFlow = cashFlow − tax` (without tax: tax and taxDepreciation 0).
 * The lines of a month from its sums (`monthMoney`) are written once for both number types
 * (numeric.ts); the sums over platforms and applications are the loops'.
 */
import { type Decimal, ZERO } from '../decimal';
import { exactSum } from '../exactSum';
import { decimalArithmetic, type Arithmetic } from '../numeric';
import { add, sub } from '../wordArithmetic';
import type { PlatformCostLines } from './platformCosts';
import { wholeYearPowers } from './powerSeries';
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
  /** §9 (applicationSeries.ts, when the application has seats): seats per month and the seat revenue inside `revenue`. */
  readonly seats?: readonly Decimal[];
  readonly seatRevenue?: readonly Decimal[];
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
  disposalProceeds: T;
  terminalValue: T;
  capitalCharge: T;
  taxDepreciation: T;
  taxBasisReleased: T;
  opex: T;
  cashFlow: T;
  pnlCost: T;
  budget: T;
  tax: T;
  afterTaxCashFlow: T;
}

/**
 * opex, cash flow, P&L cost, budget, tax and after-tax cash flow of a month (sums on the money
 * grid: exact in Decimal). `taxRate` null: no tax (tax 0, taxDepreciation set to 0).
 */
export function monthMoney<T>(N: Arithmetic<T>, m: MonthMoney<T>, budgetFactor: T, taxRate: T | null): void {
  m.opex = N.add(N.add(N.add(N.add(N.add(m.energyCost, m.hosting), m.maintenance), m.rentalCost), m.apiCost), m.fixedOpex);
  let cashFlow = N.sub(N.sub(m.revenue, m.opex), m.capex);
  // Disposals and terminal value: 0 in most months (and every v1 month), then nothing to add.
  const capitalIn = N.add(m.disposalProceeds, m.terminalValue);
  if (!N.isZero(capitalIn)) cashFlow = N.add(cashFlow, capitalIn);
  m.cashFlow = cashFlow;
  m.pnlCost = N.add(m.opex, m.depreciation);
  m.budget = N.moneyProduct(N.add(m.opex, m.capex), budgetFactor);
  if (taxRate === null) {
    m.taxDepreciation = N.zero;
    m.tax = N.zero;
    m.afterTaxCashFlow = cashFlow;
    return;
  }
  const gain = N.sub(capitalIn, m.taxBasisReleased); // proceeds over the remaining tax basis
  const taxable = N.add(N.sub(N.sub(m.revenue, m.opex), m.taxDepreciation), gain);
  m.tax = N.moneyProduct(taxRate, taxable);
  m.afterTaxCashFlow = N.sub(cashFlow, m.tax);
}

/** What the month totals take from the scenario besides the series. */
export interface MonthTotalsOptions {
  readonly fixedOpexPerMonth: Decimal;
  /** `fixedOpexAnnualEscalation` (0: the same amount every month). */
  readonly fixedOpexEscalation: Decimal;
  readonly contingencyPct: Decimal;
  /** §8 tax rate; null without `tax`. */
  readonly taxRate: Decimal | null;
  /** §8 `revenueMode: "costCentre"`: revenue 0 whatever the prices. */
  readonly costCentre: boolean;
}

/** `fixedOpexPerMonth · factor`, factor `(1 + esc)^year(t)` tabulated once (no pow per month); the amount itself when 1. */
export function fixedOpexAt<T>(N: Arithmetic<T>, perMonth: T, factor: T): T {
  return N.cmp(factor, N.one) === 0 ? perMonth : N.moneyProduct(perMonth, factor);
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
  options: MonthTotalsOptions,
): MonthLines[] {
  const N = decimalArithmetic;
  const budgetFactor = N.add(N.one, options.contingencyPct);
  const fixedOpex = options.fixedOpexEscalation.isZero()
    ? null
    : wholeYearPowers(N.add(N.one, options.fixedOpexEscalation), months).map((factor) => fixedOpexAt(N, options.fixedOpexPerMonth, factor));
  // A series of zeros adds nothing to exactSum (it skips zero terms): left out of the sums (the §8 lines of a v1 scenario).
  const live = (list: readonly (readonly Decimal[])[]) => list.filter((series) => !series.every((value) => value.isZero()));
  const on = <K extends keyof PlatformSeries>(key: K) => live(platforms.map((p) => p[key]));
  // Tokens: the platforms' sums plus the applications on APIs (served in full).
  const onApi = applications.filter((a) => a.onApi);
  const demand = [...on('demandTokens'), ...onApi.map((a) => a.demand)];
  const served = [...on('servedTokens'), ...onApi.map((a) => a.served)];
  const revenue = options.costCentre ? [] : applications.map((a) => a.revenue);
  const api = live(onApi.map((a) => a.apiCost));
  const [mwh, energy, hosting, maintenance, rental, capexes, depreciations] = [
    on('energyMWh'), on('energyCost'), on('hosting'), on('maintenance'), on('rentalCost'), on('capex'), on('depreciation'),
  ];
  const [disposals, terminals, charges, taxDepreciations, basisReleased] = [
    on('disposalProceeds'), on('terminalValue'), on('capitalCharge'), on('taxDepreciation'), on('taxBasisReleased'),
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
      fixedOpex: fixedOpex?.[t] ?? options.fixedOpexPerMonth,
      revenue: sumAt(revenue, t),
      capex: sumAt(capexes, t),
      depreciation: sumAt(depreciations, t),
      disposalProceeds: sumAt(disposals, t),
      terminalValue: sumAt(terminals, t),
      capitalCharge: sumAt(charges, t),
      taxDepreciation: sumAt(taxDepreciations, t),
      taxBasisReleased: sumAt(basisReleased, t),
      opex: ZERO, cashFlow: ZERO, pnlCost: ZERO, budget: ZERO, tax: ZERO, afterTaxCashFlow: ZERO,
    };
    monthMoney(N, m, budgetFactor, options.taxRate);
    cumulative = add(cumulative, m.cashFlow);
    // One literal, the keys in the order of the rest-and-spread it replaces (no copy of m without taxBasisReleased).
    rows.push({
      demandTokens, servedTokens, unmetTokens: sub(demandTokens, servedTokens), energyMWh: sumAt(mwh, t),
      energyCost: m.energyCost, hosting: m.hosting, maintenance: m.maintenance, rentalCost: m.rentalCost, apiCost: m.apiCost,
      fixedOpex: m.fixedOpex, revenue: m.revenue, capex: m.capex, depreciation: m.depreciation, disposalProceeds: m.disposalProceeds,
      terminalValue: m.terminalValue, capitalCharge: m.capitalCharge, taxDepreciation: m.taxDepreciation, opex: m.opex,
      cashFlow: m.cashFlow, pnlCost: m.pnlCost, budget: m.budget, tax: m.tax, afterTaxCashFlow: m.afterTaxCashFlow,
      cumulativeCashFlow: cumulative,
    });
  }
  return rows;
}
