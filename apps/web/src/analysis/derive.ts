/**
 * Chart series derived from a Projection. Numbers here are for drawing only (Number() of the
 * model's decimal strings); every figure a user reads as a total comes from the Projection itself
 * or from exact decimal-string sums.
 */
import { toNumber } from '../format';
import type { MonthView, PlatformMonthView, ProjectionView, ScenarioView } from './types';

const n = (v: string | number | null | undefined): number => toNumber(v) ?? 0;

/** Self-hosted cost of a platform-month (spec §3): energy + hosting + maintenance + depreciation + rental. */
export function selfHostedCost(p: PlatformMonthView): number {
  return n(p.energyCost) + n(p.hosting) + n(p.maintenance) + n(p.depreciation) + n(p.rentalCost);
}

/** Cost per million tokens: cost / tokens × 1e6, null when nothing was served. */
export function perMTokens(cost: number, tokens: number): number | null {
  return tokens > 0 ? (cost / tokens) * 1e6 : null;
}

export interface CostPerMRow {
  t: number;
  month: string;
  /** All-in P&L cost per M tokens served that month (pnlCost / servedTokens × 1e6). */
  allIn: number | null;
  /** API cost per M tokens bought that month. */
  api: number | null;
  [platformKey: `p:${string}`]: number | null;
}

/** Tokens served by API-backed applications in a month. */
function apiTokens(month: MonthView, apiApps: ReadonlySet<string>): number {
  let sum = 0;
  for (const a of month.applications) if (apiApps.has(a.id)) sum += n(a.servedTokens);
  return sum;
}

export function apiApplicationIds(scenario: ScenarioView | undefined): Set<string> {
  return new Set((scenario?.applications ?? []).filter((a) => 'api' in a.servedBy).map((a) => a.id));
}

/** The declining curve: per platform and month, self-hosted cost / served tokens × 1e6. */
export function costPerMTokensSeries(projection: ProjectionView, scenario?: ScenarioView): CostPerMRow[] {
  const apiApps = apiApplicationIds(scenario);
  return projection.months.map((m) => {
    const row: CostPerMRow = {
      t: m.t,
      month: m.month,
      allIn: perMTokens(n(m.pnlCost), n(m.servedTokens)),
      api: apiApps.size > 0 ? perMTokens(n(m.apiCost), apiTokens(m, apiApps)) : null,
    };
    for (const p of m.platforms) row[`p:${p.id}`] = perMTokens(selfHostedCost(p), n(p.servedTokens));
    return row;
  });
}

/** Platform ids in scenario order (falling back to the order they appear in month 0). */
export function platformList(projection: ProjectionView, scenario?: ScenarioView): { id: string; name: string }[] {
  if (scenario && scenario.platforms.length > 0) return scenario.platforms.map((p) => ({ id: p.id, name: p.name }));
  const ids = new Set<string>();
  for (const m of projection.months) for (const p of m.platforms) ids.add(p.id);
  return [...ids].map((id) => ({ id, name: id }));
}

export interface CashRow {
  t: number;
  month: string;
  cashFlow: number;
  cumulative: number;
}

export function cashFlowSeries(projection: ProjectionView): CashRow[] {
  return projection.months.map((m) => ({ t: m.t, month: m.month, cashFlow: n(m.cashFlow), cumulative: n(m.cumulativeCashFlow) }));
}

/**
 * The month in which the cumulative cash flow turns non-negative, from the payback KPI
 * `k + (−cum_{k−1}) / CF_k` (spec §4): k = ⌈payback⌉ − 1, and 0 for an immediate payback.
 */
export function paybackMonthIndex(paybackMonths: string | null): number | null {
  const p = toNumber(paybackMonths);
  if (p === null) return null;
  return Math.max(0, Math.ceil(p) - 1);
}

export interface FleetRow {
  t: number;
  month: string;
  [key: `nodes:${string}` | `util:${string}`]: number;
}

export function fleetSeries(projection: ProjectionView): FleetRow[] {
  return projection.months.map((m) => {
    const row: FleetRow = { t: m.t, month: m.month };
    for (const p of m.platforms) {
      row[`nodes:${p.id}`] = p.nodes;
      row[`util:${p.id}`] = n(p.utilization);
    }
    return row;
  });
}

export interface DemandRow {
  t: number;
  month: string;
  demand: number;
  served: number;
  unmet: number;
}

export function demandSeries(projection: ProjectionView): DemandRow[] {
  return projection.months.map((m) => ({
    t: m.t,
    month: m.month,
    demand: n(m.demandTokens),
    served: n(m.servedTokens),
    unmet: n(m.unmetTokens),
  }));
}

export interface EnergyRow {
  t: number;
  month: string;
  mwh: number;
  cost: number;
}

export function energySeries(projection: ProjectionView): EnergyRow[] {
  return projection.months.map((m) => ({ t: m.t, month: m.month, mwh: n(m.energyMWh), cost: n(m.energyCost) }));
}

export type CostStackRow = { label: string } & Record<
  'depreciation' | 'energyCost' | 'hosting' | 'maintenance' | 'rentalCost' | 'apiCost' | 'fixedOpex',
  number
>;

const STACK_KEYS = ['depreciation', 'energyCost', 'hosting', 'maintenance', 'rentalCost', 'apiCost', 'fixedOpex'] as const;

function stackRow(label: string, lines: Partial<Record<(typeof STACK_KEYS)[number], string>>): CostStackRow {
  const row = { label } as CostStackRow;
  for (const key of STACK_KEYS) row[key] = n(lines[key]);
  return row;
}

export function costStackMonthly(projection: ProjectionView, labelOf: (month: string) => string): CostStackRow[] {
  return projection.months.map((m) => stackRow(labelOf(m.month), m));
}

export function costStackFiscal(projection: ProjectionView): CostStackRow[] {
  return projection.fiscalYears.map((fy) => stackRow(`FY${fy.fiscalYear}`, fy));
}
