/**
 * Per-platform figures of spec §8: all-in cost per GPU-hour `(energyCost + hosting + maintenance
 * + capitalCharge + rentalCost) / (N · gpusPerNode · hours)` (null without nodes), monthly and
 * over the horizon (Σ numerator / Σ GPU-hours), and the horizon's GPU-hours, capital charge,
 * nodes ordered and retired. The ratio is written once for both number types (numeric.ts).
 */
import { type Decimal, ZERO, wordsOf } from '../decimal';
import { withinPrecision } from '../decimalWords';
import { exactSum } from '../exactSum';
import { decimalArithmetic as N, type Arithmetic } from '../numeric';
import type { PlatformProjection } from '../projection/platformProjection';
import { ratioOf } from './horizon';

/** `(energyCost + hosting + maintenance + capitalCharge + rentalCost) / gpuHours`; null with no GPU-hours. */
export function allInCostPerGpuHourOf<T>(
  N: Arithmetic<T>,
  energyCost: T,
  hosting: T,
  maintenance: T,
  capitalCharge: T,
  rentalCost: T,
  gpuHours: T,
): T | null {
  return ratioOf(N, N.add(N.add(N.add(N.add(energyCost, hosting), maintenance), capitalCharge), rentalCost), gpuHours);
}

/** Nodes ordered, retired and reserved per month (§8 cohorts, §9 reserved rent: platformOperations.ts). */
export function nodeCounts(run: PlatformProjection): { ordered: Decimal[]; retired: Decimal[]; reserved: Decimal[] } {
  const months = run.operations.months;
  return { ordered: months.map((m) => m.nodesOrdered), retired: months.map((m) => m.nodesRetired), reserved: months.map((m) => m.reservedNodes) };
}

/** The five cost lines of a month, refilled for each (exactSum keeps no reference). */
const costTerms: Decimal[] = [];

/**
 * A platform's all-in cost per GPU-hour of month t (null without nodes). The numerator in one
 * exactSum: the chained sum from 0, which is the chain from the first term when that term has
 * at most 34 digits (decimal.js's 0 + x is x rounded), as every cost line has (money grid).
 */
export function allInCostAt(run: PlatformProjection, t: number): Decimal | null {
  const { costs } = run;
  const gpuHours = run.operations.months[t]?.provisionedGpuHours ?? ZERO;
  const energyCost = costs.energyCost[t] ?? ZERO;
  if (!withinPrecision(wordsOf(energyCost))) {
    const at = (series: readonly Decimal[]) => series[t] ?? ZERO;
    return allInCostPerGpuHourOf(N, energyCost, at(costs.hosting), at(costs.maintenance), at(costs.capitalCharge), at(costs.rentalCost), gpuHours);
  }
  costTerms.length = 0;
  costTerms.push(energyCost, costs.hosting[t] ?? ZERO, costs.maintenance[t] ?? ZERO, costs.capitalCharge[t] ?? ZERO, costs.rentalCost[t] ?? ZERO);
  return ratioOf(N, exactSum(costTerms), gpuHours);
}

export interface PlatformKpiValues {
  readonly id: string;
  readonly gpuHours: Decimal;
  readonly capitalCharge: Decimal;
  readonly nodesOrdered: Decimal;
  readonly nodesRetired: Decimal;
  readonly allInCostPerGpuHour: Decimal | null;
}

/** One platform over the horizon. */
export function platformKpis(run: PlatformProjection): PlatformKpiValues {
  const { costs } = run;
  const gpuHours = exactSum(run.operations.months.map((m) => m.provisionedGpuHours));
  const capitalCharge = exactSum(costs.capitalCharge);
  const counts = nodeCounts(run);
  return {
    id: run.platform.id,
    gpuHours,
    capitalCharge,
    nodesOrdered: exactSum(counts.ordered),
    nodesRetired: exactSum(counts.retired),
    allInCostPerGpuHour: allInCostPerGpuHourOf(
      N,
      exactSum(costs.energyCost),
      exactSum(costs.hosting),
      exactSum(costs.maintenance),
      capitalCharge,
      exactSum(costs.rentalCost),
      gpuHours,
    ),
  };
}
