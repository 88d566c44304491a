/**
 * Showback / chargeback roll-ups (spec §5) from a Projection, for the allocation screen and the
 * exports: allocated cost by team, application, model or platform, over the horizon or one
 * fiscal year, with idle cluster cost on its own lines ("separate") or spread onto the
 * applications ("spread").
 *
 * Spread is done without re-projecting, by the model's own rule: each platform-month's idle cost
 * goes to the applications on that platform in proportion to their allocated cost (itself
 * proportional to served busy GPU-hours), put on the money grid by allocateOnMoneyGrid, so the
 * totals are unchanged to the last digit. A platform-month nobody was served on keeps its idle
 * cost on the idle line. Cents by largest remainder (allocateCents): they add up to the total.
 */
import { targetAt } from '../scenario/servedBy';
import type { ServedBy } from '../scenario/objectSchema';
import { allocateOnMoneyGrid } from '../allocation/allocate';
import { allocateCents } from '../allocation/largestRemainder';
import { Decimal, ZERO, toDecimalString } from '../decimal';
import { exactSum } from '../exactSum';
import { fiscalYearOf } from '../projection/calendar';
import type { MonthRow, Projection } from '../projection/types';

export type ShowbackDimension = 'team' | 'application' | 'model' | 'platform';
export type ShowbackIdle = 'separate' | 'spread';
/** 'horizon' or a fiscal year. */
export type ShowbackPeriod = 'horizon' | number;

/** What a roll-up needs of the scenario: names, teams, models and who serves each application. */
export interface ShowbackScenario {
  readonly fiscalYearStartMonth: number;
  readonly platforms: readonly { readonly id: string; readonly name: string }[];
  readonly apiOptions: readonly { readonly id: string; readonly name: string }[];
  readonly applications: readonly {
    readonly id: string;
    readonly name: string;
    readonly team: string;
    readonly model: string;
    readonly servedBy: ServedBy;
  }[];
}

/** One line: its exact cost, its largest-remainder cents within the table, tokens and revenue (null on idle lines). */
export interface ShowbackLine { key: string; label: string; amount: string; cents: bigint; servedTokens: string | null; revenue: string | null; idle: boolean }

export interface ShowbackResult {
  lines: ShowbackLine[];
  /** Exact total = Σ self-hosted platform cost + API cost of the period. */
  total: string;
  /** Σ cents of the lines (= total rounded half-even to cents). */
  totalCents: bigint;
  /** Idle cost that could not be spread (platform-months with no served work). */
  unspreadable: string;
}

/** Fiscal year of a "YYYY-MM" month, named by the calendar year in which it ends (spec §6). */
export function fiscalYearOfMonth(month: string, fiscalYearStartMonth: number): number {
  return fiscalYearOf(Number(month.slice(0, 4)), Number(month.slice(5, 7)), fiscalYearStartMonth);
}

/** The fiscal years of a projection's months, in order. */
export function fiscalYearsOf(projection: Projection, fiscalYearStartMonth: number): number[] {
  return [...new Set(projection.months.map((m) => fiscalYearOfMonth(m.month, fiscalYearStartMonth)))];
}

export function monthsInPeriod(projection: Projection, fiscalYearStartMonth: number, period: ShowbackPeriod): readonly MonthRow[] {
  if (period === 'horizon') return projection.months;
  return projection.months.filter((m) => fiscalYearOfMonth(m.month, fiscalYearStartMonth) === period);
}

type Group = { key: string; label: string };

/** Group of each application under a dimension, and the platform it runs on (null: an API). */
function applicationGroups(scenario: ShowbackScenario, dimension: ShowbackDimension): Map<string, Group & { platformId: string | null }> {
  const platformNames = new Map(scenario.platforms.map((p) => [p.id, p.name]));
  const apiNames = new Map(scenario.apiOptions.map((o) => [o.id, o.name]));
  return new Map(
    scenario.applications.map((a) => {
      // TODO(§8 migration paths): group by the month's target; until then, the first target.
      const first = targetAt(a.servedBy, 0);
      const platformId = 'platform' in first ? first.platform : null;
      const apiId = 'api' in first ? first.api : '';
      const group: Group =
        dimension === 'team'
          ? { key: `team:${a.team}`, label: a.team }
          : dimension === 'model'
            ? { key: `model:${a.model}`, label: a.model }
            : dimension === 'application'
              ? { key: `app:${a.id}`, label: a.name }
              : platformId !== null
                ? { key: `platform:${platformId}`, label: platformNames.get(platformId) ?? platformId }
                : { key: `api:${apiId}`, label: `${apiNames.get(apiId) ?? apiId} (API)` };
      return [a.id, { ...group, platformId }];
    }),
  );
}

export function showback(
  projection: Projection,
  scenario: ShowbackScenario,
  options: { dimension: ShowbackDimension; idle: ShowbackIdle; period: ShowbackPeriod },
): ShowbackResult {
  const groups = applicationGroups(scenario, options.dimension);
  const platformNames = new Map(scenario.platforms.map((p) => [p.id, p.name]));
  const cost = new Map<string, { label: string; parts: Decimal[]; tokens: Decimal[]; revenue: Decimal[] }>();
  const idle = new Map<string, Decimal[]>();
  const unspread: Decimal[] = [];

  for (const month of monthsInPeriod(projection, scenario.fiscalYearStartMonth, options.period)) {
    const spreadShare = new Map<string, Decimal>();
    for (const p of month.platforms) {
      const idleCost = new Decimal(p.idleCost);
      const onPlatform = month.applications.filter((a) => groups.get(a.id)?.platformId === p.id);
      const weights = onPlatform.map((a) => new Decimal(a.allocatedCost));
      const weightSum = exactSum(weights);
      if (options.idle === 'spread' && !weightSum.isZero()) {
        const exact = weights.map((w) => idleCost.times(w).div(weightSum));
        allocateOnMoneyGrid(idleCost, exact).forEach((share, i) => spreadShare.set(onPlatform[i]?.id ?? '', share));
      } else {
        idle.set(p.id, [...(idle.get(p.id) ?? []), idleCost]);
        if (options.idle === 'spread') unspread.push(idleCost);
      }
    }
    for (const a of month.applications) {
      const g = groups.get(a.id) ?? { key: `app:${a.id}`, label: a.id };
      let entry = cost.get(g.key);
      if (!entry) cost.set(g.key, (entry = { label: g.label, parts: [], tokens: [], revenue: [] }));
      entry.parts.push(new Decimal(a.allocatedCost).plus(spreadShare.get(a.id) ?? ZERO));
      entry.tokens.push(new Decimal(a.servedTokens));
      entry.revenue.push(new Decimal(a.revenue));
    }
  }

  const applicationLines = [...cost.entries()].map(([key, g]) => ({
    key,
    label: g.label,
    amount: exactSum(g.parts),
    servedTokens: toDecimalString(exactSum(g.tokens)) as string | null,
    revenue: toDecimalString(exactSum(g.revenue)) as string | null,
    idle: false,
  }));
  applicationLines.sort((a, b) => b.amount.comparedTo(a.amount) || a.label.localeCompare(b.label));
  const idleLines = [...idle.entries()]
    .map(([id, parts]) => ({ key: `idle:${id}`, label: `Idle capacity — ${platformNames.get(id) ?? id}`, amount: exactSum(parts), servedTokens: null, revenue: null, idle: true }))
    .filter((l) => !l.amount.isZero());
  const all = [...applicationLines, ...idleLines];
  const cents = allocateCents(all.map((l) => l.amount));
  return {
    lines: all.map((l, i) => ({ ...l, amount: toDecimalString(l.amount), cents: cents[i] ?? 0n })),
    total: toDecimalString(exactSum(all.map((l) => l.amount))),
    totalCents: cents.reduce((s, c) => s + c, 0n),
    unspreadable: toDecimalString(exactSum(unspread)),
  };
}
