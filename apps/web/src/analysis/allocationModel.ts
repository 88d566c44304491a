/**
 * Showback / chargeback roll-ups (spec §5) from a Projection: allocated cost by team,
 * application, model or platform, over the horizon or one fiscal year, with idle cluster cost on
 * its own lines ("separate") or spread onto the applications ("spread").
 *
 * Spread is done here, without re-projecting: each platform-month's idle cost is distributed over
 * the applications on that platform in proportion to their allocated cost that month. Allocated
 * cost is itself proportional to served busy GPU-hours, so this is the model's own "spread" rule
 * (same proportions) and the totals are unchanged. A platform-month with no served tokens has
 * nobody to spread to: its idle cost stays on the idle line. Exact decimal-string arithmetic
 * throughout; cents by the model's largest-remainder rounding so the shown cents add up to the
 * shown total.
 */
import { allocateCents, Decimal } from '@tokenplan/model';
import { prorate, sumDecimals } from '../format';
import type { MonthView, ProjectionView, ScenarioView } from './types';

export type AllocationDimension = 'team' | 'application' | 'model' | 'platform';
export type IdleView = 'separate' | 'spread';
/** 'horizon' or a fiscal year. */
export type AllocationPeriod = 'horizon' | number;

export interface AllocationLine {
  key: string;
  label: string;
  /** Exact cost (decimal string). */
  amount: string;
  /** Largest-remainder cents of `amount` within the table. */
  cents: bigint;
  /** Tokens served (exact), null for idle lines. */
  servedTokens: string | null;
  revenue: string | null;
  idle: boolean;
}

export interface AllocationResult {
  lines: AllocationLine[];
  /** Exact total = Σ self-hosted platform cost + API cost of the period. */
  total: string;
  /** Σ cents of the lines (= total rounded half-even to cents). */
  totalCents: bigint;
  /** Idle cost that could not be spread (platform-months with no served tokens). */
  unspreadable: string;
}

/** Fiscal year of a "YYYY-MM" month, named by the calendar year in which it ends (spec §6). */
export function fiscalYearOf(month: string, fiscalYearStartMonth: number): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return fiscalYearStartMonth === 1 || m < fiscalYearStartMonth ? year : year + 1;
}

export function monthsInPeriod(projection: ProjectionView, scenario: ScenarioView, period: AllocationPeriod): MonthView[] {
  if (period === 'horizon') return [...projection.months];
  return projection.months.filter((m) => fiscalYearOf(m.month, scenario.fiscalYearStartMonth) === period);
}

interface AppInfo {
  name: string;
  team: string;
  model: string;
  platformKey: string;
  platformLabel: string;
  platformId: string | null;
}

function appInfo(scenario: ScenarioView): Map<string, AppInfo> {
  const platformNames = new Map(scenario.platforms.map((p) => [p.id, p.name]));
  const apiNames = new Map(scenario.apiOptions.map((o) => [o.id, o.name]));
  return new Map(
    scenario.applications.map((a) => {
      const platformId = 'platform' in a.servedBy ? a.servedBy.platform : null;
      const apiId = 'api' in a.servedBy ? a.servedBy.api : null;
      return [
        a.id,
        {
          name: a.name,
          team: a.team,
          model: a.model,
          platformId,
          platformKey: platformId !== null ? `platform:${platformId}` : `api:${apiId ?? ''}`,
          platformLabel: platformId !== null ? (platformNames.get(platformId) ?? platformId) : `${apiNames.get(apiId ?? '') ?? apiId ?? 'API'} (API)`,
        },
      ];
    }),
  );
}

function groupOf(info: AppInfo | undefined, appId: string, dimension: AllocationDimension): { key: string; label: string } {
  if (!info) return { key: `app:${appId}`, label: appId };
  switch (dimension) {
    case 'team':
      return { key: `team:${info.team}`, label: info.team };
    case 'application':
      return { key: `app:${appId}`, label: info.name };
    case 'model':
      return { key: `model:${info.model}`, label: info.model };
    case 'platform':
      return { key: info.platformKey, label: info.platformLabel };
  }
}

export function allocate(
  projection: ProjectionView,
  scenario: ScenarioView,
  options: { dimension: AllocationDimension; idle: IdleView; period: AllocationPeriod },
): AllocationResult {
  const apps = appInfo(scenario);
  const platformNames = new Map(scenario.platforms.map((p) => [p.id, p.name]));
  const cost = new Map<string, { label: string; parts: string[]; tokens: string[]; revenue: string[] }>();
  const idle = new Map<string, string[]>();
  const unspread: string[] = [];

  const add = (key: string, label: string, amount: string, tokens: string, revenue: string) => {
    let g = cost.get(key);
    if (!g) cost.set(key, (g = { label, parts: [], tokens: [], revenue: [] }));
    g.parts.push(amount);
    g.tokens.push(tokens);
    g.revenue.push(revenue);
  };

  for (const month of monthsInPeriod(projection, scenario, options.period)) {
    const spreadShare = new Map<string, string>();
    for (const p of month.platforms) {
      const onPlatform = month.applications.filter((a) => apps.get(a.id)?.platformId === p.id);
      const weights = onPlatform.map((a) => a.allocatedCost);
      const canSpread = options.idle === 'spread' && weights.some((w) => Number(w) !== 0);
      if (canSpread) {
        prorate(p.idleCost, weights).forEach((share, i) => {
          const app = onPlatform[i];
          if (app) spreadShare.set(app.id, share);
        });
      } else {
        const list = idle.get(p.id) ?? [];
        list.push(p.idleCost);
        idle.set(p.id, list);
        if (options.idle === 'spread') unspread.push(p.idleCost);
      }
    }
    for (const a of month.applications) {
      const g = groupOf(apps.get(a.id), a.id, options.dimension);
      const spread = spreadShare.get(a.id);
      add(g.key, g.label, spread === undefined ? a.allocatedCost : sumDecimals([a.allocatedCost, spread]), a.servedTokens, a.revenue);
    }
  }

  const groups = [...cost.entries()].map(([key, g]) => ({
    key,
    label: g.label,
    amount: sumDecimals(g.parts),
    servedTokens: sumDecimals(g.tokens),
    revenue: sumDecimals(g.revenue),
    idle: false,
  }));
  groups.sort((a, b) => Number(b.amount) - Number(a.amount) || a.label.localeCompare(b.label));
  const idleLines = [...idle.entries()]
    .map(([id, parts]) => ({
      key: `idle:${id}`,
      label: `Idle capacity — ${platformNames.get(id) ?? id}`,
      amount: sumDecimals(parts),
      servedTokens: null,
      revenue: null,
      idle: true,
    }))
    .filter((l) => Number(l.amount) !== 0);
  const all = [...groups, ...idleLines];
  // The model's largest-remainder rounding (packages/model/src/allocation/largestRemainder.ts).
  const cents = allocateCents(all.map((l) => new Decimal(l.amount)));
  const lines = all.map((l, i) => ({ ...l, cents: cents[i] ?? 0n }));
  return {
    lines,
    total: sumDecimals(all.map((l) => l.amount)),
    totalCents: cents.reduce((s, c) => s + c, 0n),
    unspreadable: sumDecimals(unspread),
  };
}
