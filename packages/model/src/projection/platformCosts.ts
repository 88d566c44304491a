/**
 * A platform's money lines per month (spec §3), each on the money grid.
 * Owned: energy cost `E · pricePerMWh · (1+esc)^year`, hosting `N · powerKwPerNode ·
 * perKwMonth`, maintenance `N · capexPerNode · maint / 12`, capex `(N(t) − N(t−1)) ·
 * capexPerNode` (a fixed fleet is bought in month 0), depreciation by cohort; rental 0.
 * Rented: `rentalCost = N · gpusPerNode · hours · pricePerGpuHour · (1 − decline)^(t/12)`;
 * the price is all-in, so energy cost, hosting, maintenance, capex and depreciation are 0
 * (energy MWh is still counted: it is physical).
 * Self-hosted cost = energy cost + hosting + maintenance + depreciation + rental.
 * The month's formulas (`ownedMonth`, `rentalMonth`, `selfHostedOf`) are shared with the float64 path.
 */
import { Decimal, ZERO } from '../decimal';
import type { Platform } from '../scenario/schema';
import { decimalArithmetic as N, type Arithmetic } from '../numeric';
import { depreciationSeries } from './depreciation';
import type { PlatformMonthOperations } from './platformOperations';
import { decliningPriceSeries } from './prices';

export interface PlatformCostLines {
  readonly energyCost: readonly Decimal[];
  readonly hosting: readonly Decimal[];
  readonly maintenance: readonly Decimal[];
  readonly rentalCost: readonly Decimal[];
  readonly capex: readonly Decimal[];
  readonly depreciation: readonly Decimal[];
  readonly selfHostedCost: readonly Decimal[];
  /**
   * §8 (zeros where unused): book value received when a cohort retires; book value of the fleet
   * in service at H−1 (terminalValue "bookValue"); tax depreciation; the remaining tax basis of
   * what was disposed of or valued that month; the capital charge (economic, not cash).
   */
  readonly disposalProceeds: readonly Decimal[];
  readonly terminalValue: readonly Decimal[];
  readonly taxDepreciation: readonly Decimal[];
  readonly taxBasisReleased: readonly Decimal[];
  readonly capitalCharge: readonly Decimal[];
}

export interface CostContext {
  readonly hours: readonly Decimal[];
  /** Energy price per MWh of each month, escalation included. */
  readonly energyPrice: readonly Decimal[];
  readonly perKwMonth: Decimal;
  readonly powers: (base: Decimal) => readonly Decimal[];
}

function zeros(months: number): Decimal[] {
  return new Array<Decimal>(months).fill(ZERO);
}

/** The §8 capital lines of a platform that has none (rented; owned until cohorts land). */
function noCapitalLines(months: number) {
  const none = zeros(months);
  return { disposalProceeds: none, terminalValue: none, taxDepreciation: none, taxBasisReleased: none, capitalCharge: none };
}

/** A required owned-platform field; the schema guarantees it, so a gap is a broken invariant. */
function owned(platform: Platform, field: 'capexPerNode' | 'maintenancePctPerYear' | 'residualValuePct'): Decimal {
  const value = platform[field];
  if (value === undefined) throw new TypeError(`owned platform "${platform.id}" has no ${field}`);
  return new Decimal(value);
}

/** One owned platform-month's money (written once: numeric.ts); a scratch the caller copies out. */
export interface OwnedMonth<T> {
  energyCost: T;
  hosting: T;
  maintenance: T;
  capex: T;
}

/** Per node and month: hosting `powerKwPerNode · perKwMonth`, maintenance `capexPerNode · maint / 12`. */
export const hostingPerNodeOf = <T>(N: Arithmetic<T>, powerKwPerNode: T, perKwMonth: T): T => N.mul(powerKwPerNode, perKwMonth);
export const maintenancePerNodeOf = <T>(N: Arithmetic<T>, capexPerNode: T, maintenancePctPerYear: T): T =>
  N.div(N.mul(capexPerNode, maintenancePctPerYear), N.of(12));

/**
 * Month t of an owned platform: energy cost `E · price(t)`, hosting and maintenance per node
 * (last month's when the fleet is unchanged), capex `(N(t) − N(t−1)) · capexPerNode` (a fixed
 * fleet is bought in month 0: N(−1) = 0). Fills `out`, whose hosting and maintenance are last
 * month's on entry.
 */
export function ownedMonth<T>(
  N: Arithmetic<T>,
  t: number,
  nodes: T,
  previous: T,
  energyMWh: T,
  energyPrice: T,
  perNode: { readonly hosting: T; readonly maintenance: T; readonly capex: T },
  out: OwnedMonth<T>,
): void {
  out.energyCost = N.isZero(energyMWh) ? N.zero : N.moneyProduct(energyMWh, energyPrice);
  const sameFleet = N.cmp(nodes, previous) === 0;
  if (!(sameFleet && t > 0)) {
    out.hosting = N.moneyProduct(nodes, perNode.hosting);
    out.maintenance = N.moneyProduct(nodes, perNode.maintenance);
  }
  out.capex = sameFleet ? N.zero : N.moneyProduct(N.sub(nodes, previous), perNode.capex);
}

/** Rented: `N · gpusPerNode · hours · price(t)` (the provisioned GPU-hours), 0 without nodes. */
export const rentalMonth = <T>(N: Arithmetic<T>, nodes: T, provisionedGpuHours: T, pricePerGpuHour: T): T =>
  N.isZero(nodes) ? N.zero : N.moneyProduct(provisionedGpuHours, pricePerGpuHour);

/** Self-hosted cost = energy cost + hosting + maintenance + depreciation (rented: the rental). */
export const selfHostedOf = <T>(N: Arithmetic<T>, energyCost: T, hosting: T, maintenance: T, depreciation: T): T =>
  N.add(N.add(N.add(energyCost, hosting), maintenance), depreciation);

function rentedCosts(platform: Platform, months: readonly PlatformMonthOperations[], context: CostContext): PlatformCostLines {
  const { acquisition } = platform;
  if (acquisition.type !== 'rent') throw new TypeError(`platform "${platform.id}" is not rented`);
  const price = decliningPriceSeries(new Decimal(acquisition.pricePerGpuHour), new Decimal(acquisition.annualPriceDecline), context.powers);
  const rentalCost = months.map((m, t) => rentalMonth(N, m.nodes, m.provisionedGpuHours, price[t] ?? ZERO));
  const none = zeros(months.length);
  return { energyCost: none, hosting: none, maintenance: none, capex: none, depreciation: none, rentalCost, selfHostedCost: rentalCost, ...noCapitalLines(months.length) };
}

function ownedCosts(platform: Platform, months: readonly PlatformMonthOperations[], context: CostContext): PlatformCostLines {
  const capexPerNode = owned(platform, 'capexPerNode');
  const perNode = {
    hosting: hostingPerNodeOf(N, new Decimal(platform.powerKwPerNode), context.perKwMonth),
    maintenance: maintenancePerNodeOf(N, capexPerNode, owned(platform, 'maintenancePctPerYear')),
    capex: capexPerNode,
  };
  const lines = { energyCost: [] as Decimal[], hosting: [] as Decimal[], maintenance: [] as Decimal[], capex: [] as Decimal[] };
  const cell: OwnedMonth<Decimal> = { energyCost: ZERO, hosting: ZERO, maintenance: ZERO, capex: ZERO };
  let previous = ZERO;
  for (let t = 0; t < months.length; t++) {
    const m = months[t] as PlatformMonthOperations;
    ownedMonth(N, t, m.nodes, previous, m.energyMWh, context.energyPrice[t] ?? ZERO, perNode, cell);
    lines.energyCost.push(cell.energyCost);
    lines.hosting.push(cell.hosting);
    lines.maintenance.push(cell.maintenance);
    lines.capex.push(cell.capex);
    previous = m.nodes;
  }
  const life = platform.depreciationMonths;
  if (life === undefined) throw new TypeError(`owned platform "${platform.id}" has no depreciationMonths`);
  const depreciation = depreciationSeries(lines.capex, owned(platform, 'residualValuePct'), life);
  const { energyCost, hosting, maintenance } = lines;
  const selfHostedCost = months.map((_, t) => selfHostedOf(N, energyCost[t] ?? ZERO, hosting[t] ?? ZERO, maintenance[t] ?? ZERO, depreciation[t] ?? ZERO));
  return { ...lines, rentalCost: zeros(months.length), depreciation, selfHostedCost, ...noCapitalLines(months.length) };
}

export function platformCosts(
  platform: Platform,
  months: readonly PlatformMonthOperations[],
  context: CostContext,
): PlatformCostLines {
  return platform.acquisition.type === 'rent' ? rentedCosts(platform, months, context) : ownedCosts(platform, months, context);
}
