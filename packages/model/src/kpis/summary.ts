/**
 * Horizon KPIs (spec §4) and per-application totals, from the month totals. Every ratio with
 * a zero denominator is null (decimal.ts `ratio`). Unit costs per M tokens divide by served
 * tokens; fixed opex is in the scenario's cost per M tokens but not in any application's
 * (it is not allocated, spec §4).
 */
import type { Decimal } from '../decimal';
import { exactSum } from '../exactSum';
import type { ApplicationSeries, MonthLines } from '../projection/monthTotals';
import type { ApplicationSummary, Kpis } from '../projection/types';
import { decimalArithmetic } from '../numeric';
import { horizonRatios, perMillionOf, ratioOf } from './horizon';
import { irr } from './irr';
import { mirr } from './mirr';
import { npv } from './npv';
import { discountedPaybackMonths, paybackMonths } from './payback';
import { monthlyRateFromAnnual } from './rates';

export type KpiValues = { readonly [key in keyof Kpis]: Decimal | null };

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

export function summarizeKpis(
  months: readonly MonthLines[],
  platforms: PlatformTotals,
  discountRateAnnual: Decimal,
): { kpis: KpiValues; irrMultiple: boolean } {
  const flows = months.map((m) => m.cashFlow);
  const m = monthlyRateFromAnnual(discountRateAnnual);
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
  const rateOfReturn = irr(flows);
  const kpis: KpiValues = {
    totalRevenue: revenue,
    totalOpex: totals.opex,
    totalCapex: totals.capex,
    totalDepreciation: total(months, 'depreciation'),
    totalTokens: served,
    unmetTokens: total(months, 'unmetTokens'),
    npv: npv(flows, m),
    irrAnnual: rateOfReturn.annual,
    mirrAnnual: mirr(flows, m),
    paybackMonths: paybackMonths(flows),
    discountedPaybackMonths: discountedPaybackMonths(flows, m),
    ...horizonRatios(N, totals),
  };
  return { kpis, irrMultiple: rateOfReturn.multiple };
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
    marginPct: ratioOf(N, N.sub(revenue, allocatedCost), revenue),
  };
}
