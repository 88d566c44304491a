/**
 * Rolling forecast and the date the budget runs out (issue 18, docs/actuals.md).
 * - Forecast: actual cost in months with actuals, plan cost in the others; with `rescale`, the plan
 *   of months after the latest actual month × factor, factor = Σ actual / Σ plan over the last 3
 *   months with actuals (null when that plan is 0: then nothing is rescaled).
 * - Budget: Σ plan cost over the plan's months in the fiscal year containing the latest actual month
 *   (without actuals: the plan's first month).
 * - Exhausted: the first month in which cumulative spend since the fiscal year's start exceeds the
 *   budget (spending exactly the budget does not exhaust it). At burn rate: actuals to date, then the
 *   mean actual cost of the last 3 months with actuals per month. At forecast: the forecast's months.
 */
import { Decimal, toDecimalString, type DecimalInput } from '../decimal';
import { addMonths, fiscalYearBounds, fiscalYearOfLabel } from './months';

const ZERO = new Decimal(0);
const str = (d: Decimal) => toDecimalString(d);

export interface CostMonth {
  month: string;
  cost: DecimalInput;
}

export interface ForecastMonth {
  month: string;
  cost: string;
  source: 'actual' | 'plan';
}

export interface RollingForecast {
  rescaled: boolean;
  factor: string | null;
  months: ForecastMonth[];
  total: string;
}

export interface Exhaustion {
  budget: string;
  atBurnRate: string | null;
  atForecast: string | null;
  fiscalYearEnd: string;
  withinFiscalYear: boolean;
}

/** How many trailing months with actuals the burn rate and the rescale factor average. */
export const TRAILING_MONTHS = 3;
/** The burn-rate date is null when it lies more than this many months after the latest actual (100 years). */
export const MAX_MONTHS_AHEAD = 1200;

function byMonth(list: readonly CostMonth[]): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const m of list) out.set(m.month, (out.get(m.month) ?? ZERO).plus(m.cost));
  return out;
}

/** Σ actual / Σ plan over the last TRAILING_MONTHS months with actuals; null without actuals or with zero plan. */
export function rescaleFactor(plan: readonly CostMonth[], actuals: readonly CostMonth[]): Decimal | null {
  const planBy = byMonth(plan);
  const last = [...byMonth(actuals).entries()].sort(([a], [b]) => a.localeCompare(b)).slice(-TRAILING_MONTHS);
  if (last.length === 0) return null;
  const planSum = last.reduce((s, [month]) => s.plus(planBy.get(month) ?? ZERO), ZERO);
  const actualSum = last.reduce((s, [, cost]) => s.plus(cost), ZERO);
  return planSum.isZero() ? null : actualSum.div(planSum);
}

export function rollingForecast(plan: readonly CostMonth[], actuals: readonly CostMonth[], rescale: boolean): RollingForecast {
  const planBy = byMonth(plan);
  const actualBy = byMonth(actuals);
  const latest = [...actualBy.keys()].sort().at(-1);
  const factor = rescaleFactor(plan, actuals);
  const scale = rescale && factor !== null ? factor : null;
  const labels = [...new Set([...planBy.keys(), ...actualBy.keys()])].sort();
  let total = ZERO;
  const months = labels.map((month): ForecastMonth => {
    const actual = actualBy.get(month);
    let cost: Decimal;
    if (actual !== undefined) cost = actual;
    else {
      const p = planBy.get(month) ?? ZERO;
      cost = scale !== null && latest !== undefined && month > latest ? p.times(scale) : p;
    }
    total = total.plus(cost);
    return { month, cost: str(cost), source: actual !== undefined ? 'actual' : 'plan' };
  });
  return { rescaled: scale !== null, factor: factor === null ? null : str(factor), months, total: str(total) };
}

/** The first month whose cumulative cost (in month order, from `from` on) exceeds `budget`, or null. */
function firstOver(months: readonly { month: string; cost: Decimal }[], from: string, budget: Decimal): string | null {
  let cumulative = ZERO;
  for (const m of [...months].sort((a, b) => a.month.localeCompare(b.month))) {
    if (m.month < from) continue;
    cumulative = cumulative.plus(m.cost);
    if (cumulative.gt(budget)) return m.month;
  }
  return null;
}

export function exhaustionOf(
  plan: readonly CostMonth[],
  actuals: readonly CostMonth[],
  forecast: readonly CostMonth[],
  fiscalYearStartMonth: number,
): Exhaustion {
  const actualBy = byMonth(actuals);
  const actualMonths = [...actualBy.keys()].sort();
  const latest = actualMonths.at(-1);
  const reference = latest ?? [...byMonth(plan).keys()].sort()[0];
  if (reference === undefined) return { budget: '0', atBurnRate: null, atForecast: null, fiscalYearEnd: '', withinFiscalYear: false };
  const { first, last } = fiscalYearBounds(fiscalYearOfLabel(reference, fiscalYearStartMonth), fiscalYearStartMonth);
  const budget = [...byMonth(plan).entries()].filter(([m]) => m >= first && m <= last).reduce((s, [, c]) => s.plus(c), ZERO);

  let atBurnRate: string | null = null;
  if (latest !== undefined) {
    const toDate = actualMonths.map((month) => ({ month, cost: actualBy.get(month) ?? ZERO }));
    atBurnRate = firstOver(toDate, first, budget);
    if (atBurnRate === null) {
      const trailing = actualMonths.slice(-TRAILING_MONTHS).map((m) => actualBy.get(m) ?? ZERO);
      const burn = trailing.reduce((s, c) => s.plus(c), ZERO).div(trailing.length);
      const spent = toDate.filter((m) => m.month >= first).reduce((s, m) => s.plus(m.cost), ZERO);
      // Spent + k·burn > budget first at k = floor((budget − spent) / burn) + 1.
      const k = burn.gt(0) ? budget.minus(spent).div(burn).floor().plus(1) : null;
      // Beyond MAX_MONTHS_AHEAD the budget does not run out in any sense a plan cares about: null.
      if (k !== null && k.lte(MAX_MONTHS_AHEAD)) atBurnRate = addMonths(latest, k.toNumber());
    }
  }
  const atForecast = firstOver(
    forecast.map((m) => ({ month: m.month, cost: new Decimal(m.cost) })),
    first,
    budget,
  );
  const within = (d: string | null) => d !== null && d <= last;
  return { budget: str(budget), atBurnRate, atForecast, fiscalYearEnd: last, withinFiscalYear: within(atBurnRate) || within(atForecast) };
}
