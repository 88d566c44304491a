/**
 * For E3 (format, KPIs): per platform-month `PlatformMonthOperations.nodesOrdered`,
 * `nodesRetired`, `reservedNodes` (platformOperations.ts); here `disposalProceeds`,
 * `terminalValue`, `taxDepreciation`, `taxBasisReleased`, `capitalCharge` (capitalLines.ts).
 * All-in cost per GPU-hour and the horizon totals are kpis/platformKpis.ts's, from these lines.
 *
 * A platform's money lines per month (spec §3, §8), each on the money grid.
 * Owned: energy cost `E · pricePerMWh · (1+esc)^year`, hosting `N · powerKwPerNode ·
 * perKwMonth · (1+hostingEsc)^year`, maintenance `N · capexPerNode · maint / 12`, capex
 * `nodesOrdered · capexPerNode` (§8 cohorts and lag; v1: `N(t) − N(t−1)`, a fixed fleet in
 * month 0), depreciation and the §8 capital lines by cohort (capitalLines.ts); rental 0.
 * Rented: `rentalCost = N · gpusPerNode · hours · pricePerGpuHour · (1 − decline)^(t/12)`
 * (§9 reserved R: `(R · reservedPrice + (N − R) · price(t)) · gpusPerNode · hours`);
 * the price is all-in, so energy cost, hosting, maintenance, capex and depreciation are 0
 * (energy MWh is still counted: it is physical).
 * Self-hosted cost = energy cost + hosting + maintenance + depreciation + rental.
 * The month's formulas (`ownedMonth`, `rentalMonth`, `selfHostedOf`) are shared with the float64 path.
 */
import { Decimal, ONE, ZERO } from '../decimal';
import type { Platform } from '../scenario/schema';
import { decimalArithmetic as N, type Arithmetic } from '../numeric';
import { capitalLinesInto, type CapitalLines } from './capitalLines';
import { capitalChargeFactor } from './capitalCharge';
import type { CapitalContext } from './capitalContext';
import { macrsShares } from './taxDepreciation';
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
  /** §8 (capitalContext.ts); absent: no escalation, no terminal value, no tax, m = 0. */
  readonly capital?: CapitalContext;
}

function zeros(months: number): Decimal[] {
  return new Array<Decimal>(months).fill(ZERO);
}

/** The §8 capital lines of a platform that has none (rented). */
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
 * (last month's when the fleet and the hosting rate are unchanged: `newRate` false), capex
 * `ordered · capexPerNode`. Fills `out`, whose hosting and maintenance are last month's on entry.
 */
export function ownedMonth<T>(
  N: Arithmetic<T>,
  t: number,
  nodes: T,
  previous: T,
  ordered: T,
  energyMWh: T,
  energyPrice: T,
  newRate: boolean,
  perNode: { readonly hosting: T; readonly maintenance: T; readonly capex: T },
  out: OwnedMonth<T>,
): void {
  out.energyCost = N.isZero(energyMWh) ? N.zero : N.moneyProduct(energyMWh, energyPrice);
  if (!(N.cmp(nodes, previous) === 0 && t > 0 && !newRate)) {
    out.hosting = N.moneyProduct(nodes, perNode.hosting);
    out.maintenance = N.moneyProduct(nodes, perNode.maintenance);
  }
  out.capex = N.isZero(ordered) ? N.zero : N.moneyProduct(ordered, perNode.capex);
}

/** §9 reserved + on-demand: `(R · reservedPrice + (N − R) · price(t)) · gpusPerNode · hours`. */
export const reservedRentalMonth = <T>(N: Arithmetic<T>, nodes: T, reserved: T, reservedPrice: T, price: T, gpuHoursPerNode: T): T =>
  N.moneyProduct(gpuHoursPerNode, N.add(N.mul(reserved, reservedPrice), N.mul(N.sub(nodes, reserved), price)));

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
  const reserved = acquisition.reserved;
  const gpusPerNode = new Decimal(platform.gpusPerNode);
  const rentalCost =
    reserved === undefined || platform.fleet.mode !== 'auto'
      ? months.map((m, t) => rentalMonth(N, m.nodes, m.provisionedGpuHours, price[t] ?? ZERO))
      : months.map((m, t) =>
          reservedRentalMonth(N, m.nodes, new Decimal(reserved.nodes), new Decimal(reserved.pricePerGpuHour), price[t] ?? ZERO, gpusPerNode.times(context.hours[t] ?? ZERO)),
        );
  const none = zeros(months.length);
  return { energyCost: none, hosting: none, maintenance: none, capex: none, depreciation: none, rentalCost, selfHostedCost: rentalCost, ...noCapitalLines(months.length) };
}

function ownedCosts(platform: Platform, months: readonly PlatformMonthOperations[], entering: readonly Decimal[], context: CostContext): PlatformCostLines {
  const capexPerNode = owned(platform, 'capexPerNode');
  const hostingRate = hostingPerNodeOf(N, new Decimal(platform.powerKwPerNode), context.perKwMonth);
  const escalation = context.capital?.hostingEscalation ?? null;
  const perNode = { hosting: hostingRate, maintenance: maintenancePerNodeOf(N, capexPerNode, owned(platform, 'maintenancePctPerYear')), capex: capexPerNode };
  const H = months.length;
  const lines = { energyCost: [] as Decimal[], hosting: [] as Decimal[], maintenance: [] as Decimal[], capex: [] as Decimal[] };
  const cell: OwnedMonth<Decimal> = { energyCost: ZERO, hosting: ZERO, maintenance: ZERO, capex: ZERO };
  let previous = ZERO;
  for (let t = 0; t < H; t++) {
    const m = months[t] as PlatformMonthOperations;
    const newRate = escalation !== null && t % 12 === 0; // hosting escalates once a model year
    if (newRate) perNode.hosting = N.mul(hostingRate, escalation[t] ?? ONE);
    ownedMonth(N, t, m.nodes, previous, m.nodesOrdered, m.energyMWh, context.energyPrice[t] ?? ZERO, newRate, perNode, cell);
    lines.energyCost.push(cell.energyCost);
    lines.hosting.push(cell.hosting);
    lines.maintenance.push(cell.maintenance);
    lines.capex.push(cell.capex);
    previous = m.nodes;
  }
  const life = platform.depreciationMonths;
  if (life === undefined) throw new TypeError(`owned platform "${platform.id}" has no depreciationMonths`);
  const residual = owned(platform, 'residualValuePct');
  const capital = context.capital;
  const tax = capital?.tax ?? null;
  const cohortCapex = entering.map((q) => (q.isZero() ? ZERO : N.moneyProduct(q, capexPerNode)));
  const out: CapitalLines<Decimal> = {
    depreciation: new Array<Decimal>(H), disposalProceeds: new Array<Decimal>(H), terminalValue: new Array<Decimal>(H),
    taxDepreciation: new Array<Decimal>(H), taxBasisReleased: new Array<Decimal>(H), capitalCharge: new Array<Decimal>(H),
  };
  capitalLinesInto(N, cohortCapex, {
    depreciationMonths: life,
    usefulLife: platform.usefulLifeMonths ?? null,
    depreciableShare: ONE.minus(residual),
    chargeFactor: capitalChargeFactor(N, capital?.monthlyDiscountRate ?? ZERO, life, ONE.minus(residual)),
    terminalValue: capital?.terminalValue ?? false,
    tax: tax === null ? null : { bonus: new Decimal(tax.bonusPct ?? 0), macrs: tax.depreciation === 'macrs5' ? macrsShares(N) : null },
  }, new Array<Decimal>(H + 1), out);
  const depreciation = out.depreciation as Decimal[];
  const { energyCost, hosting, maintenance } = lines;
  const selfHostedCost = months.map((_, t) => selfHostedOf(N, energyCost[t] ?? ZERO, hosting[t] ?? ZERO, maintenance[t] ?? ZERO, depreciation[t] ?? ZERO));
  return { ...lines, rentalCost: zeros(H), selfHostedCost, ...(out as { [K in keyof CapitalLines<Decimal>]: Decimal[] }) };
}

export function platformCosts(
  platform: Platform,
  months: readonly PlatformMonthOperations[],
  context: CostContext,
  entering: readonly Decimal[],
): PlatformCostLines {
  return platform.acquisition.type === 'rent' ? rentedCosts(platform, months, context) : ownedCosts(platform, months, entering, context);
}
