/**
 * The applications' side of the float64 projection (spec §3, §8 migration path, §9): demand
 * (demand.ts, seats included) and the platforms' demand weights, then served tokens, revenue
 * (seat revenue included, serving.ts) and API cost with commitments (allocation/apiCommitment.ts:
 * `max(minimum, usage · keep)` per option-month). The formulas are the Decimal engine's own,
 * run with floatArithmetic; only the loops are here.
 */
import { floatArithmetic } from '../numeric';
import { demandInto, seatDemandInto } from '../projection/demand';
import { chargeOf, seatRevenueOf, servedOf } from '../projection/serving';
import type { FloatApplication, FloatCommitment } from './compileApplications';

const F = floatArithmetic;

/** The workspace parts this module reads and writes (projectFloat.ts `FloatWorkspace`). */
interface Workspace {
  readonly horizon: number;
  readonly demand: Float64Array; // A·H
  readonly weight: Float64Array; // P·H: Σ D · seconds per token
  readonly served: Float64Array; // P·H: served fraction
  readonly out: {
    readonly demandTokens: Float64Array;
    readonly servedTokens: Float64Array;
    readonly platformServedTokens: Float64Array;
    readonly revenue: Float64Array;
    readonly apiCost: Float64Array;
  };
}

/** Scratch: seat counts (A·H) and committed options' usage (O·H), grown as needed. */
let seats = new Float64Array(0);
let usage = new Float64Array(0);

/** Demand of every application, the month totals' demand and each platform's weight `Σ D · a/T`. */
export function demandAndWeights(applications: readonly FloatApplication[], ws: Workspace): void {
  const H = ws.horizon;
  const { demand, weight } = ws;
  const { demandTokens } = ws.out;
  if (seats.length < applications.length * H) seats = new Float64Array(applications.length * H);
  for (let a = 0; a < applications.length; a++) {
    const app = applications[a];
    if (!app) continue;
    const base = a * H;
    const perSeat = app.tokensPerSeat;
    if (perSeat !== null && app.growth.type === 'compound') seatDemandInto(F, app.tokensMonth0, app.growth.rate, perSeat, H, seats, demand, base);
    else demandInto(F, app.tokensMonth0, app.growth, H, demand, base);
    const inv = 1 / app.throughput;
    const rate = app.rateAt;
    const at = app.platformAt;
    const fixed = app.platformIndex;
    if (at === null && rate === null) {
      // the common case, unswitched: one platform all along (or an API: no weight)
      if (fixed < 0) {
        for (let t = 0; t < H; t++) demandTokens[t] = (demandTokens[t] ?? 0) + (demand[base + t] ?? 0);
        continue;
      }
      const wb = fixed * H;
      for (let t = 0; t < H; t++) {
        const d = demand[base + t] ?? 0;
        demandTokens[t] = (demandTokens[t] ?? 0) + d;
        weight[wb + t] = (weight[wb + t] ?? 0) + d * inv;
      }
      continue;
    }
    for (let t = 0; t < H; t++) {
      const d = demand[base + t] ?? 0;
      demandTokens[t] = (demandTokens[t] ?? 0) + d;
      const pi = at === null ? fixed : (at[t] ?? -1);
      if (pi < 0) continue;
      const w = rate === null ? d * inv : d * (rate[t] ?? 0) * inv;
      weight[pi * H + t] = (weight[pi * H + t] ?? 0) + w;
    }
  }
}

/** Served tokens, revenue and API cost of every application added to the totals, then the committed options' cost. */
export function applicationsInto(applications: readonly FloatApplication[], commitments: readonly FloatCommitment[], ws: Workspace): void {
  const H = ws.horizon;
  const { demand, served } = ws;
  const { servedTokens, platformServedTokens, revenue, apiCost } = ws.out;
  const committed = commitments.some((c) => c !== null);
  if (committed) {
    if (usage.length < commitments.length * H) usage = new Float64Array(commitments.length * H);
    usage.fill(0, 0, commitments.length * H);
  }
  for (let a = 0; a < applications.length; a++) {
    const app = applications[a];
    if (!app) continue;
    const base = a * H;
    const price = app.revenuePerMTokens;
    const rf = app.revenueFactor;
    const apiPerToken = app.apiCostPerToken;
    const optionAt = app.apiOptionAt;
    const at = app.platformAt;
    const seatPrice = app.seatPriceFactor;
    const fixed = app.platformIndex;
    if (at === null && seatPrice === null && fixed >= 0) {
      // the common case, unswitched: one platform all along, token revenue only, no API cost
      const sb = fixed * H;
      for (let t = 0; t < H; t++) {
        const d = demand[base + t] ?? 0;
        const S = servedOf(F, d, served[sb + t] ?? 1);
        servedTokens[t] = (servedTokens[t] ?? 0) + S;
        platformServedTokens[t] = (platformServedTokens[t] ?? 0) + S;
        revenue[t] = (revenue[t] ?? 0) + chargeOf(F, S, price * (rf[t] ?? 0));
      }
      continue;
    }
    for (let t = 0; t < H; t++) {
      const pi = at === null ? fixed : (at[t] ?? -1);
      const d = demand[base + t] ?? 0;
      const S = servedOf(F, d, pi >= 0 ? (served[pi * H + t] ?? 1) : 1);
      servedTokens[t] = (servedTokens[t] ?? 0) + S;
      if (pi >= 0) platformServedTokens[t] = (platformServedTokens[t] ?? 0) + S;
      let r = chargeOf(F, S, price * (rf[t] ?? 0));
      if (seatPrice !== null) r += seatRevenueOf(F, seats[base + t] ?? 0, app.revenuePerSeatMonth * (seatPrice[t] ?? 0), S, d);
      revenue[t] = (revenue[t] ?? 0) + r;
      if (apiPerToken === null || pi >= 0) continue;
      const charge = chargeOf(F, S, apiPerToken[t] ?? 0);
      const o = optionAt?.[t] ?? -1;
      if (committed && o >= 0 && commitments[o] !== null) usage[o * H + t] = (usage[o * H + t] ?? 0) + charge;
      else apiCost[t] = (apiCost[t] ?? 0) + charge;
    }
  }
  if (!committed) return;
  commitments.forEach((c, o) => {
    if (c === null) return;
    for (let t = 0; t < H; t++) apiCost[t] = (apiCost[t] ?? 0) + Math.max(c.minimum, F.moneyProduct(usage[o * H + t] ?? 0, c.keep));
  });
}
