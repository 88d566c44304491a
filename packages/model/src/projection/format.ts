/**
 * The §7 response from the Decimal projection: every computed value as a plain decimal string
 * (or null), `t`, `nodes` and `fiscalYear` as integers. Strings are built here, once, at the end.
 */
import { type Decimal, toDecimalString } from '../decimal';
import { sub } from '../wordArithmetic';
import type { ProjectionValues } from './run';
import { seriesText } from './seriesCache';
import {
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
    cashFlow: text(v.cashFlow),
    cumulativeCashFlow: text(v.cumulativeCashFlow),
    budget: text(v.budget),
  };
}

function platformMonths(values: ProjectionValues, t: number, multiplierText: readonly (readonly string[])[]): PlatformMonth[] {
  return values.platforms.map(({ platform, operations, costs, allocation }, p) => {
    const m = operations.months[t];
    if (m === undefined) throw new RangeError(`platform "${platform.id}" has no month ${t}`);
    return {
      id: platform.id,
      nodes: m.nodes.toNumber(),
      busyGpuHours: text(m.demandedGpuHours),
      utilization: text(m.utilization),
      softwareMultiplier: multiplierText[p]?.[t] ?? '0',
      servedTokens: text(m.servedTokens),
      unmetTokens: text(sub(m.demandTokens, m.servedTokens)),
      energyMWh: text(m.energyMWh),
      energyCost: at(costs.energyCost, t),
      hosting: at(costs.hosting, t),
      maintenance: at(costs.maintenance, t),
      rentalCost: at(costs.rentalCost, t),
      capex: at(costs.capex, t),
      depreciation: at(costs.depreciation, t),
      idleCost: at(allocation.idleCost, t),
    };
  });
}

function applicationMonths(values: ProjectionValues, t: number, demandText: readonly (readonly string[])[]): ApplicationMonth[] {
  return values.applications.map((series, i) => {
    const demandTokens = demandText[i]?.[t] ?? '0';
    return {
      id: values.scenario.applications[i]?.id ?? '',
      demandTokens,
      servedTokens: series.served[t] === series.demand[t] ? demandTokens : at(series.served, t),
      revenue: at(series.revenue, t),
      allocatedCost: at(series.allocated, t),
    };
  });
}

export function formatMonths(values: ProjectionValues): MonthRow[] {
  // Series shared between projections (seriesCache.ts) keep their text: formatted once.
  const multiplierText = values.platforms.map((run) => seriesText(run.softwareMultiplier));
  const demandText = values.applications.map((series) => seriesText(series.demand));
  return values.months.map((month, t) => ({
    t,
    month: values.calendar[t]?.label ?? '',
    hours: String(values.calendar[t]?.hours ?? 0),
    ...flowLines(month),
    platforms: platformMonths(values, t, multiplierText),
    applications: applicationMonths(values, t, demandText),
  }));
}

export function formatFiscalYears(values: ProjectionValues): FiscalYearRow[] {
  return values.fiscalYears.map((year) => ({
    fiscalYear: year.fiscalYear,
    ...flowLines(year),
  }));
}

export function formatKpis(values: ProjectionValues): Kpis {
  const kpis = {} as Record<keyof Kpis, string | null>;
  for (const [key, value] of Object.entries(values.kpis) as [keyof Kpis, Decimal | null][]) kpis[key] = orNull(value);
  return kpis as Kpis;
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
