/**
 * The board charts' series from a Projection (the web dashboard draws them; the PDF can draw
 * the same). Numbers here are for drawing only (Number() of the decimal strings); every figure
 * a reader takes as a total comes from the Projection itself.
 */
import { targetsOf } from '../scenario/servedBy';
import type { ServedBy } from '../scenario/objectSchema';
import type { MonthRow, PlatformMonth, Projection } from '../projection/types';
import { monthTargets } from './monthTargets';

/** What the series need of the scenario: platform names, which applications buy from an API. */
export interface ChartScenario {
  readonly platforms: readonly { readonly id: string; readonly name: string }[];
  readonly applications: readonly { readonly id: string; readonly servedBy: ServedBy }[];
}

/** A decimal string as a number to draw, 0 when missing. */
const num = (value: string | null | undefined): number => (value ? Number(value) || 0 : 0);

/** Self-hosted cost of a platform-month (spec §3): energy + hosting + maintenance + depreciation + rental. */
export function selfHostedCostOf(p: PlatformMonth): number {
  return num(p.energyCost) + num(p.hosting) + num(p.maintenance) + num(p.depreciation) + num(p.rentalCost);
}

/** Cost per million tokens: cost / tokens × 1e6, null when nothing was served. */
export function perMTokens(cost: number, tokens: number): number | null {
  return tokens > 0 ? (cost / tokens) * 1e6 : null;
}

/** Applications served by an API in some month (a migration path may move them on or off it). */
export function apiApplicationIds(scenario: ChartScenario | undefined): Set<string> {
  return new Set((scenario?.applications ?? []).filter((a) => targetsOf(a.servedBy).some(({ target }) => 'api' in target)).map((a) => a.id));
}

/** Platform ids and names in scenario order (falling back to the order they appear in the months). */
export function platformList(projection: Projection, scenario?: ChartScenario): { id: string; name: string }[] {
  if (scenario && scenario.platforms.length > 0) return scenario.platforms.map((p) => ({ id: p.id, name: p.name }));
  const ids = new Set<string>();
  for (const m of projection.months) for (const p of m.platforms) ids.add(p.id);
  return [...ids].map((id) => ({ id, name: id }));
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

/** Tokens bought from APIs that month: applications whose target that month is an API (§8 paths). */
function apiTokens(month: MonthRow, scenario: ChartScenario | undefined): number {
  const targets = monthTargets(month, scenario);
  return month.applications.reduce((sum, a) => {
    const target = targets.get(a.id);
    return target && 'api' in target ? sum + num(a.servedTokens) : sum;
  }, 0);
}

/** The declining curve: per platform and month, self-hosted cost / served tokens × 1e6. */
export function costPerMTokensRows(projection: Projection, scenario?: ChartScenario): CostPerMRow[] {
  const apiApps = apiApplicationIds(scenario);
  return projection.months.map((m) => {
    const row: CostPerMRow = {
      t: m.t,
      month: m.month,
      allIn: perMTokens(num(m.pnlCost), num(m.servedTokens)),
      api: apiApps.size > 0 ? perMTokens(num(m.apiCost), apiTokens(m, scenario)) : null,
    };
    for (const p of m.platforms) row[`p:${p.id}`] = perMTokens(selfHostedCostOf(p), num(p.servedTokens));
    return row;
  });
}

export interface CashRow { t: number; month: string; cashFlow: number; cumulative: number }

export function cashFlowRows(projection: Projection): CashRow[] {
  return projection.months.map((m) => ({ t: m.t, month: m.month, cashFlow: num(m.cashFlow), cumulative: num(m.cumulativeCashFlow) }));
}

/**
 * The month in which the cumulative cash flow turns non-negative, from the payback KPI
 * `(k − 1) + (−cum_{k−1}) / CF_k` (spec §4, v2's spreadsheet convention; the fraction lies in
 * (0, 1]): k = ⌈payback⌉, and 0 for an immediate payback.
 */
export function paybackMonthIndex(paybackMonths: string | null): number | null {
  if (paybackMonths === null || !Number.isFinite(Number(paybackMonths))) return null;
  return Math.max(0, Math.ceil(Number(paybackMonths)));
}

export interface FleetRow { t: number; month: string; [key: `nodes:${string}` | `util:${string}`]: number }

export function fleetRows(projection: Projection): FleetRow[] {
  return projection.months.map((m) => {
    const row: FleetRow = { t: m.t, month: m.month };
    for (const p of m.platforms) {
      row[`nodes:${p.id}`] = p.nodes;
      row[`util:${p.id}`] = num(p.utilization);
    }
    return row;
  });
}

export interface DemandRow { t: number; month: string; demand: number; served: number; unmet: number }

export function demandRows(projection: Projection): DemandRow[] {
  return projection.months.map((m) => ({ t: m.t, month: m.month, demand: num(m.demandTokens), served: num(m.servedTokens), unmet: num(m.unmetTokens) }));
}

export interface EnergyRow { t: number; month: string; mwh: number; cost: number }

export function energyRows(projection: Projection): EnergyRow[] {
  return projection.months.map((m) => ({ t: m.t, month: m.month, mwh: num(m.energyMWh), cost: num(m.energyCost) }));
}

/** The P&L cost lines of the cost stack, bottom to top (depreciation, not capex). */
export const COST_STACK_LINES = ['depreciation', 'energyCost', 'hosting', 'maintenance', 'rentalCost', 'apiCost', 'fixedOpex'] as const;
export type CostStackLine = (typeof COST_STACK_LINES)[number];
export type CostStackRow = { label: string } & Record<CostStackLine, number>;

function stackRow(label: string, lines: Readonly<Record<CostStackLine, string>>): CostStackRow {
  const row = { label } as CostStackRow;
  for (const key of COST_STACK_LINES) row[key] = num(lines[key]);
  return row;
}

/** One bar per month, labelled by `labelOf(month)` ("YYYY-MM" by default). */
export function costStackMonthly(projection: Projection, labelOf: (month: string) => string = (m) => m): CostStackRow[] {
  return projection.months.map((m) => stackRow(labelOf(m.month), m));
}

/** One bar per fiscal year, labelled "FY2028". */
export function costStackFiscal(projection: Projection): CostStackRow[] {
  return projection.fiscalYears.map((fy) => stackRow(`FY${fy.fiscalYear}`, fy));
}
