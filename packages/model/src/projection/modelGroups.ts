/**
 * The models served on one platform ("groups"), with the products that keep its demand in
 * GPU-time exact. Demand in token-seconds at day-one speed is `W = Σ_g D_g / T_g`; the
 * engine carries `W · ΠT = Σ_g D_g · Π_{h≠g} T_h` instead: products only, no division, so
 * an exact fit of demand to whole nodes is not lost to a rounded quotient. With one model,
 * `W · T = D`.
 */
import { type Decimal, ONE, ZERO } from '../decimal';
import { exactSum } from '../exactSum';
import { add, mul } from '../wordArithmetic';

export interface ModelGroups {
  /** tokens/s per GPU of each model, day-one software. */
  readonly throughput: readonly Decimal[];
  /** `Π_{h≠g} T_h` for each model g. */
  readonly scale: readonly Decimal[];
  /** `Π_g T_g`. */
  readonly product: Decimal;
}

export function modelGroups(throughput: readonly Decimal[]): ModelGroups {
  const scale = throughput.map((_, g) => throughput.reduce<Decimal>((p, t, h) => (h === g ? p : p.times(t)), ONE));
  const product = throughput.reduce<Decimal>((p, t) => p.times(t), ONE);
  return { throughput, scale, product };
}

/** `W · ΠT` of one month from the demand of each group. */
export function scaledWeight(groupDemand: readonly Decimal[], groups: ModelGroups): Decimal {
  if (groupDemand.length === 1) return groupDemand[0] ?? ZERO;
  let weight = ZERO;
  groupDemand.forEach((demand, g) => {
    if (!demand.isZero()) weight = add(weight, mul(demand, groups.scale[g] ?? ONE));
  });
  return weight;
}

/** Σ demand per model group and in all, skipping zeros (token-grid sums: exact in any order). */
export function gatherDemand(applications: readonly { readonly demand: readonly Decimal[]; readonly group: number }[], groups: number, t: number) {
  const byGroup: Decimal[][] = Array.from({ length: groups }, () => []);
  for (const app of applications) {
    const demand = app.demand[t];
    if (demand !== undefined) byGroup[app.group]?.push(demand);
  }
  const groupDemand = byGroup.map((demands) => exactSum(demands)); // the chained sum (exactSum.ts)
  let demandTokens = groupDemand[0] ?? ZERO;
  for (let g = 1; g < groups; g++) demandTokens = add(demandTokens, groupDemand[g] ?? ZERO);
  return { groupDemand, demandTokens };
}

