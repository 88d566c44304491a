/**
 * The rate groups served on one platform, with the products that keep its demand in GPU-time
 * exact. A group is one effective rate figure (spec §3, §9): busy GPU-seconds per token
 * `a_g / T_g` at day-one speed, a ratio of two Decimals so that no quotient is rounded:
 * - a plain figure (v1): `a = 1`, `T` the figure; one group per model, as in v1;
 * - by class `{ input, output }`: `(1−o)(1−c)/input + o/output`, i.e. `a = (1−o)(1−c)·output
 *   + o·input`, `T = input·output` (cached input skips prefill); one group per model and
 *   class mix;
 * - a curve at `minInteractivity u` between points (x0, y0) and (x1, y1): throughput
 *   `y0 + (y1−y0)(u−x0)/(x1−x0)`, i.e. `a = x1−x0`, `T = y0(x1−x0) + (y1−y0)(u−x0)`; below the
 *   first point (or on a point) `a = 1`, `T` the point's; one group per model and `u`.
 * Demand in token-seconds at day-one speed is `W = Σ_g D_g · a_g / T_g`; the engine carries
 * `W · ΠT = Σ_g D_g · a_g · Π_{h≠g} T_h` instead: products only, no division, so an exact fit
 * of demand to whole nodes is not lost to a rounded quotient. With one v1 model, `W · T = D`.
 */
import { Decimal, ONE, ZERO } from '../decimal';
import { exactSum } from '../exactSum';
import type { Application, Platform } from '../scenario/schema';
import { throughputForm } from '../scenario/servedBy';
import { add, mul } from '../wordArithmetic';

export interface ModelGroups {
  /** Day-one rate denominator `T_g` of each group (tokens/s per GPU for a plain figure). */
  readonly throughput: readonly Decimal[];
  /** `a_g · Π_{h≠g} T_h` for each group g (the same object ONE for a lone v1 group). */
  readonly scale: readonly Decimal[];
  /** `Π_g T_g`. */
  readonly product: Decimal;
}

/** An application's effective rate figure on a platform: `a / T` busy GPU-seconds per token, and its group key. */
export interface RateFigure {
  readonly key: string;
  readonly numerator: Decimal;
  readonly throughput: Decimal;
}

/** The rate figure of `application` on `platform` (validation guarantees the figure exists). */
export function rateFigureOf(platform: Platform, application: Application): RateFigure {
  const figure = Object.hasOwn(platform.throughput, application.model) ? platform.throughput[application.model] : undefined;
  if (figure === undefined) throw new TypeError(`platform "${platform.id}" has no throughput for model "${application.model}"`);
  const form = throughputForm(figure);
  const model = application.model;
  if (form.kind === 'all') return { key: model, numerator: ONE, throughput: new Decimal(form.tokensPerSecond) };
  if (form.kind === 'byClass') {
    const o = new Decimal(application.outputShare);
    const c = new Decimal(application.cachedInputShare ?? '0');
    const input = new Decimal(form.input);
    const output = new Decimal(form.output);
    const numerator = ONE.minus(o).times(ONE.minus(c)).times(output).plus(o.times(input));
    return { key: `${model}|class|${o.toFixed()}|${c.toFixed()}`, numerator, throughput: input.times(output) };
  }
  if (application.minInteractivity === undefined) throw new TypeError(`application "${application.id}" on a curve has no minInteractivity`);
  const u = new Decimal(application.minInteractivity);
  const key = `${model}|curve|${u.toFixed()}`;
  const points = form.points.map((p) => ({ x: new Decimal(p.interactivity), y: new Decimal(p.tokensPerSecondPerGpu) }));
  const first = points[0];
  if (first === undefined || u.lte(first.x)) return { key, numerator: ONE, throughput: first?.y ?? ONE };
  for (let k = 1; k < points.length; k++) {
    const lo = points[k - 1];
    const hi = points[k];
    if (lo === undefined || hi === undefined || u.gt(hi.x)) continue;
    if (u.eq(hi.x)) return { key, numerator: ONE, throughput: hi.y };
    const span = hi.x.minus(lo.x);
    return { key, numerator: span, throughput: lo.y.times(span).plus(hi.y.minus(lo.y).times(u.minus(lo.x))) };
  }
  throw new TypeError(`application "${application.id}": minInteractivity above the curve of platform "${platform.id}"`);
}

export function modelGroups(throughput: readonly Decimal[], numerator?: readonly Decimal[]): ModelGroups {
  const scale = throughput.map((_, g) => {
    const others = throughput.reduce<Decimal>((p, t, h) => (h === g ? p : p.times(t)), ONE);
    const a = numerator?.[g] ?? ONE;
    return a === ONE ? others : others.times(a);
  });
  const product = throughput.reduce<Decimal>((p, t) => p.times(t), ONE);
  return { throughput, scale, product };
}

/** `W · ΠT` of one month from the demand of each group. */
export function scaledWeight(groupDemand: readonly Decimal[], groups: ModelGroups): Decimal {
  if (groupDemand.length === 1) {
    const only = groupDemand[0] ?? ZERO;
    const a = groups.scale[0] ?? ONE;
    return a === ONE || only.isZero() ? only : mul(only, a);
  }
  let weight = ZERO;
  groupDemand.forEach((demand, g) => {
    if (!demand.isZero()) weight = add(weight, mul(demand, groups.scale[g] ?? ONE));
  });
  return weight;
}

/** One group's demands of the month, refilled for each sum (exactSum keeps no reference). */
const terms: Decimal[] = [];

/** Σ demand per rate group and in all, skipping zeros (token-grid sums: exact in any order). */
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

