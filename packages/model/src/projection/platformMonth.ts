/**
 * One platform-month of spec §3, written once for both number types (numeric.ts): nodes, served
 * fraction, busy and provisioned GPU-hours, utilisation and energy. The Decimal engine
 * (platformOperations.ts) and the float64 path (fast/projectFloat.ts) both call it; only the
 * month loop around it and the units of the demand weight are theirs.
 *
 * Demand arrives as a weight W (Decimal: `W · ΠT`, modelGroups.ts; float: `Σ D/T`), with a
 * node's capacity in the same unit, `perNode = perBusyHour · c`, `c = gpusPerNode · hours ·
 * targetUtilization`, so `N = ceil(W / perNode)` is one division (an exact fit is not lost to
 * rounding in Decimal; the float instance's `ceil` snaps within 1e-12 of a whole number).
 * `f = min(1, N·c/B)` (1 when B = 0); `U = f·B / (N · gpusPerNode · hours)`, 0 without nodes;
 * `E = N · idleMWhPerNode + f·B · mwhPerBusyGpuHour` (energy.ts), 0 without nodes.
 */
import type { Arithmetic } from '../numeric';

/** How a platform sizes its fleet (fleet.ts): a fixed fleet, or auto with an optional cap. */
export type NodeRule<T> =
  | { readonly kind: 'autoOwned'; readonly cap: T | null }
  /** `reserved`: §9 reserved nodes R, a floor the cap does not lower (`max(R, min(cap, needed))`). */
  | { readonly kind: 'autoRented'; readonly cap: T | null; readonly reserved?: T }
  | { readonly kind: 'fixed'; readonly nodes: T };

/** The inputs of one month, refilled by the caller's loop. */
export interface PlatformMonthInput<T> {
  /** Demand weight of the month. */
  weight: T;
  /** Weight one busy GPU-hour serves (software multiplier included), and one node at the target. */
  perBusyHour: T;
  perNode: T;
  /** `c = gpusPerNode · hours · targetUtilization` and `gpusPerNode · hours`. */
  busyCapacity: T;
  gpuHours: T;
  idleMWhPerNode: T;
  mwhPerBusyGpuHour: T;
  /**
   * Owned: nodes of earlier cohorts still in service this month (spec §8 `alive(t)`: last
   * month's fleet less the cohort retiring now; N(t−1) without a useful life). 0 before month 0.
   */
  previous: T;
}

export interface PlatformMonthCell<T> {
  /** Nodes the demand needed (before the cap). */
  needed: T;
  nodes: T;
  /** True when the nodes serve less than the demand (f < 1). */
  saturated: boolean;
  servedFraction: T;
  /** Busy GPU-hours served, `f·B`, and demanded, `B`. */
  busyGpuHours: T;
  demandedGpuHours: T;
  /** `N · gpusPerNode · hours`: paid for (rented) or available (owned). */
  provisionedGpuHours: T;
  utilization: T;
  energyMWh: T;
}

export function emptyCell<T>(N: Arithmetic<T>): PlatformMonthCell<T> {
  const z = N.zero;
  return { needed: z, nodes: z, saturated: false, servedFraction: N.one, busyGpuHours: z, demandedGpuHours: z, provisionedGpuHours: z, utilization: z, energyMWh: z };
}

/**
 * `N(t)`: fixed `nodes`; auto owned `min(cap, max(alive, needed))` (= `alive + q(t)`, §8);
 * auto rented `min(cap, needed)`, at least the reserved nodes (§9).
 */
export function nodesThisMonth<T>(N: Arithmetic<T>, rule: NodeRule<T>, previous: T, needed: T): T {
  if (rule.kind === 'fixed') return rule.nodes;
  const wanted = rule.kind === 'autoOwned' && N.cmp(needed, previous) <= 0 ? previous : needed;
  const capped = rule.cap === null || N.cmp(wanted, rule.cap) <= 0 ? wanted : rule.cap;
  if (rule.kind === 'autoRented' && rule.reserved !== undefined && N.cmp(capped, rule.reserved) < 0) return rule.reserved;
  return capped;
}

/** Fills `out` with the month of `x` (allocates nothing itself). */
export function platformMonth<T>(N: Arithmetic<T>, rule: NodeRule<T>, x: PlatformMonthInput<T>, out: PlatformMonthCell<T>): void {
  const { weight } = x;
  const noDemand = N.isZero(weight);
  const needed = noDemand ? N.zero : N.ceil(N.div(weight, x.perNode));
  const nodes = nodesThisMonth(N, rule, x.previous, needed);
  const capacityWeight = N.mul(nodes, x.perNode);
  const saturated = !noDemand && N.cmp(capacityWeight, weight) < 0;
  const busy = saturated ? N.mul(nodes, x.busyCapacity) : noDemand ? N.zero : N.div(weight, x.perBusyHour);
  const provisioned = N.mul(nodes, x.gpuHours);
  const noNodes = N.isZero(nodes);
  let energy = nodes;
  if (!noNodes) {
    const idle = N.mul(nodes, x.idleMWhPerNode);
    energy = N.isZero(busy) ? idle : N.add(idle, N.mul(busy, x.mwhPerBusyGpuHour));
  }
  out.needed = needed;
  out.nodes = nodes;
  out.saturated = saturated;
  out.servedFraction = saturated ? N.div(capacityWeight, weight) : N.one;
  out.busyGpuHours = busy;
  out.demandedGpuHours = saturated ? N.div(weight, x.perBusyHour) : busy;
  out.provisionedGpuHours = provisioned;
  out.utilization = noNodes ? N.zero : N.div(busy, provisioned);
  out.energyMWh = energy;
}
