/**
 * A platform's physical month (spec §3), before any money: demand in busy GPU-hours, fleet,
 * served fraction, utilisation and energy, and what each of its applications is served.
 *
 * Demand is gathered per model: `W = Σ_models (Σ_a D_a) / T_model` (token-seconds at
 * day-one speed per GPU), carried as `W · ΠT` (modelGroups.ts), so `B = W / (M · 3600)` busy
 * GPU-hours. Nodes and the served fraction compare W with a node's capacity in the same unit,
 * `M · 3600 · c` with `c = gpusPerNode · hours · targetUtilization`: `N = ceil(W / (M·3600·c))`
 * is one division of exact quantities, so an exact fit is not lost to rounding.
 * The served fraction `f = min(1, N·c/B)` (1 when B = 0) applies pro rata to every
 * application on the platform (each served amount on the token grid). Utilisation
 * `U = f·B / (N · gpusPerNode · hours)`, 0 without nodes.
 */
import { Decimal, ONE, ZERO } from '../decimal';
import type { Platform } from '../scenario/schema';
import { add, compare, div, mul } from '../wordArithmetic';
import { tokenProduct } from './grids';
import { energyMWh, energyRates } from './energy';
import { gatherDemand, scaledWeight, type ModelGroups } from './modelGroups';
import { perNodeFigures, weightPerNodeOf } from './nodeCapacity';
import { nodeCap, nodeRule, nodesNeeded, nodesThisMonth, type NodeCap } from './fleet';

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
}

export interface PlatformOperations {
  readonly cap: NodeCap;
  readonly months: readonly PlatformMonthOperations[];
  /**
   * Served tokens per application (aligned with the platform's application list), per month:
   * the application's demand series itself (same array) when it is always fully served.
   */
  readonly served: readonly (readonly Decimal[])[];
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
  // Served tokens: the demand series itself until a month is short of capacity.
  const served: (readonly Decimal[])[] = applications.map((app) => app.demand);
  const copies: (Decimal[] | undefined)[] = applications.map(() => undefined);
  const months: PlatformMonthOperations[] = [];
  let previous = ZERO;
  context.hours.forEach((hours, t) => {
    const { groupDemand, demandTokens } = gatherDemand(applications, groups.throughput.length, t);
    const weight = scaledWeight(groupDemand, groups); // W · ΠT
    const { gpuHours, busyCapacity } = figuresFor(hours);
    const { perBusyHour: weightPerBusyHour, perNode: weightPerNode } = weightsFor(context.softwareMultiplier[t] ?? ONE, busyCapacity);
    const needed = nodesNeeded(weight, weightPerNode);
    const nodes = nodesThisMonth(rule, previous, needed);
    const capacityWeight = mul(nodes, weightPerNode);
    const saturated = !weight.isZero() && compare(capacityWeight, weight) < 0;
    const servedFraction = saturated ? div(capacityWeight, weight) : ONE;
    const busyGpuHours = saturated
      ? mul(nodes, busyCapacity)
      : weight.isZero() ? ZERO : div(weight, weightPerBusyHour);
    const demandedGpuHours = saturated ? div(weight, weightPerBusyHour) : busyGpuHours;
    const provisionedGpuHours = mul(nodes, gpuHours);
    const utilization = nodes.isZero() ? ZERO : div(busyGpuHours, provisionedGpuHours);
    let servedTokens = demandTokens;
    if (saturated) {
      servedTokens = ZERO;
      applications.forEach((app, i) => {
        const copy = copies[i] ?? [...app.demand];
        copies[i] = copy;
        served[i] = copy;
        const s = tokenProduct(app.demand[t] ?? ZERO, servedFraction);
        copy[t] = s;
        servedTokens = add(servedTokens, s);
      });
    }
    months.push({
      nodes,
      nodesNeeded: needed,
      busyGpuHours,
      demandedGpuHours,
      utilization,
      servedFraction,
      demandTokens,
      servedTokens,
      provisionedGpuHours,
      energyMWh: energyMWh(nodes, busyGpuHours, hours, energy),
      groupDemand,
      scaledWeight: weight,
    });
    previous = nodes;
  });
  return { cap, months, served };
}
