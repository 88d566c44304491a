/**
 * The §7 response from the Decimal projection: every computed value as a plain decimal string
 * (or null), `t`, `nodes` and `fiscalYear` as integers. Strings are built here, once, at the end.
 */
import { type Decimal, ZERO, toDecimalString, wholeNumberOf } from '../decimal';
import { exactSum } from '../exactSum';
import { allInCostAt, nodeCounts } from '../kpis/platformKpis';
import type { ReturnValues } from '../kpis/summary';
import { targetAt } from '../scenario/servedBy';
import { compare, sub } from '../wordArithmetic';
import type { ProjectionValues } from './run';
import { seriesText } from './seriesCache';
import {
  type AfterTaxKpis,
  type ApiOptionMonth,
  type ApplicationMonth,
  type ApplicationSummary,
  type FiscalYearRow,
  type Kpis,
  type MonthFlowLine,
  type MonthRow,
  type PlatformMonth,
} from './types';

/** Plain decimal text (toDecimalString: zeros, most lines of most platforms, return "0" first). */
const text = toDecimalString;
const orNull = (value: Decimal | null): string | null => (value === null ? null : text(value));
const at = (series: readonly Decimal[], t: number): string => {
  const value = series[t];
  return value === undefined ? '0' : text(value);
};

/** The flow lines in the order of spec §7 (one object literal: one hidden class for every row). */
function flowLines(
  v: { readonly [line in MonthFlowLine]: Decimal } & { readonly cumulativeCashFlow: Decimal },
): Record<MonthFlowLine | 'cumulativeCashFlow', string> {
  const cashFlow = text(v.cashFlow);
  return {
    demandTokens: text(v.demandTokens),
    servedTokens: text(v.servedTokens),
    unmetTokens: text(v.unmetTokens),
    revenue: text(v.revenue),
    energyMWh: text(v.energyMWh),
    energyCost: text(v.energyCost),
    hosting: text(v.hosting),
    maintenance: text(v.maintenance),
    apiCost: text(v.apiCost),
    rentalCost: text(v.rentalCost),
    fixedOpex: text(v.fixedOpex),
    opex: text(v.opex),
    capex: text(v.capex),
    depreciation: text(v.depreciation),
    pnlCost: text(v.pnlCost),
    cashFlow,
    cumulativeCashFlow: text(v.cumulativeCashFlow),
    budget: text(v.budget),
    disposalProceeds: text(v.disposalProceeds),
    terminalValue: text(v.terminalValue),
    capitalCharge: text(v.capitalCharge),
    taxDepreciation: text(v.taxDepreciation),
    tax: text(v.tax),
    afterTaxCashFlow: v.afterTaxCashFlow === v.cashFlow ? cashFlow : text(v.afterTaxCashFlow), // without tax: the same Decimal
  };
}

/** `value`'s text, or last month's string while the value repeats (fixed opex, a steady fleet's hosting). */
function repeatingText(): (value: Decimal) => string {
  let last: Decimal | undefined;
  let lastText = '0';
  return (value) => {
    if (last === undefined || !(value === last || compare(value, last) === 0)) lastText = text(value);
    last = value;
    return lastText;
  };
}

/** Text of each month of a series, with repeatingText (a steady fleet's capital charge). */
function repeatedText(series: readonly Decimal[]): string[] {
  return series.map(repeatingText());
}

/** A platform's lines that hold steady while its fleet does, formatted with repeatedText. */
interface SteadyText {
  readonly hosting: readonly string[];
  readonly maintenance: readonly string[];
  readonly depreciation: readonly string[];
}

/** Node counts (integers) per platform and month, once per projection. */
type Counts = ReturnType<typeof nodeCounts>;
const count = (series: readonly Decimal[], t: number): number => {
  const value = series[t];
  return value === undefined ? 0 : wholeNumberOf(value);
};

function platformMonths(
  values: ProjectionValues,
  t: number,
  multiplierText: readonly (readonly string[])[],
  counts: readonly Counts[],
  capitalChargeText: readonly (readonly string[])[],
  steadyText: readonly SteadyText[],
): PlatformMonth[] {
  return values.platforms.map((run, p) => {
    const { platform, operations, costs, allocation } = run;
    const c = counts[p];
    const steady = steadyText[p];
    const m = operations.months[t];
    if (m === undefined) throw new RangeError(`platform "${platform.id}" has no month ${t}`);
    return {
      id: platform.id,
      nodes: wholeNumberOf(m.nodes),
      busyGpuHours: text(m.demandedGpuHours),
      utilization: text(m.utilization),
      softwareMultiplier: multiplierText[p]?.[t] ?? '0',
      servedTokens: text(m.servedTokens),
      unmetTokens: m.servedTokens === m.demandTokens ? '0' : text(sub(m.demandTokens, m.servedTokens)), // served in full: the demand itself
      energyMWh: text(m.energyMWh),
      energyCost: at(costs.energyCost, t),
      hosting: steady?.hosting[t] ?? '0',
      maintenance: steady?.maintenance[t] ?? '0',
      rentalCost: at(costs.rentalCost, t),
      capex: at(costs.capex, t),
      depreciation: steady?.depreciation[t] ?? '0',
      idleCost: at(allocation.idleCost, t),
      nodesOrdered: c === undefined ? 0 : count(c.ordered, t),
      nodesRetired: c === undefined ? 0 : count(c.retired, t),
      reservedNodes: c === undefined ? 0 : count(c.reserved, t),
      capitalCharge: capitalChargeText[p]?.[t] ?? '0',
      allInCostPerGpuHour: m.nodes.isZero() ? null : orNull(allInCostAt(run, t)),
    };
  });
}

/**
 * Each API option's cost and unused commitment of month t: E2's option series (§9 commitments)
 * when the projection carries them, else the sum of its applications' API cost (no commitment).
 */
function apiOptionMonths(values: ProjectionValues, t: number): ApiOptionMonth[] {
  const { scenario, applications } = values;
  return scenario.apiOptions.map((option) => {
    const known = values.apiOptionSeries?.find((series) => series.id === option.id);
    if (known !== undefined) return { id: option.id, cost: at(known.cost, t), unusedCommitment: at(known.unusedCommitment, t) };
    const costs = scenario.applications.flatMap((a, i) => {
      const target = targetAt(a.servedBy, t);
      return 'api' in target && target.api === option.id ? [applications[i]?.apiCost[t] ?? ZERO] : [];
    });
    return { id: option.id, cost: text(exactSum(costs)), unusedCommitment: '0' };
  });
}

function applicationMonths(values: ProjectionValues, t: number, demandText: readonly (readonly string[])[]): ApplicationMonth[] {
  return values.applications.map((series, i) => {
    const demandTokens = demandText[i]?.[t] ?? '0';
    const application = values.scenario.applications[i];
    const id = application?.id ?? '';
    const servedTokens = series.served[t] === series.demand[t] ? demandTokens : at(series.served, t);
    const [revenue, allocatedCost] = [at(series.revenue, t), at(series.allocated, t)];
    const target = series.target[t] ?? (application === undefined ? { api: '' } : targetAt(application.servedBy, t)); // applicationSeries.ts: the month's target
    const seatRevenue = series.seatRevenue === undefined ? '0' : at(series.seatRevenue, t);
    // Two literals, not a spread: one object per application-month (seats only when the application has them).
    return series.seats === undefined
      ? { id, demandTokens, servedTokens, revenue, allocatedCost, target, seatRevenue }
      : { id, demandTokens, servedTokens, revenue, allocatedCost, target, seats: at(series.seats, t), seatRevenue };
  });
}

export function formatMonths(values: ProjectionValues): MonthRow[] {
  // Series shared between projections (seriesCache.ts) keep their text: formatted once.
  const multiplierText = values.platforms.map((run) => seriesText(run.softwareMultiplier));
  const demandText = values.applications.map((series) => seriesText(series.demand));
  const counts = values.platforms.map(nodeCounts);
  const capitalChargeText = values.platforms.map((run) => repeatedText(run.costs.capitalCharge));
  const steadyText = values.platforms.map(({ costs }): SteadyText => ({
    hosting: repeatedText(costs.hosting),
    maintenance: repeatedText(costs.maintenance),
    depreciation: repeatedText(costs.depreciation),
  }));
  const [fixedOpexText, hostingText, maintenanceText, depreciationText, capitalText] = [
    repeatingText(), repeatingText(), repeatingText(), repeatingText(), repeatingText(),
  ];
  return values.months.map((v, t) => {
    // One literal in §7's order (the flow lines of flowLines, not spread into the row: no second object per month).
    const cashFlow = text(v.cashFlow);
    return {
      t,
      month: values.calendar[t]?.label ?? '',
      hours: String(values.calendar[t]?.hours ?? 0),
      demandTokens: text(v.demandTokens),
      servedTokens: text(v.servedTokens),
      unmetTokens: text(v.unmetTokens),
      revenue: text(v.revenue),
      energyMWh: text(v.energyMWh),
      energyCost: text(v.energyCost),
      hosting: hostingText(v.hosting),
      maintenance: maintenanceText(v.maintenance),
      apiCost: text(v.apiCost),
      rentalCost: text(v.rentalCost),
      fixedOpex: fixedOpexText(v.fixedOpex),
      opex: text(v.opex),
      capex: text(v.capex),
      depreciation: depreciationText(v.depreciation),
      pnlCost: text(v.pnlCost),
      cashFlow,
      cumulativeCashFlow: text(v.cumulativeCashFlow),
      budget: text(v.budget),
      disposalProceeds: text(v.disposalProceeds),
      terminalValue: text(v.terminalValue),
      capitalCharge: capitalText(v.capitalCharge),
      taxDepreciation: text(v.taxDepreciation),
      tax: text(v.tax),
      afterTaxCashFlow: v.afterTaxCashFlow === v.cashFlow ? cashFlow : text(v.afterTaxCashFlow),
      platforms: platformMonths(values, t, multiplierText, counts, capitalChargeText, steadyText),
      applications: applicationMonths(values, t, demandText),
      apiOptions: apiOptionMonths(values, t),
    };
  });
}

export function formatFiscalYears(values: ProjectionValues): FiscalYearRow[] {
  return values.fiscalYears.map((year) => ({
    fiscalYear: year.fiscalYear,
    ...flowLines(year),
  }));
}

function afterTaxText(values: ReturnValues): AfterTaxKpis {
  return {
    npv: text(values.npv),
    irrAnnual: orNull(values.irrAnnual),
    mirrAnnual: orNull(values.mirrAnnual),
    paybackMonths: orNull(values.paybackMonths),
  };
}

export function formatKpis(values: ProjectionValues): Kpis {
  const { afterTax, platforms, ...scalars } = values.kpis;
  const kpis = {} as Record<keyof typeof scalars, string | null>;
  for (const [key, value] of Object.entries(scalars) as [keyof typeof scalars, Decimal | null][]) kpis[key] = orNull(value);
  return {
    ...(kpis as Omit<Kpis, 'afterTax' | 'platforms'>),
    afterTax: afterTax === null ? null : afterTaxText(afterTax),
    platforms: platforms.map((p) => ({
      id: p.id,
      gpuHours: text(p.gpuHours),
      capitalCharge: text(p.capitalCharge),
      nodesOrdered: wholeNumberOf(p.nodesOrdered),
      nodesRetired: wholeNumberOf(p.nodesRetired),
      allInCostPerGpuHour: orNull(p.allInCostPerGpuHour),
    })),
  };
}

export function formatApplications(values: ProjectionValues): ApplicationSummary[] {
  return values.applicationTotals.map((totals, i) => {
    const application = values.scenario.applications[i];
    return {
      id: application?.id ?? '',
      name: application?.name ?? '',
      team: application?.team ?? '',
      demandTokens: text(totals.demandTokens),
      servedTokens: text(totals.servedTokens),
      unmetTokens: text(totals.unmetTokens),
      revenue: text(totals.revenue),
      allocatedCost: text(totals.allocatedCost),
      costPerMTokens: orNull(totals.costPerMTokens),
      costPerQuery: orNull(totals.costPerQuery),
      costPerTask: orNull(totals.costPerTask),
      marginPct: orNull(totals.marginPct),
    };
  });
}
