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
 *
 * §8/§9: an application on a migration path counts, each month, toward the target it is served
 * by that month (the projection's `applications[].target`, else the scenario's schedule). An API
 * option's unused commitment (`apiOptions[].unusedCommitment`) is an idle line of its own, spread
 * like platform idle (by allocated cost, i.e. pro rata to usage) when asked to.
 */
import type { ServedBy, Target } from '../scenario/objectSchema';
import { allocateOnMoneyGrid } from '../allocation/allocate';
import { allocateCents } from '../allocation/largestRemainder';
import { Decimal, ZERO, toDecimalString } from '../decimal';
import { exactSum } from '../exactSum';
import { fiscalYearOf } from '../projection/calendar';
import type { MonthRow, Projection } from '../projection/types';
import { monthTargets, targetName } from './monthTargets';

export type ShowbackDimension = 'team' | 'application' | 'model' | 'platform';
export type ShowbackIdle = 'separate' | 'spread';
/** 'horizon' or a fiscal year. */
export type ShowbackPeriod = 'horizon' | number;

/** What a roll-up needs of the scenario: names, teams, models and who serves each application. */
export interface ShowbackScenario {
  readonly fiscalYearStartMonth: number;
  /** The scenario's own idle policy: under "spread" the projection already charged used API commitments to applications. */
  readonly idlePolicy?: 'separate' | 'spread' | undefined;
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

/** Group of an application under a dimension; by platform, the month's target decides (§8 migration paths). */
function groupOf(app: ShowbackScenario['applications'][number] | undefined, id: string, target: Target | null, dimension: ShowbackDimension, scenario: ShowbackScenario): Group {
  if (dimension === 'team' && app) return { key: `team:${app.team}`, label: app.team };
  if (dimension === 'model' && app) return { key: `model:${app.model}`, label: app.model };
  if (dimension === 'platform' && target) {
    return 'platform' in target
      ? { key: `platform:${target.platform}`, label: targetName(target, scenario) }
      : { key: `api:${target.api}`, label: `${targetName(target, scenario)} (API)` };
  }
  return { key: `app:${id}`, label: app?.name ?? id };
}

/** Idle cost that stays on its line, by line key. */
type IdleLines = Map<string, { label: string; parts: Decimal[] }>;

function addIdle(idle: IdleLines, key: string, label: string, amount: Decimal): void {
  const entry = idle.get(key);
  if (entry) entry.parts.push(amount);
  else idle.set(key, { label, parts: [amount] });
}

/** Spreads `amount` over `onTarget` by allocated cost, on the money grid; false when nobody carries cost. */
function spreadOver(amount: Decimal, onTarget: readonly { id: string; allocatedCost: string }[], shares: Map<string, Decimal>): boolean {
  const weights = onTarget.map((a) => new Decimal(a.allocatedCost));
  const weightSum = exactSum(weights);
  if (weightSum.isZero()) return false;
  const exact = weights.map((w) => amount.times(w).div(weightSum));
  allocateOnMoneyGrid(amount, exact).forEach((share, i) => {
    const id = onTarget[i]?.id ?? '';
    shares.set(id, (shares.get(id) ?? ZERO).plus(share));
  });
  return true;
}

export function showback(
  projection: Projection,
  scenario: ShowbackScenario,
  options: { dimension: ShowbackDimension; idle: ShowbackIdle; period: ShowbackPeriod },
): ShowbackResult {
  const apps = new Map(scenario.applications.map((a) => [a.id, a]));
  const platformNames = new Map(scenario.platforms.map((p) => [p.id, p.name]));
  const apiNames = new Map(scenario.apiOptions.map((o) => [o.id, o.name]));
  const cost = new Map<string, { label: string; parts: Decimal[]; tokens: Decimal[]; revenue: Decimal[] }>();
  const idle: IdleLines = new Map();
  const unspread: Decimal[] = [];

  for (const month of monthsInPeriod(projection, scenario.fiscalYearStartMonth, options.period)) {
    const targets = monthTargets(month, scenario);
    const on = (match: (t: Target) => boolean) => month.applications.filter((a) => { const t = targets.get(a.id); return t != null && match(t); });
    const spreadShare = new Map<string, Decimal>();
    for (const p of month.platforms) {
      const idleCost = new Decimal(p.idleCost);
      const onPlatform = on((t) => 'platform' in t && t.platform === p.id);
      if (options.idle === 'spread' && spreadOver(idleCost, onPlatform, spreadShare)) continue;
      addIdle(idle, `idle:${p.id}`, `Idle capacity — ${platformNames.get(p.id) ?? p.id}`, idleCost);
      if (options.idle === 'spread') unspread.push(idleCost);
    }
    // §9 API commitment: the unused minimum is the option's idle line. Under the scenario's own
    // "spread" the projection already charged it to the option's applications (when any used it).
    for (const o of month.apiOptions ?? []) {
      const unused = new Decimal(o.unusedCommitment ?? '0');
      if (unused.isZero()) continue;
      const onOption = on((t) => 'api' in t && t.api === o.id);
      const charged = exactSum(onOption.map((a) => new Decimal(a.allocatedCost)));
      if (scenario.idlePolicy === 'spread' && !charged.isZero()) continue;
      if (options.idle === 'spread' && spreadOver(unused, onOption, spreadShare)) continue;
      addIdle(idle, `idle:api:${o.id}`, `Unused commitment — ${apiNames.get(o.id) ?? o.id}`, unused);
      if (options.idle === 'spread') unspread.push(unused);
    }
    for (const a of month.applications) {
      const g = groupOf(apps.get(a.id), a.id, targets.get(a.id) ?? null, options.dimension, scenario);
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
    .map(([key, line]) => ({ key, label: line.label, amount: exactSum(line.parts), servedTokens: null, revenue: null, idle: true }))
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
