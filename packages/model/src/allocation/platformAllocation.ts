/**
 * Allocation of one platform over the horizon (spec §5): each month, the self-hosted cost is
 * split into the applications' part and idle (allocate.ts), and the applications' part goes
 * to them in proportion to their served busy GPU-hours `f · D_a / (T_model · M · 3600)`.
 * f, M and 3600 are common to the platform-month, so the proportions are `D_a / T_model(a)`:
 * an application gets `amount · (D_a / T_g) / Σ_g (D_g / T_g)`.
 */
import { type Decimal, ZERO } from '../decimal';
import type { ModelGroups } from '../projection/modelGroups';
import type { PlatformApplication, PlatformMonthOperations } from '../projection/platformOperations';
import { div, mul } from '../wordArithmetic';
import { allocateOnMoneyGrid, splitPlatformCost, type IdlePolicy } from './allocate';

export interface PlatformAllocation {
  readonly idleCost: readonly Decimal[];
  /** Allocated cost per application (aligned with the platform's application list), per month. */
  readonly allocated: readonly Decimal[][];
}

/**
 * The amount per token of demand for each model group of the month: `amount / (T_g · W)`
 * with `W = Σ_g D_g / T_g`, computed as `amount / (W·ΠT) · Π_{h≠g} T_h`; with one model,
 * simply `amount / D`.
 */
function perTokenOfGroup(amount: Decimal, month: PlatformMonthOperations, groups: ModelGroups): Decimal[] {
  const { groupDemand, scaledWeight } = month;
  const only = groupDemand.length === 1 ? groupDemand[0] : undefined;
  if (only !== undefined) return [only.isZero() ? ZERO : div(amount, only)];
  const perWeight = div(amount, scaledWeight);
  return groups.scale.map((scale) => mul(perWeight, scale));
}

export function allocatePlatform(
  applications: readonly PlatformApplication[],
  groups: ModelGroups,
  months: readonly PlatformMonthOperations[],
  selfHostedCost: readonly Decimal[],
  policy: IdlePolicy,
): PlatformAllocation {
  const idleCost: Decimal[] = [];
  const allocated: Decimal[][] = applications.map(() => []);
  months.forEach((month, t) => {
    const cost = selfHostedCost[t] ?? ZERO;
    const split = splitPlatformCost(cost, month.utilization, policy, !month.busyGpuHours.isZero());
    idleCost.push(split.idle);
    if (split.toApplications.isZero() || applications.length <= 1) {
      for (const parts of allocated) parts.push(split.toApplications);
      return;
    }
    const perToken = perTokenOfGroup(split.toApplications, month, groups);
    const exact = applications.map((app) => {
      const demand = app.demand[t] ?? ZERO;
      return demand.isZero() ? ZERO : mul(demand, perToken[app.group] ?? ZERO);
    });
    allocateOnMoneyGrid(split.toApplications, exact).forEach((part, i) => allocated[i]?.push(part));
  });
  return { idleCost, allocated };
}
