/**
 * Horizon KPIs (spec §4) and per-application totals, from the month totals. Every ratio with
 * a zero denominator is null (decimal.ts `ratio`). Unit costs per M tokens divide by served
 * tokens; fixed opex is in the scenario's cost per M tokens but not in any application's
 * (it is not allocated, spec §4).
 */
import { Decimal, ratio } from '../decimal';
import { exactSum } from '../exactSum';
import type { ApplicationSeries, MonthLines } from '../projection/monthTotals';
import type { ApplicationSummary, Kpis } from '../projection/types';
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

const MILLION = new Decimal(1e6);
/** Joules in a megawatt-hour: 3.6e9. */
const JOULES_PER_MWH = new Decimal('3.6e9');

function total(months: readonly MonthLines[], line: keyof MonthLines): Decimal {
  return exactSum(months.map((month) => month[line]));
}

/** `amount` per million of `tokens`; null without tokens. */
function perMillion(amount: Decimal, tokens: Decimal): Decimal | null {
  return ratio(amount.times(MILLION), tokens);
}

export function summarizeKpis(
  months: readonly MonthLines[],
  platforms: PlatformTotals,
  discountRateAnnual: Decimal,
): { kpis: KpiValues; irrMultiple: boolean } {
  const flows = months.map((m) => m.cashFlow);
  const m = monthlyRateFromAnnual(discountRateAnnual);
  const [revenue, opex, capex, pnlCost] = [total(months, 'revenue'), total(months, 'opex'), total(months, 'capex'), total(months, 'pnlCost')];
  const energyCost = total(months, 'energyCost');
  const served = total(months, 'servedTokens');
  const rateOfReturn = irr(flows);
  const kpis: KpiValues = {
    totalRevenue: revenue,
    totalOpex: opex,
    totalCapex: capex,
    totalDepreciation: total(months, 'depreciation'),
    totalTokens: served,
    unmetTokens: total(months, 'unmetTokens'),
    npv: npv(flows, m),
    irrAnnual: rateOfReturn.annual,
    mirrAnnual: mirr(flows, m),
    paybackMonths: paybackMonths(flows),
    discountedPaybackMonths: discountedPaybackMonths(flows, m),
    revenueMultiple: ratio(revenue, capex),
    roi: ratio(revenue.minus(opex).minus(capex), capex),
    costPerMTokens: perMillion(pnlCost, served),
    cashCostPerMTokens: perMillion(opex.plus(capex), served),
    energyCostPerMTokens: perMillion(energyCost, served),
    joulesPerToken: ratio(platforms.energyMWh.times(JOULES_PER_MWH), platforms.servedTokens),
    tokensPerMWh: ratio(platforms.servedTokens, platforms.energyMWh),
    energyCostPerRevenueDollar: ratio(energyCost, revenue),
    grossMarginPct: ratio(revenue.minus(pnlCost), revenue),
    breakEvenApiPricePerMTokens: perMillion(platforms.selfHostedCost, platforms.servedTokens),
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
  const costPerQuery = costPerMTokens === null ? null : costPerMTokens.times(tokensPerQuery).div(MILLION);
  return {
    demandTokens,
    servedTokens,
    unmetTokens: demandTokens.minus(servedTokens),
    revenue,
    allocatedCost,
    costPerMTokens,
    costPerQuery,
    costPerTask: costPerQuery === null ? null : costPerQuery.times(queriesPerTask),
    marginPct: ratio(revenue.minus(allocatedCost), revenue),
  };
}
