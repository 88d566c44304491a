/**
 * Horizon KPIs (spec §4, §8) and per-application totals, from the month totals. Every ratio with
 * a zero denominator is null (decimal.ts `ratio`). Unit costs per M tokens divide by served
 * tokens; fixed opex is in the scenario's cost per M tokens but not in any application's
 * (it is not allocated, spec §4). §8: NPV, IRR, MIRR and paybacks on the cash flow with
 * disposals and terminal value; the same on the after-tax cash flow when there is a tax; a cost
 * centre has no return measures (null) but keeps NPV; total cost and its present value always.
 */
import type { Decimal } from '../decimal';
import { exactSum } from '../exactSum';
import type { ApplicationSeries, MonthLines } from '../projection/monthTotals';
import type { ApplicationSummary, ScalarKpi } from '../projection/types';
import { decimalArithmetic } from '../numeric';
import { horizonRatios, perMillionOf, ratioOf } from './horizon';
import type { PlatformKpiValues } from './platformKpis';
import { irr } from './irr';
import { mirr } from './mirr';
import { npv } from './npv';
import { discountedPaybackMonths, paybackMonths } from './payback';
import { monthlyRateFromAnnual } from './rates';

/** NPV, IRR, MIRR and payback of one cash-flow series (§4's rules). */
export interface ReturnValues {
  readonly npv: Decimal;
  readonly irrAnnual: Decimal | null;
  readonly mirrAnnual: Decimal | null;
  readonly paybackMonths: Decimal | null;
}

export type KpiValues = { readonly [key in ScalarKpi]: Decimal | null } & {
  /** §8: on the after-tax cash flow; null without tax. */
  readonly afterTax: ReturnValues | null;
  readonly platforms: readonly PlatformKpiValues[];
};

/** What the KPIs take from the scenario besides the months. */
export interface KpiOptions {
  readonly discountRateAnnual: Decimal;
  /** §8 revenueMode "costCentre": the measures that need revenue are null. */
  readonly costCentre: boolean;
  /** §8 tax given: `afterTax` is computed on `afterTaxCashFlow`. */
  readonly taxed: boolean;
}

/** Horizon sums over the platforms (owned and rented). */
export interface PlatformTotals {
  readonly selfHostedCost: Decimal;
  readonly servedTokens: Decimal;
  readonly energyMWh: Decimal;
}

const N = decimalArithmetic;

function total(months: readonly MonthLines[], line: keyof MonthLines): Decimal {
  return exactSum(months.map((month) => month[line]));
}

/** `amount` per million of `tokens`; null without tokens. */
function perMillion(amount: Decimal, tokens: Decimal): Decimal | null {
  return perMillionOf(N, amount, tokens);
}

/** NPV, IRR, MIRR and payback of `flows`; the return measures null for a cost centre (NPV stays). */
function returnsOf(flows: readonly Decimal[], m: Decimal, costCentre: boolean): { values: ReturnValues; irrMultiple: boolean } {
  if (costCentre) return { values: { npv: npv(flows, m), irrAnnual: null, mirrAnnual: null, paybackMonths: null }, irrMultiple: false };
  const rateOfReturn = irr(flows);
  const values = { npv: npv(flows, m), irrAnnual: rateOfReturn.annual, mirrAnnual: mirr(flows, m), paybackMonths: paybackMonths(flows) };
  return { values, irrMultiple: rateOfReturn.multiple };
}

/** Each month's cost flow `opex + capex − disposalProceeds − terminalValue` (§8 totalCost). */
function costFlows(months: readonly MonthLines[]): Decimal[] {
  return months.map((month) => {
    const paid = N.add(month.opex, month.capex);
    const back = N.add(month.disposalProceeds, month.terminalValue);
    return N.isZero(back) ? paid : N.sub(paid, back);
  });
}

export function summarizeKpis(
  months: readonly MonthLines[],
  platforms: PlatformTotals,
  options: KpiOptions,
  platformKpis: readonly PlatformKpiValues[] = [],
): { kpis: KpiValues; irrMultiple: boolean; afterTaxIrrMultiple: boolean } {
  const { costCentre } = options;
  const flows = months.map((m) => m.cashFlow);
  const m = monthlyRateFromAnnual(options.discountRateAnnual);
  const revenue = total(months, 'revenue');
  const served = total(months, 'servedTokens');
  const totals = {
    revenue,
    opex: total(months, 'opex'),
    capex: total(months, 'capex'),
    pnlCost: total(months, 'pnlCost'),
    energyCost: total(months, 'energyCost'),
    servedTokens: served,
    platformSelfHostedCost: platforms.selfHostedCost,
    platformServedTokens: platforms.servedTokens,
    platformEnergyMWh: platforms.energyMWh,
  };
  const preTax = returnsOf(flows, m, costCentre);
  const afterTax = options.taxed ? returnsOf(months.map((month) => month.afterTaxCashFlow), m, costCentre) : null;
  const ratios = horizonRatios(N, totals);
  const cost = costFlows(months);
  const kpis: KpiValues = {
    totalRevenue: revenue,
    totalOpex: totals.opex,
    totalCapex: totals.capex,
    totalDepreciation: total(months, 'depreciation'),
    totalTokens: served,
    unmetTokens: total(months, 'unmetTokens'),
    ...preTax.values,
    discountedPaybackMonths: costCentre ? null : discountedPaybackMonths(flows, m),
    ...ratios,
    ...(costCentre ? { revenueMultiple: null, roi: null, energyCostPerRevenueDollar: null, grossMarginPct: null } : {}),
    totalCost: exactSum(cost),
    presentValueOfCost: npv(cost, m),
    economicCostPerMTokens: perMillion(N.add(totals.opex, total(months, 'capitalCharge')), served),
    afterTax: afterTax?.values ?? null,
    platforms: platformKpis,
  };
  return { kpis, irrMultiple: preTax.irrMultiple, afterTaxIrrMultiple: afterTax?.irrMultiple ?? false };
}

/** The Decimal values behind an ApplicationSummary (without id, name, team). */
export type ApplicationTotals = {
  readonly [key in Exclude<keyof ApplicationSummary, 'id' | 'name' | 'team'>]: null extends ApplicationSummary[key]
    ? Decimal | null
    : Decimal;
};

/** Σ values (on a grid: exact; exactSum.ts gives the chained sum without a Decimal per step). */
const sum = exactSum;

/** Horizon totals and unit costs of one application (allocated cost per §5). */
export function summarizeApplication(
  series: ApplicationSeries,
  tokensPerQuery: Decimal,
  queriesPerTask: Decimal,
  costCentre = false,
): ApplicationTotals {
  const demandTokens = sum(series.demand);
  const servedTokens = series.served === series.demand ? demandTokens : sum(series.served);
  const revenue = sum(series.revenue);
  const allocatedCost = sum(series.allocated);
  const costPerMTokens = perMillion(allocatedCost, servedTokens);
  const costPerQuery = costPerMTokens === null ? null : N.div(N.mul(costPerMTokens, tokensPerQuery), N.of(1e6));
  return {
    demandTokens,
    servedTokens,
    unmetTokens: N.sub(demandTokens, servedTokens),
    revenue,
    allocatedCost,
    costPerMTokens,
    costPerQuery,
    costPerTask: costPerQuery === null ? null : N.mul(costPerQuery, queriesPerTask),
    marginPct: costCentre ? null : ratioOf(N, N.sub(revenue, allocatedCost), revenue),
  };
}
