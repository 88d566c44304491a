/**
 * The projection in Decimal (spec §3–§6): calendar, demand, platforms (fleet, energy, costs,
 * allocation), applications (served, revenue, API cost), month totals, fiscal years, KPIs,
 * warnings. `project` formats this as the §7 response; tests and analyses may use it directly.
 * Expects a valid Scenario (validateScenario); a broken invariant throws.
 */
import { Decimal, ZERO } from '../decimal';
import { exactSum } from '../exactSum';
import { platformKpis } from '../kpis/platformKpis';
import { summarizeApplication, summarizeKpis, type ApplicationTotals, type KpiValues } from '../kpis/summary';
import { fiscalYearRollup, type FiscalYearLines } from '../rollups/fiscalYears';
import type { ApiOption, Scenario } from '../scenario/schema';
import { applicationSeries, priceSeriesMemo, type ApplicationProjection } from './applicationSeries';
import { settleApiOptions, totalsView } from './apiOptions';
import type { ApiOptionMonths } from '../allocation/apiCommitment';
import { buildCalendar, type CalendarMonth } from './calendar';
import { capitalContextOf } from './capitalContext';
import { collectWarnings } from './collectWarnings';
import { demandOf } from './demand';
import { energyPriceSeries } from './energy';
import { monthTotals, type ApplicationSeries, type MonthLines } from './monthTotals';
import { projectPlatform, type PlatformProjection } from './platformProjection';
import { powerSeriesMemo } from './powerSeries';
import { sharedSeries } from './seriesCache';
import type { ProjectionWarning } from './types';

export interface ProjectionValues {
  readonly scenario: Scenario;
  readonly calendar: readonly CalendarMonth[];
  readonly platforms: readonly PlatformProjection[];
  readonly applications: readonly ApplicationProjection[];
  readonly months: readonly MonthLines[];
  readonly fiscalYears: readonly FiscalYearLines[];
  readonly kpis: KpiValues;
  readonly applicationTotals: readonly ApplicationTotals[];
  readonly warnings: readonly ProjectionWarning[];
  /** §9: each API option's cost, unused commitment and idle part per month (allocation/apiCommitment.ts). */
  readonly apiOptionSeries?: readonly ApiOptionMonths[];
}

/** An application's series with revenue (and seat revenue) 0: a cost centre's (§8). */
function withoutRevenue<S extends ApplicationSeries>(series: S): S {
  const none = series.revenue.map(() => ZERO);
  return { ...series, revenue: none, ...(series.seatRevenue === undefined ? {} : { seatRevenue: none }) };
}

/** Horizon sums over the platforms, in platform and month order (exactSum.ts: the chained sum). */
function platformTotals(runs: readonly PlatformProjection[]) {
  const months = runs.flatMap((run) => run.operations.months);
  return {
    selfHostedCost: exactSum(runs.flatMap((run) => run.costs.selfHostedCost)),
    servedTokens: exactSum(months.map((month) => month.servedTokens)),
    energyMWh: exactSum(months.map((month) => month.energyMWh)),
  };
}

/**
 * Months and KPIs; `allocate: false` leaves out the allocation of platform costs to
 * applications (empty `allocation` series), which no month total or KPI reads.
 */
function monthsAndKpis(scenario: Scenario, allocate: boolean) {
  const horizon = scenario.horizonMonths;
  const calendar = buildCalendar(scenario.start, horizon, scenario.fiscalYearStartMonth);
  const hoursOf = new Map<number, Decimal>(); // one Decimal per month length, shared (and cached on)
  const hours = calendar.map((month) => {
    const known = hoursOf.get(month.hours) ?? new Decimal(month.hours);
    hoursOf.set(month.hours, known);
    return known;
  });
  const powers = powerSeriesMemo(horizon);
  const { energy } = scenario;
  const { demand, seats } = demandOf(scenario, powers);
  const platformContext = {
    hours,
    pue: new Decimal(energy.pue),
    energyPrice: sharedSeries(`energy|${horizon}|${energy.pricePerMWh}|${energy.annualEscalation}`, () =>
      energyPriceSeries(new Decimal(energy.pricePerMWh), new Decimal(energy.annualEscalation), horizon),
    ),
    perKwMonth: new Decimal(scenario.hosting.perKwMonth),
    powers,
    idlePolicy: scenario.idlePolicy,
    allocate,
    capital: capitalContextOf(scenario),
  };
  const platforms = scenario.platforms.map((p) => projectPlatform(p, scenario.applications, demand, platformContext));
  const servingContext = {
    platformRuns: platforms,
    platformIndex: new Map(scenario.platforms.map((p, i) => [p.id, i] as const)),
    apiOptions: new Map<string, ApiOption>(scenario.apiOptions.map((o) => [o.id, o] as const)),
    prices: priceSeriesMemo(powers),
    powers,
  };
  const costCentre = scenario.revenueMode === 'costCentre';
  const settled = settleApiOptions(scenario, scenario.applications.map((a, i) => applicationSeries(a, i, demand[i] ?? [], seats[i], servingContext)));
  const series = settled.applications;
  // §8 cost centre: revenue 0 whatever the prices, in every line that shows it (months, applications).
  const applications = costCentre ? series.map(withoutRevenue) : series;
  const months = monthTotals(
    horizon,
    totalsView(applications, series, settled.apiOptions),
    platforms.map((run) => ({
      ...run.costs,
      demandTokens: run.operations.months.map((m) => m.demandTokens),
      servedTokens: run.operations.months.map((m) => m.servedTokens),
      energyMWh: run.operations.months.map((m) => m.energyMWh),
    })),
    {
      fixedOpexPerMonth: new Decimal(scenario.fixedOpexPerMonth),
      fixedOpexEscalation: new Decimal(scenario.fixedOpexAnnualEscalation ?? 0),
      contingencyPct: new Decimal(scenario.contingencyPct),
      taxRate: scenario.tax === undefined ? null : new Decimal(scenario.tax.rate),
      costCentre,
    },
  );
  const kpiOptions = { discountRateAnnual: new Decimal(scenario.discountRateAnnual), costCentre, taxed: scenario.tax !== undefined };
  const { kpis, irrMultiple, afterTaxIrrMultiple } = summarizeKpis(months, platformTotals(platforms), kpiOptions, platforms.map(platformKpis));
  return { calendar, platforms, applications, months, kpis, irrMultiple, afterTaxIrrMultiple, apiOptions: settled.apiOptions };
}

/** The KPIs alone (tornado, goal seek): the same values as `runProjection(scenario).kpis`, without allocation, rollups and warnings. */
export function projectionKpis(scenario: Scenario): KpiValues {
  return monthsAndKpis(scenario, false).kpis;
}

export function runProjection(scenario: Scenario): ProjectionValues {
  const { calendar, platforms, applications, months, kpis, irrMultiple, afterTaxIrrMultiple, apiOptions } = monthsAndKpis(scenario, true);
  const costCentre = scenario.revenueMode === 'costCentre';
  const applicationTotals = scenario.applications.map((a, i) =>
    summarizeApplication(
      applications[i] ?? { onApi: false, demand: [], served: [], revenue: [], apiCost: [], allocated: [] },
      new Decimal(a.tokensPerQuery),
      new Decimal(a.queriesPerTask),
      costCentre,
    ),
  );
  return {
    scenario,
    calendar,
    platforms,
    applications,
    months,
    fiscalYears: fiscalYearRollup(calendar, months),
    kpis,
    applicationTotals,
    apiOptionSeries: apiOptions,
    warnings: collectWarnings(platforms, months, kpis, { irrMultiple, afterTaxIrrMultiple, costCentre }, calendar),
  };
}
