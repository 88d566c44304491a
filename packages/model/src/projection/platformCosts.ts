/**
 * A platform's money lines per month (spec §3), each on the money grid.
 * Owned: energy cost `E · pricePerMWh · (1+esc)^year`, hosting `N · powerKwPerNode ·
 * perKwMonth`, maintenance `N · capexPerNode · maint / 12`, capex `(N(t) − N(t−1)) ·
 * capexPerNode` (a fixed fleet is bought in month 0), depreciation by cohort; rental 0.
 * Rented: `rentalCost = N · gpusPerNode · hours · pricePerGpuHour · (1 − decline)^(t/12)`;
 * the price is all-in, so energy cost, hosting, maintenance, capex and depreciation are 0
 * (energy MWh is still counted: it is physical).
 * Self-hosted cost = energy cost + hosting + maintenance + depreciation + rental.
 */
import { Decimal, ZERO } from '../decimal';
import type { Platform } from '../scenario/schema';
import { exactSum } from '../exactSum';
import { depreciationSeries } from './depreciation';
import { compare, sub } from '../wordArithmetic';
import { moneyProduct } from './grids';
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
}

export interface CostContext {
  readonly hours: readonly Decimal[];
  /** Energy price per MWh of each month, escalation included. */
  readonly energyPrice: readonly Decimal[];
  readonly perKwMonth: Decimal;
  readonly powers: (base: Decimal) => readonly Decimal[];
}

/** Σ of money-grid values (exact), skipping zeros. */
function sumOfNonZero(values: readonly (Decimal | undefined)[]): Decimal {
  return exactSum(values.filter((value): value is Decimal => value !== undefined));
}

function zeros(months: number): Decimal[] {
  return new Array<Decimal>(months).fill(ZERO);
}

/** A required owned-platform field; the schema guarantees it, so a gap is a broken invariant. */
function owned(platform: Platform, field: 'capexPerNode' | 'maintenancePctPerYear' | 'residualValuePct'): Decimal {
  const value = platform[field];
  if (value === undefined) throw new TypeError(`owned platform "${platform.id}" has no ${field}`);
  return new Decimal(value);
}

function rentedCosts(platform: Platform, months: readonly PlatformMonthOperations[], context: CostContext): PlatformCostLines {
  const { acquisition } = platform;
  if (acquisition.type !== 'rent') throw new TypeError(`platform "${platform.id}" is not rented`);
  const price = decliningPriceSeries(new Decimal(acquisition.pricePerGpuHour), new Decimal(acquisition.annualPriceDecline), context.powers);
  const rentalCost = months.map((m, t) =>
    m.nodes.isZero() ? ZERO : moneyProduct(m.provisionedGpuHours, price[t] ?? ZERO),
  );
  const none = zeros(months.length);
  return { energyCost: none, hosting: none, maintenance: none, capex: none, depreciation: none, rentalCost, selfHostedCost: rentalCost };
}

function ownedCosts(platform: Platform, months: readonly PlatformMonthOperations[], context: CostContext): PlatformCostLines {
  const capexPerNode = owned(platform, 'capexPerNode');
  const maintenancePerNode = capexPerNode.times(owned(platform, 'maintenancePctPerYear')).div(12);
  const hostingPerNode = new Decimal(platform.powerKwPerNode).times(context.perKwMonth);
  const energyCost: Decimal[] = [];
  const hosting: Decimal[] = [];
  const maintenance: Decimal[] = [];
  const capex: Decimal[] = [];
  let previous = ZERO;
  months.forEach((m, t) => {
    energyCost.push(m.energyMWh.isZero() ? ZERO : moneyProduct(m.energyMWh, context.energyPrice[t] ?? ZERO));
    const sameFleet = compare(m.nodes, previous) === 0;
    const unchanged = sameFleet && t > 0; // same fleet: same hosting and maintenance
    hosting.push(unchanged ? (hosting[t - 1] ?? ZERO) : moneyProduct(m.nodes, hostingPerNode));
    maintenance.push(unchanged ? (maintenance[t - 1] ?? ZERO) : moneyProduct(m.nodes, maintenancePerNode));
    capex.push(sameFleet ? ZERO : moneyProduct(sub(m.nodes, previous), capexPerNode));
    previous = m.nodes;
  });
  const life = platform.depreciationMonths;
  if (life === undefined) throw new TypeError(`owned platform "${platform.id}" has no depreciationMonths`);
  const depreciation = depreciationSeries(capex, owned(platform, 'residualValuePct'), life);
  const selfHostedCost = months.map((_, t) => sumOfNonZero([energyCost[t], hosting[t], maintenance[t], depreciation[t]]));
  return { energyCost, hosting, maintenance, rentalCost: zeros(months.length), capex, depreciation, selfHostedCost };
}

export function platformCosts(
  platform: Platform,
  months: readonly PlatformMonthOperations[],
  context: CostContext,
): PlatformCostLines {
  return platform.acquisition.type === 'rent' ? rentedCosts(platform, months, context) : ownedCosts(platform, months, context);
}
