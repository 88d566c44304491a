/**
 * A platform's physical month (spec §3), before any money: demand in busy GPU-hours, fleet,
 * served fraction, utilisation and energy, and what each of its applications is served.
 *
 * Demand is gathered per model: `W = Σ_models (Σ_a D_a) / T_model` (token-seconds at
 * day-one speed per GPU), carried as `W · ΠT` (modelGroups.ts), so `B = W / (M · 3600)` busy
 * GPU-hours. The month itself (nodes, served fraction, utilisation, energy) is platformMonth.ts,
 * shared with the float64 path; the served fraction applies pro rata to every application on
 * the platform (each served amount on the token grid).
 */
import { Decimal, ONE, ZERO } from '../decimal';
import type { Platform } from '../scenario/schema';
import { decimalArithmetic as N } from '../numeric';
import { add, compare } from '../wordArithmetic';
import { servedOf } from './serving';
import { energyRates } from './energy';
import { gatherDemand, scaledWeight, type ModelGroups } from './modelGroups';
import { perNodeFigures, weightPerNodeOf } from './nodeCapacity';
import { nodeCap, nodeRule, type NodeCap } from './fleet';
import { emptyCell, platformMonth, type PlatformMonthInput } from './platformMonth';
import { aliveAt, ordersInto, retiredInto } from './cohorts';

export interface PlatformApplication {
  /** Index in `scenario.applications`. */
  readonly appIndex: number;
  readonly demand: readonly Decimal[];
  /** Index of its model in the platform's model groups. */
  readonly group: number;
}

export interface PlatformMonthOperations {
  readonly nodes: Decimal;
  /** `N · gpusPerNode · hours`: the GPU-hours paid for (rented) or available (owned). */
  readonly provisionedGpuHours: Decimal;
  /** Nodes the demand needed (before the cap). */
  readonly nodesNeeded: Decimal;
  /** Busy GPU-hours served, `f·B` (utilisation and energy). */
  readonly busyGpuHours: Decimal;
  /** Busy GPU-hours demanded, `B` (spec §3): what the Projection reports as `busyGpuHours`. */
  readonly demandedGpuHours: Decimal;
  readonly utilization: Decimal;
  readonly servedFraction: Decimal;
  readonly demandTokens: Decimal;
  readonly servedTokens: Decimal;
  readonly energyMWh: Decimal;
  /** Σ demand per model group, and `W · ΠT` (modelGroups.ts): the allocation proportions. */
  readonly groupDemand: readonly Decimal[];
  readonly scaledWeight: Decimal;
  /** §8 owned cohorts: nodes ordered (paid) this month, nodes retired; §9 reserved nodes (0 where unused). */
  readonly nodesOrdered: Decimal;
  readonly nodesRetired: Decimal;
  readonly reservedNodes: Decimal;
}

export interface PlatformOperations {
  readonly cap: NodeCap;
  readonly months: readonly PlatformMonthOperations[];
  /**
   * Served tokens per application (aligned with the platform's application list), per month:
   * the application's demand series itself (same array) when it is always fully served.
   */
  readonly served: readonly (readonly Decimal[])[];
  /** §8: owned nodes entering service per month, the cohorts q(s) (zeros when rented). */
  readonly entering: readonly Decimal[];
}

export interface OperationsContext {
  readonly hours: readonly Decimal[];
  readonly pue: Decimal;
  readonly softwareMultiplier: readonly Decimal[];
}

export function operatePlatform(
  platform: Platform,
  applications: readonly PlatformApplication[],
  groups: ModelGroups,
  context: OperationsContext,
): PlatformOperations {
  const weightsFor = weightPerNodeOf(groups.product.times(3600));
  const energy = energyRates(
    new Decimal(platform.powerKwPerNode),
    context.pue,
    new Decimal(platform.idlePowerFraction),
    new Decimal(platform.gpusPerNode),
  );
  const figuresFor = perNodeFigures(platform);
  const cap = nodeCap(platform, context.pue);
  const rule = nodeRule(platform, cap);
  const ownedFleet = platform.acquisition.type === 'own';
  const lag = ownedFleet ? (platform.deploymentLagMonths ?? 0) : 0;
  const life = ownedFleet ? (platform.usefulLifeMonths ?? null) : null;
  const beforeService = { kind: 'fixed', nodes: ZERO } as const; // a fixed fleet serves from L
  const entering: Decimal[] = [];
  const reservedNodes = rule.kind === 'autoRented' ? (rule.reserved ?? ZERO) : ZERO;
  // Served tokens: the demand series itself until a month is short of capacity.
  const served: (readonly Decimal[])[] = applications.map((app) => app.demand);
  const copies: (Decimal[] | undefined)[] = applications.map(() => undefined);
  const months: { -readonly [K in keyof PlatformMonthOperations]: PlatformMonthOperations[K] }[] = [];
  const input: PlatformMonthInput<Decimal> = {
    weight: ZERO, perBusyHour: ONE, perNode: ONE, busyCapacity: ZERO, gpuHours: ZERO,
    idleMWhPerNode: ZERO, mwhPerBusyGpuHour: energy.mwhPerBusyGpuHour, previous: ZERO,
  };
  const cell = emptyCell(N);
  context.hours.forEach((hours, t) => {
    const { groupDemand, demandTokens } = gatherDemand(applications, groups.throughput.length, t);
    const weight = scaledWeight(groupDemand, groups); // W · ΠT
    const { gpuHours, busyCapacity } = figuresFor(hours);
    const { perBusyHour, perNode } = weightsFor(context.softwareMultiplier[t] ?? ONE, busyCapacity);
    input.weight = weight;
    input.perBusyHour = perBusyHour;
    input.perNode = perNode;
    input.busyCapacity = busyCapacity;
    input.gpuHours = gpuHours;
    input.idleMWhPerNode = energy.idleMWhPerNode(hours);
    const alive = ownedFleet ? aliveAt(N, input.previous, entering, t, life) : input.previous;
    input.previous = alive;
    platformMonth(N, rule.kind === 'fixed' && t < lag ? beforeService : rule, input, cell);
    entering.push(ownedFleet && compare(cell.nodes, alive) !== 0 ? N.sub(cell.nodes, alive) : ZERO);
    let servedTokens = demandTokens;
    if (cell.saturated) {
      servedTokens = ZERO;
      applications.forEach((app, i) => {
        const copy = copies[i] ?? [...app.demand];
        copies[i] = copy;
        served[i] = copy;
        const s = servedOf(N, app.demand[t] ?? ZERO, cell.servedFraction);
        copy[t] = s;
        servedTokens = add(servedTokens, s);
      });
    }
    months.push({
      nodes: cell.nodes,
      nodesNeeded: cell.needed,
      busyGpuHours: cell.busyGpuHours,
      demandedGpuHours: cell.demandedGpuHours,
      utilization: cell.utilization,
      servedFraction: cell.servedFraction,
      demandTokens,
      servedTokens,
      provisionedGpuHours: cell.provisionedGpuHours,
      energyMWh: cell.energyMWh,
      groupDemand,
      scaledWeight: weight,
      nodesOrdered: ZERO,
      nodesRetired: ZERO,
      reservedNodes,
    });
    input.previous = cell.nodes;
  });
  if (ownedFleet) {
    const ordered = new Array<Decimal>(months.length);
    const retired = new Array<Decimal>(months.length);
    ordersInto(N, entering, lag, ordered);
    retiredInto(N, entering, life, retired);
    months.forEach((month, t) => {
      month.nodesOrdered = ordered[t] ?? ZERO;
      month.nodesRetired = retired[t] ?? ZERO;
    });
  }
  return { cap, months, served, entering };
}
