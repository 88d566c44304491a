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

/** One group's demands of the month, refilled for each sum (exactSum keeps no reference). */
const terms: Decimal[] = [];

/** Σ demand per model group and in all, skipping zeros (token-grid sums: exact in any order). */
export function gatherDemand(applications: readonly { readonly demand: readonly Decimal[]; readonly group: number }[], groups: number, t: number) {
  const groupDemand: Decimal[] = [];
  for (let g = 0; g < groups; g++) {
    terms.length = 0;
    for (let i = 0; i < applications.length; i++) {
      const app = applications[i];
      const demand = app?.group === g ? app.demand[t] : undefined;
      if (demand !== undefined) terms.push(demand);
    }
    groupDemand.push(exactSum(terms)); // the chained sum (exactSum.ts)
  }
  let demandTokens = groupDemand[0] ?? ZERO;
  for (let g = 1; g < groups; g++) demandTokens = add(demandTokens, groupDemand[g] ?? ZERO);
  return { groupDemand, demandTokens };
}

